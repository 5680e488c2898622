#include "needlechart/ui/bodymap/BodyMapArtwork.h"

#include "bodymap/SvgPathData.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <array>

namespace needlechart {
namespace {

Error artworkError(const QString& message)
{
    return Error{ErrorCode::Validation, message, {}, {}};
}

// Curves are flattened to lines for hit-testing. Qt flattens to about a device unit; done at
// 8x and scaled back, the lines stay within a small fraction of an artwork unit of the curve,
// so even the thin tips of a muscle hit-test as drawn.
QPolygonF flatten(const QPainterPath& path)
{
    constexpr double Oversample = 8.0;
    const QPolygonF fine = path.toFillPolygon(QTransform::fromScale(Oversample, Oversample));
    return QTransform::fromScale(1.0 / Oversample, 1.0 / Oversample).map(fine);
}

Result<QHash<MuscleId, QStringList>> parseDrawnOver(const QString& csv, BodyView view)
{
    QHash<MuscleId, QStringList> result;
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype n = 1; n < lines.size(); ++n) { // line 0 is the header
        const QStringList fields = lines.at(n).trimmed().split(QLatin1Char(','));
        if (fields.size() != 4)
            return artworkError(
                BodyMapArtwork::tr("muscle-regions.csv line %1: expected 4 fields.").arg(n + 1));
        if (fields.at(1) != bodyViewKey(view) || fields.at(2) != QStringLiteral("no"))
            continue;
        result.insert(fields.at(0), fields.at(3).split(QLatin1Char(';'), Qt::SkipEmptyParts));
    }
    return result;
}

QString resourceText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

Result<BodyMapArtwork> BodyMapArtwork::fromSvg(const QByteArray& svg, BodyView view,
                                               const QString& regionsCsv)
{
    static const QRegularExpression regionId(QStringLiteral(R"(^([a-z][a-z0-9_]*)_([LR])$)"));
    BodyMapArtwork artwork;
    artwork.m_view = view;
    artwork.m_svg = svg;

    QXmlStreamReader xml(svg);
    QStringList groups; // ids of the <g> elements we are inside
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("g")) {
            groups.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("svg")) {
            const QStringList box = attributes.value(QLatin1String("viewBox"))
                                        .toString()
                                        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (box.size() == 4)
                artwork.m_viewBox = QRectF(box[0].toDouble(), box[1].toDouble(), box[2].toDouble(),
                                           box[3].toDouble());
        } else if (xml.name() == QLatin1String("g")) {
            groups.append(attributes.value(QLatin1String("id")).toString());
        } else if (xml.name() == QLatin1String("path")) {
            const QString id = attributes.value(QLatin1String("id")).toString();
            auto path = SvgPathData::parse(attributes.value(QLatin1String("d")).toString());
            if (!path.ok())
                return artworkError(tr("Path %1: %2").arg(id, path.error().message));
            if (id == QLatin1String("body_outline")) {
                artwork.m_bodyOutline = *path;
            } else if (groups.contains(QLatin1String("landmarks"))) {
                artwork.m_landmarks.append(*path);
            } else if (groups.contains(QLatin1String("muscles"))) {
                const auto match = regionId.match(id);
                if (!match.hasMatch())
                    return artworkError(
                        tr("Muscle path id \"%1\" is not <muscle>_L or <muscle>_R.").arg(id));
                if (artwork.m_regionIndex.contains(id))
                    return artworkError(tr("Muscle path id \"%1\" appears twice.").arg(id));
                BodyRegion region;
                region.id = id;
                region.muscleId = match.captured(1);
                region.side =
                    match.captured(2) == QLatin1String("L") ? BodySide::Left : BodySide::Right;
                region.path = *path;
                region.outline = flatten(region.path);
                region.bounds = region.outline.boundingRect();
                artwork.m_regionIndex.insert(id, artwork.m_regions.size());
                artwork.m_regions.append(std::move(region));
            }
        }
    }
    if (xml.hasError())
        return artworkError(tr("The body map drawing is not valid SVG: %1 (line %2).")
                                .arg(xml.errorString())
                                .arg(xml.lineNumber()));
    if (!artwork.m_viewBox.isValid())
        return artworkError(tr("The body map drawing has no viewBox."));
    if (artwork.m_regions.isEmpty())
        return artworkError(tr("The body map drawing has no muscle regions."));

    auto drawnOver = parseDrawnOver(regionsCsv, view);
    if (!drawnOver.ok())
        return drawnOver.error();
    artwork.m_drawnOver = *drawnOver;
    return artwork;
}

const BodyMapArtwork& BodyMapArtwork::builtIn(BodyView view)
{
    static const std::array<BodyMapArtwork, 2> artworks = [] {
        const QString regions = resourceText(QStringLiteral(":/bodymap/muscle-regions.csv"));
        std::array<BodyMapArtwork, 2> loaded;
        for (BodyView v : {BodyView::Anterior, BodyView::Posterior}) {
            QFile file(QStringLiteral(":/bodymap/%1.svg").arg(bodyViewKey(v)));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("body map artwork %s is missing", qPrintable(file.fileName()));
            auto artwork = fromSvg(file.readAll(), v, regions);
            if (!artwork.ok())
                qFatal("body map artwork %s: %s", qPrintable(file.fileName()),
                       qPrintable(artwork.error().message));
            loaded[v == BodyView::Anterior ? 0 : 1] = std::move(artwork).value();
        }
        return loaded;
    }();
    return artworks[view == BodyView::Anterior ? 0 : 1];
}

const BodyRegion* BodyMapArtwork::region(const MuscleId& muscle, BodySide side) const
{
    const QString id = muscle + QLatin1Char('_') + bodySideKey(side);
    const auto found = m_regionIndex.constFind(id);
    return found == m_regionIndex.constEnd() ? nullptr : &m_regions.at(*found);
}

QStringList BodyMapArtwork::drawnOver(const MuscleId& muscle) const
{
    return m_drawnOver.value(muscle);
}

} // namespace needlechart
