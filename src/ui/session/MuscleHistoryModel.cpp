#include "needlechart/ui/session/MuscleHistoryModel.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/domain/common/EnumText.h"
#include "needlechart/ui/common/DateText.h"

#include <set>

namespace needlechart {
namespace {

QString painText(const std::optional<int>& score)
{
    return score ? QString::number(*score) : QStringLiteral("\u2013");
}

} // namespace

MuscleHistoryModel::MuscleHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void MuscleHistoryModel::setVisits(std::vector<MuscleVisit> visits)
{
    beginResetModel();
    m_visits = std::move(visits);
    endResetModel();
}

int MuscleHistoryModel::visitCount() const
{
    std::set<SessionId> sessions;
    for (const MuscleVisit& visit : m_visits)
        sessions.insert(visit.sessionId);
    return int(sessions.size());
}

int MuscleHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visits.size());
}

int MuscleHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MuscleHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const MuscleVisit& visit = m_visits.at(std::size_t(index.row()));
    const PointFindings& f = visit.point.findings;
    if (role == SessionIdRole)
        return visit.sessionId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn: return DateText::formatDateTime(visit.treatedAt);
    case TwitchColumn:
        return f.twitch == TwitchResponse::Multiple ? tr("Multiple (%1)").arg(f.twitchCount)
                                                    : enumLabel(f.twitch);
    case ReproducedColumn:
        return !f.painReproduced             ? tr("No")
               : f.referredPatternReproduced ? tr("Pain and referral")
                                             : tr("Pain");
    case DepthColumn: return f.depthMm ? tr("%1 mm").arg(*f.depthMm) : QStringLiteral("\u2013");
    case TechniqueColumn: return enumLabel(f.technique);
    case PainColumn:
        return tr("%1 \u2192 %2").arg(painText(visit.painBefore), painText(visit.painAfter));
    case ClinicianColumn: return DisplayText::isolate(visit.clinician);
    case NotesColumn: return DisplayText::isolate(f.notes.simplified());
    default: return {};
    }
}

QVariant MuscleHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Treated");
    case TwitchColumn: return tr("Twitch");
    case ReproducedColumn: return tr("Reproduced");
    case DepthColumn: return tr("Depth");
    case TechniqueColumn: return tr("Technique");
    case PainColumn: return tr("Pain before \u2192 after");
    case ClinicianColumn: return tr("Clinician");
    case NotesColumn: return tr("Notes");
    default: return {};
    }
}

} // namespace needlechart
