#pragma once

#include "needlechart/domain/bodymap/Muscle.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace needlechart {

class MuscleCatalogue;

// The searchable muscle list of the keyboard path onto the body map: one row per muscle that
// MuscleCatalogue::search finds for the filter text, best match first. The tooltip (and the
// accessible description) gives the group, the typical referred pain as guidance, and the
// needling caution. Borrows the catalogue, which must outlive the model.
class MuscleListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { MuscleIdRole = Qt::UserRole + 1, IsDeepRole };

    // Shows every muscle until a filter is set.
    explicit MuscleListModel(const MuscleCatalogue& catalogue, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Filters by what was typed; resets the model only if the rows change.
    void setFilterText(const QString& text);
    [[nodiscard]] QString filterText() const { return m_filterText; }
    // The muscle on `row`, or nullptr if there is no such row. Valid until the next filter.
    [[nodiscard]] const Muscle* muscleAt(int row) const;
    // The row showing `id`, or -1.
    [[nodiscard]] int rowOf(const MuscleId& id) const;

    // The tooltip text of `muscle`: group, referred pain as guidance, caution.
    [[nodiscard]] static QString describe(const Muscle& muscle);

private:
    const MuscleCatalogue& m_catalogue;
    QString m_filterText;
    QList<Muscle> m_rows;
};

} // namespace needlechart
