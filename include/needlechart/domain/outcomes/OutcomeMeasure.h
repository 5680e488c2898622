#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/outcomes/OutcomeAnswer.h"
#include "needlechart/domain/outcomes/OutcomeItem.h"
#include "needlechart/domain/outcomes/OutcomeScale.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace needlechart {

// How a measure's answers make its score.
enum class OutcomeScoring { Sum, Mean };

// A questionnaire or rating scale as data (resources/outcomes/*.json), so a clinic can add one
// it is licensed to use without a new release: its items (or, for a patient-specific scale,
// how many activities the patient may name), the answer scale, how the score is made, which
// direction is better, and the minimal clinically important difference with where that figure
// comes from. A plain value.
struct OutcomeMeasure {
    Q_DECLARE_TR_FUNCTIONS(OutcomeMeasure)

public:
    QString id; // stable key stored with each completed measure ("psfs")
    QString name;
    int version = 1;
    QString licence;   // why the clinic may use it, in a sentence
    QString reference; // the measure's source
    // True when the patient names the items (activities); false for a fixed questionnaire.
    bool patientNamedItems = false;
    int minItems = 1; // answers needed, for patient-named items
    int maxItems = 1;
    QList<OutcomeItem> items; // a fixed questionnaire's questions, in order
    OutcomeScale scale;
    OutcomeScoring scoring = OutcomeScoring::Sum;
    bool higherIsBetter = true;
    // The smallest change of the score a patient notices as mattering, and its source.
    double mcid = 0;
    QString mcidSource;

    // Reads one measure from its JSON definition; refuses a definition that cannot score.
    [[nodiscard]] static Result<OutcomeMeasure> fromJson(const QByteArray& json);

    // The score of a completed measure: every fixed item answered once (or between minItems and
    // maxItems named activities, each named once), every value on the scale.
    [[nodiscard]] Result<double> score(const QList<OutcomeAnswer>& answers) const;
    // The lowest and highest score the measure can give.
    [[nodiscard]] double lowestScore() const;
    [[nodiscard]] double highestScore() const;

    friend bool operator==(const OutcomeMeasure&, const OutcomeMeasure&) = default;
};

} // namespace needlechart
