#include "needlechart/domain/paindrawing/ReferralPatterns.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

namespace needlechart {
namespace {

Error rowError(const QString& file, int line, const QString& problem)
{
    Error e;
    e.code = ErrorCode::Validation;
    e.message = QCoreApplication::translate("ReferralPatterns", "%1, line %2: %3")
                    .arg(file)
                    .arg(line)
                    .arg(problem);
    e.detail = QStringLiteral("%1 line %2").arg(file).arg(line);
    return e;
}

// The data rows of a plain CSV file (no quoted fields: these files need none), each split into
// trimmed fields, with its 1-based line number. The header must be `header` exactly.
Result<QList<QPair<int, QStringList>>> readRows(const QString& file, const QString& text,
                                                const QString& header)
{
    QList<QPair<int, QStringList>> rows;
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool seenHeader = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        if (!seenHeader) {
            if (line != header)
                return rowError(file, i + 1,
                                QStringLiteral("the header must be \"%1\"").arg(header));
            seenHeader = true;
            continue;
        }
        if (line.contains(QLatin1Char('"')))
            return rowError(file, i + 1, QStringLiteral("quoted fields are not supported"));
        QStringList fields = line.split(QLatin1Char(','));
        for (QString& field : fields)
            field = field.trimmed();
        if (fields.size() != header.count(QLatin1Char(',')) + 1)
            return rowError(file, i + 1,
                            QStringLiteral("expected %1 fields, found %2")
                                .arg(header.count(QLatin1Char(',')) + 1)
                                .arg(fields.size()));
        rows.append({i + 1, fields});
    }
    if (!seenHeader)
        return rowError(file, 1, QStringLiteral("the file is empty"));
    return rows;
}

QStringList idList(const QString& field)
{
    QStringList ids;
    for (const QString& part : field.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString id = part.trimmed();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

} // namespace

Result<ReferralPatterns> ReferralPatterns::fromCsv(const QString& zonesCsv,
                                                   const QString& patternsCsv, QSizeF artworkSize)
{
    const QString zonesFile = QStringLiteral("referral-zones.csv");
    const QString patternsFile = QStringLiteral("referral-patterns.csv");
    if (artworkSize.width() <= 0 || artworkSize.height() <= 0)
        return rowError(zonesFile, 1, QStringLiteral("the artwork size must be positive"));

    auto zoneRows =
        readRows(zonesFile, zonesCsv, QStringLiteral("id,label,view,placement,cx,cy,rx,ry"));
    if (!zoneRows)
        return zoneRows.error();

    ReferralPatterns patterns;
    QSet<QString> zoneIds;
    for (const auto& [line, f] : *zoneRows) {
        const QString& id = f.at(0);
        if (id.isEmpty() || f.at(1).isEmpty())
            return rowError(zonesFile, line, QStringLiteral("a zone needs an id and a label"));
        if (zoneIds.contains(id))
            return rowError(zonesFile, line, QStringLiteral("duplicate zone id %1").arg(id));
        const std::optional<BodyView> view = bodyViewFromKey(f.at(2));
        if (!view)
            return rowError(zonesFile, line, QStringLiteral("unknown view %1").arg(f.at(2)));
        const bool paired = f.at(3) == QLatin1String("paired");
        if (!paired && f.at(3) != QLatin1String("midline"))
            return rowError(zonesFile, line, QStringLiteral("placement must be paired or midline"));
        double numbers[4] = {};
        for (int n = 0; n < 4; ++n) {
            bool ok = false;
            numbers[n] = f.at(4 + n).toDouble(&ok);
            if (!ok || numbers[n] < 0)
                return rowError(zonesFile, line,
                                QStringLiteral("%1 is not a non-negative number").arg(f.at(4 + n)));
        }
        const double w = artworkSize.width();
        const double h = artworkSize.height();
        if (numbers[0] > w || numbers[1] > h || numbers[2] <= 0 || numbers[3] <= 0)
            return rowError(zonesFile, line, QStringLiteral("the ellipse lies off the artwork"));

        ReferralZone zone;
        zone.id = id;
        zone.label = f.at(1);
        zone.view = *view;
        zone.centre = QPointF(numbers[0] / w, numbers[1] / h);
        zone.radii = QSizeF(numbers[2] / w, numbers[3] / h);
        if (paired) {
            // Given for the patient's right; the left mirrors it about the vertical midline.
            zone.side = BodySide::Right;
            patterns.m_zones.append(zone);
            zone.side = BodySide::Left;
            zone.centre.setX(1.0 - zone.centre.x());
        }
        patterns.m_zones.append(zone);
        zoneIds.insert(id);
    }

    auto patternRows =
        readRows(patternsFile, patternsCsv, QStringLiteral("muscle_id,primary,secondary"));
    if (!patternRows)
        return patternRows.error();
    for (const auto& [line, f] : *patternRows) {
        const MuscleId& muscle = f.at(0);
        if (muscle.isEmpty())
            return rowError(patternsFile, line, QStringLiteral("a pattern needs a muscle id"));
        if (patterns.m_patterns.contains(muscle))
            return rowError(patternsFile, line, QStringLiteral("duplicate muscle %1").arg(muscle));
        Pattern pattern{idList(f.at(1)), idList(f.at(2))};
        for (const QString& zone : pattern.primary + pattern.secondary) {
            if (!zoneIds.contains(zone))
                return rowError(patternsFile, line, QStringLiteral("unknown zone %1").arg(zone));
        }
        patterns.m_patterns.insert(muscle, pattern);
        patterns.m_muscleOrder.append(muscle);
    }
    return patterns;
}

const ReferralPatterns& ReferralPatterns::builtIn()
{
    static const ReferralPatterns patterns = [] {
        auto read = [](const QString& path) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                qFatal("built-in referral data %s is missing from the build", qUtf8Printable(path));
            return QString::fromUtf8(file.readAll());
        };
        Result<ReferralPatterns> parsed =
            fromCsv(read(QStringLiteral(":/muscles/referral-zones.csv")),
                    read(QStringLiteral(":/muscles/referral-patterns.csv")));
        if (!parsed)
            qFatal("built-in referral data is invalid: %s", qUtf8Printable(parsed.error().message));
        return std::move(parsed).value();
    }();
    return patterns;
}

QList<const ReferralZone*> ReferralPatterns::zonesWithId(const QString& id) const
{
    QList<const ReferralZone*> found;
    for (const ReferralZone& zone : m_zones) {
        if (zone.id == id)
            found.append(&zone);
    }
    return found;
}

QString ReferralPatterns::zoneLabel(const QString& id) const
{
    for (const ReferralZone& zone : m_zones) {
        if (zone.id == id)
            return zone.label;
    }
    return {};
}

} // namespace needlechart
