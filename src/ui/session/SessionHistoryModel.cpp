#include "needlechart/ui/session/SessionHistoryModel.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/session/PointPlace.h"
#include "needlechart/ui/common/DateText.h"

#include "common/Theme.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace needlechart {

SessionHistoryModel::SessionHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void SessionHistoryModel::setSessions(std::vector<SessionSummary> sessions)
{
    beginResetModel();
    m_sessions = std::move(sessions);
    endResetModel();
}

int SessionHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionHistoryModel::musclesText(const SessionSummary& summary, int shown)
{
    if (summary.notNeedled)
        return tr("not needled");
    const MuscleCatalogue& catalogue = MuscleCatalogue::builtIn();
    QStringList names;
    for (const NeedledSite& site : summary.sites) {
        if (names.size() == shown)
            break;
        names << PointPlace::name(site.muscleId, site.siteName, catalogue) + QLatin1Char(' ')
                     + bodySideKey(site.side);
    }
    const qsizetype more = summary.sites.size() - names.size();
    if (more > 0)
        names << tr("+%1 more").arg(more);
    return names.isEmpty() ? tr("no points") : names.join(QStringLiteral(", "));
}

QVariant SessionHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_sessions.size()))
        return {};
    const SessionSummary& s = m_sessions.at(std::size_t(index.row()));
    if (role == SessionIdRole)
        return s.id;
    if (role == Qt::ToolTipRole && index.column() == MusclesColumn)
        return musclesText(s, 1000);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && s.hasSeriousAdverseEvent)
        return QBrush(Theme::color(Theme::Role::ErrorText));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn: return DateText::formatDateTime(s.treatedAt);
    case MusclesColumn: return musclesText(s);
    case PainColumn: {
        const auto score = [](const std::optional<int>& v) {
            return v ? QString::number(*v) : QStringLiteral("?");
        };
        return QString(score(s.painBefore) + QStringLiteral(" \u2192 ") + score(s.painAfter));
    }
    case StatusColumn: {
        QString text = enumLabel(s.status);
        if (s.amendmentCount > 0)
            text += s.amendmentCount == 1 ? tr(", 1 amendment")
                                          : tr(", %1 amendments").arg(s.amendmentCount);
        if (s.hasSeriousAdverseEvent)
            text += tr(", serious adverse event");
        return text;
    }
    case ClinicianColumn: return s.clinician;
    default: return {};
    }
}

QVariant SessionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Treated");
    case MusclesColumn: return tr("Muscles needled");
    case PainColumn: return tr("Pain");
    case StatusColumn: return tr("Note");
    case ClinicianColumn: return tr("Clinician");
    default: return {};
    }
}

} // namespace needlechart
