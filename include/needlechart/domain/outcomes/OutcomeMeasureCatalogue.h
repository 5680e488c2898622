#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/outcomes/OutcomeMeasure.h"

#include <QList>
#include <QStringList>

namespace needlechart {

// The outcome measures the application offers: those shipped in resources/outcomes (compiled
// in as :/outcomes/*.json), each read by OutcomeMeasure::fromJson. A plain value.
class OutcomeMeasureCatalogue {
public:
    // Every definition given; fails on the first that does not read, or a repeated id.
    [[nodiscard]] static Result<OutcomeMeasureCatalogue> fromJson(const QList<QByteArray>& files);
    // The built-in measures, read on first use; the program stops if one does not read, which
    // the domain tests rule out.
    [[nodiscard]] static const OutcomeMeasureCatalogue& builtIn();

    [[nodiscard]] const QList<OutcomeMeasure>& all() const { return m_measures; }
    // The measure with `id`, or nullptr.
    [[nodiscard]] const OutcomeMeasure* find(const QString& id) const;

    // Ids of the measures shipped, in the order offered.
    static inline const QString PatientSpecificFunctionalScale = QStringLiteral("psfs");
    static inline const QString PainRating = QStringLiteral("nprs");

private:
    QList<OutcomeMeasure> m_measures;
};

} // namespace needlechart
