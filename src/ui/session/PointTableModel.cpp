#include "needlechart/ui/session/PointTableModel.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/session/PointPlace.h"
#include "needlechart/ui/bodymap/TriggerPointEditor.h"

#include <QFont>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace needlechart {
namespace {

template <typename E>
QStringList labels()
{
    QStringList list;
    for (E value : enumValues<E>())
        list.append(enumLabel(value));
    return list;
}

// A label or a key back to its value.
template <typename E>
std::optional<E> parseChoice(const QVariant& value)
{
    const QString text = value.toString();
    for (E candidate : enumValues<E>()) {
        if (enumLabel(candidate) == text || enumKey(candidate) == text)
            return candidate;
    }
    if (value.typeId() == QMetaType::Int) {
        const QList<E> all = enumValues<E>();
        const int index = value.toInt();
        if (index >= 0 && index < all.size())
            return all.at(index);
    }
    return std::nullopt;
}

// A number typed in a cell: empty or 0 clears it; anything else must be a positive number.
template <typename T>
struct Parsed {
    bool ok = false;
    std::optional<T> value;
};

Parsed<int> parseOptionalInt(const QVariant& value)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {true, std::nullopt};
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < 0)
        return {};
    return {true, number == 0 ? std::nullopt : std::optional<int>(number)};
}

Parsed<double> parseOptionalReal(const QVariant& value)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {true, std::nullopt};
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (!ok || number < 0 || !std::isfinite(number))
        return {};
    return {true, number == 0 ? std::nullopt : std::optional<double>(number)};
}

QString muscleText(const TriggerPoint& point)
{
    return PointPlace::name(point, MuscleCatalogue::builtIn()) + QStringLiteral(" (")
           + bodySideKey(point.side) + QLatin1Char(')');
}

} // namespace

PointTableModel::PointTableModel(TriggerPointEditor& editor, QObject* parent)
    : QAbstractTableModel(parent), m_editor(editor), m_rows(int(editor.points().size()))
{
    connect(&m_editor, &TriggerPointEditor::changed, this, &PointTableModel::onChanged);
}

int PointTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PointTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

TriggerPointKey PointTableModel::keyAt(int row) const
{
    const QList<TriggerPoint>& points = m_editor.points().points();
    return row >= 0 && row < points.size() ? points.at(row).key : 0;
}

bool PointTableModel::anyStimulated() const
{
    const QList<TriggerPoint>& points = m_editor.points().points();
    return std::any_of(points.cbegin(), points.cend(),
                       [](const TriggerPoint& p) { return p.findings.isStimulated(); });
}

int PointTableModel::rowOf(TriggerPointKey key) const
{
    const int number = m_editor.points().numberOf(key);
    return number - 1;
}

QVariant PointTableModel::data(const QModelIndex& index, int role) const
{
    const QList<TriggerPoint>& points = m_editor.points().points();
    if (!index.isValid() || index.row() >= points.size())
        return {};
    const TriggerPoint& point = points.at(index.row());
    const PointFindings& f = point.findings;
    if (role == KeyRole)
        return point.key;
    if (role == ChoicesRole) {
        switch (index.column()) {
        case ActivityColumn: return labels<PointActivity>();
        case TwitchColumn: return labels<TwitchResponse>();
        case TechniqueColumn: return labels<NeedlingTechnique>();
        default: return {};
        }
    }
    if (role == Qt::CheckStateRole) {
        if (index.column() == PainReproducedColumn)
            return f.painReproduced ? Qt::Checked : Qt::Unchecked;
        if (index.column() == ReferredColumn)
            return f.referredPatternReproduced ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    // A point copied from the last session (or a template) is a proposal until its findings are
    // recorded or it is confirmed: shown in italics, and said so.
    if (role == Qt::FontRole && point.isCarried()) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ToolTipRole && point.isCarried() && index.column() != MuscleColumn)
        return tr("%1: record today's findings, or confirm or remove the point.")
            .arg(enumLabel(point.carriedFrom));
    if (role == Qt::ToolTipRole && index.column() == MuscleColumn) {
        // The whole name (the column may elide it), and the caution where there is one.
        QString text = muscleText(point);
        const Muscle* muscle = MuscleCatalogue::builtIn().find(point.muscleId);
        if (muscle && muscle->hasCaution())
            text += QLatin1Char('\n') + tr("Caution: %1").arg(muscle->caution);
        if (point.isCarried())
            text += QLatin1Char('\n') + enumLabel(point.carriedFrom) + QLatin1Char('.');
        return text;
    }
    if (role == Qt::TextAlignmentRole && index.column() != MuscleColumn
        && index.column() != NotesColumn)
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    // Numbers are edited as text (a line edit), so no spin box range clamps what is typed;
    // setData checks it.
    auto optionalNumber = [edit](const std::optional<int>& value) -> QVariant {
        if (!value)
            return edit ? QVariant(QString()) : QVariant();
        return edit ? QVariant(QString::number(*value)) : QVariant(*value);
    };
    // Shown with at most `decimals` places, without trailing zeros ("2", "2.5").
    auto optionalReal = [edit](const std::optional<double>& value, int decimals) -> QVariant {
        if (!value)
            return edit ? QVariant(QString()) : QVariant();
        return QString::number(*value, 'f', decimals)
            .remove(QRegularExpression(QStringLiteral("\\.?0+$")));
    };
    switch (index.column()) {
    case NumberColumn: return index.row() + 1;
    case MuscleColumn: return muscleText(point);
    case ActivityColumn: return enumLabel(f.activity);
    case TwitchColumn: return enumLabel(f.twitch);
    case TwitchCountColumn:
        return optionalNumber(f.twitch == TwitchResponse::Multiple
                                  ? std::optional<int>(f.twitchCount)
                                  : std::optional<int>());
    case DepthColumn: return optionalNumber(f.depthMm);
    case TechniqueColumn: return enumLabel(f.technique);
    case RetentionColumn: return optionalNumber(f.retentionSeconds);
    case FrequencyColumn: return optionalReal(f.stimulation.frequencyHz, 1);
    case PulseWidthColumn: return optionalNumber(f.stimulation.pulseWidthUs);
    case IntensityColumn: return optionalReal(f.stimulation.intensityMa, 1);
    case GaugeColumn:
        if (!f.needleGaugeMm)
            return edit ? QVariant(QString()) : QVariant();
        return QString::number(*f.needleGaugeMm, 'f', 2);
    case LengthColumn: return optionalNumber(f.needleLengthMm);
    case NotesColumn: return f.notes;
    default: return {};
    }
}

QVariant PointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TwitchCountColumn: return tr("Number of twitches, for a multiple response");
        case PainReproducedColumn: return tr("The patient's familiar pain was reproduced");
        case ReferredColumn: return tr("The referred pain pattern was reproduced");
        case RetentionColumn: return tr("Needle retention in seconds");
        case FrequencyColumn: return tr("Electrical stimulation: frequency in hertz");
        case PulseWidthColumn: return tr("Electrical stimulation: pulse width in microseconds");
        case IntensityColumn: return tr("Electrical stimulation: current in milliamperes");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("#");
    case MuscleColumn: return tr("Muscle (side)");
    case ActivityColumn: return tr("Point");
    case TwitchColumn: return tr("Twitch");
    case TwitchCountColumn: return tr("Twitches");
    case PainReproducedColumn: return tr("Pain");
    case ReferredColumn: return tr("Referral");
    case DepthColumn: return tr("Depth mm");
    case TechniqueColumn: return tr("Technique");
    case RetentionColumn: return tr("Retained s");
    case FrequencyColumn: return tr("Stim Hz");
    case PulseWidthColumn: return tr("Pulse \u00b5s");
    case IntensityColumn: return tr("Stim mA");
    case GaugeColumn: return tr("Gauge mm");
    case LengthColumn: return tr("Length mm");
    case NotesColumn: return tr("Notes");
    default: return {};
    }
}

Qt::ItemFlags PointTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags base = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_editor.isReadOnly() || index.column() == NumberColumn
        || index.column() == MuscleColumn)
        return base;
    if (index.column() == PainReproducedColumn || index.column() == ReferredColumn)
        return base | Qt::ItemIsUserCheckable;
    if (isStimulationColumn(index.column())) {
        const TriggerPoint* point = m_editor.points().find(keyAt(index.row()));
        if (!point || !point->findings.isStimulated())
            return base;
    }
    return base | Qt::ItemIsEditable;
}

bool PointTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const TriggerPointKey key = keyAt(index.row());
    const TriggerPoint* point = m_editor.points().find(key);
    if (!point || m_editor.isReadOnly())
        return false;
    PointFindings f = point->findings;
    if (role == Qt::CheckStateRole) {
        const bool on = value.toInt() == Qt::Checked;
        if (index.column() == PainReproducedColumn)
            f.painReproduced = on;
        else if (index.column() == ReferredColumn)
            f.referredPatternReproduced = on;
        else
            return false;
        return m_editor.setFindings(key, f);
    }
    if (role != Qt::EditRole)
        return false;
    switch (index.column()) {
    case ActivityColumn: {
        const auto parsed = parseChoice<PointActivity>(value);
        if (!parsed)
            return false;
        f.activity = *parsed;
        break;
    }
    case TwitchColumn: {
        const auto parsed = parseChoice<TwitchResponse>(value);
        if (!parsed)
            return false;
        f.setTwitch(*parsed);
        break;
    }
    case TwitchCountColumn: {
        const auto parsed = parseOptionalInt(value);
        if (!parsed.ok)
            return false;
        f.setTwitchCount(parsed.value.value_or(0));
        break;
    }
    case DepthColumn: {
        const auto parsed = parseOptionalInt(value);
        if (!parsed.ok)
            return false;
        f.depthMm = parsed.value;
        break;
    }
    case TechniqueColumn: {
        const auto parsed = parseChoice<NeedlingTechnique>(value);
        if (!parsed)
            return false;
        f.technique = *parsed;
        break;
    }
    case RetentionColumn: {
        const auto parsed = parseOptionalInt(value);
        if (!parsed.ok)
            return false;
        f.retentionSeconds = parsed.value;
        break;
    }
    case FrequencyColumn: {
        const auto parsed = parseOptionalReal(value);
        if (!parsed.ok)
            return false;
        f.stimulation.frequencyHz = parsed.value;
        break;
    }
    case PulseWidthColumn: {
        const auto parsed = parseOptionalInt(value);
        if (!parsed.ok)
            return false;
        f.stimulation.pulseWidthUs = parsed.value;
        break;
    }
    case IntensityColumn: {
        const auto parsed = parseOptionalReal(value);
        if (!parsed.ok)
            return false;
        f.stimulation.intensityMa = parsed.value;
        break;
    }
    case GaugeColumn: {
        const auto parsed = parseOptionalReal(value);
        if (!parsed.ok)
            return false;
        f.needleGaugeMm = parsed.value;
        break;
    }
    case LengthColumn: {
        const auto parsed = parseOptionalInt(value);
        if (!parsed.ok)
            return false;
        f.needleLengthMm = parsed.value;
        break;
    }
    case NotesColumn: f.notes = value.toString(); break;
    default: return false;
    }
    return m_editor.setFindings(key, f);
}

void PointTableModel::onChanged()
{
    const int rows = int(m_editor.points().size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    if (rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
}

} // namespace needlechart
