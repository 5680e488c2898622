#include "needlechart/ui/bodymap/MuscleListModel.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"

#include <QCoreApplication>

namespace needlechart {

MuscleListModel::MuscleListModel(const MuscleCatalogue& catalogue, QObject* parent)
    : QAbstractListModel(parent), m_catalogue(catalogue), m_rows(catalogue.search(QString()))
{}

int MuscleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant MuscleListModel::data(const QModelIndex& index, int role) const
{
    const Muscle* muscle =
        index.isValid() && !index.parent().isValid() ? muscleAt(index.row()) : nullptr;
    if (!muscle || index.column() != 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return muscle->name;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: return describe(*muscle);
    case MuscleIdRole: return muscle->id;
    case IsDeepRole: return muscle->isDeep();
    default: return {};
    }
}

QHash<int, QByteArray> MuscleListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MuscleIdRole, QByteArrayLiteral("muscleId"));
    names.insert(IsDeepRole, QByteArrayLiteral("isDeep"));
    return names;
}

void MuscleListModel::setFilterText(const QString& text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    QList<Muscle> rows = m_catalogue.search(text);
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const Muscle* MuscleListModel::muscleAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int MuscleListModel::rowOf(const MuscleId& id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

QString MuscleListModel::describe(const Muscle& muscle)
{
    QStringList lines;
    if (!muscle.group.isEmpty())
        lines << QCoreApplication::translate("MuscleListModel", "Group: %1").arg(muscle.group);
    if (muscle.isDeep())
        lines << QCoreApplication::translate("MuscleListModel", "Lies deep, under other muscles.");
    if (!muscle.referredPain.isEmpty())
        lines << QCoreApplication::translate("MuscleListModel",
                                             "Typical referred pain (guidance only): %1")
                     .arg(muscle.referredPain);
    if (!muscle.caution.isEmpty())
        lines << QCoreApplication::translate("MuscleListModel", "Caution: %1").arg(muscle.caution);
    return lines.join(QLatin1Char('\n'));
}

} // namespace needlechart
