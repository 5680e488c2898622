#include "paper/BodyMapTextObject.h"

#include "needlechart/ui/bodymap/BodyMapArtwork.h"
#include "needlechart/ui/bodymap/BodyMapGeometry.h"

#include "common/Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace needlechart {

BodyMapTextObject::BodyMapTextObject(TriggerPointSet points, QList<PainArea> painAreas,
                                     const MuscleCatalogue& catalogue, Texts texts, QObject* parent)
    : QObject(parent),
      m_points(std::move(points)),
      m_painAreas(std::move(painAreas)),
      m_catalogue(catalogue),
      m_texts(std::move(texts))
{}

void BodyMapTextObject::insert(QTextCursor& cursor, TriggerPointSet points,
                               QList<PainArea> painAreas, const MuscleCatalogue& catalogue,
                               Texts texts)
{
    QTextDocument* document = cursor.document();
    auto* object = new BodyMapTextObject(std::move(points), std::move(painAreas), catalogue,
                                         std::move(texts), document);
    document->documentLayout()->registerHandler(ObjectType, object);
    QTextCharFormat format;
    format.setObjectType(ObjectType);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QFont BodyMapTextObject::titleFont() const
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(TitlePointSize);
    font.setBold(true);
    return font;
}

QFont BodyMapTextObject::captionFont() const
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(CaptionPointSize);
    return font;
}

std::pair<double, double> BodyMapTextObject::textHeights(QPaintDevice* device, double width) const
{
    // Air above the title, as above the document's other headings, and below each text.
    const auto height = [&](const QFont& font, const QString& text, double airAbove) {
        if (text.isEmpty())
            return 0.0;
        const QFontMetricsF metrics(font, device);
        return metrics
                   .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text)
                   .height()
               + metrics.height() * (airAbove + 0.3);
    };
    return {height(titleFont(), m_texts.title, 0.5), height(captionFont(), m_texts.caption, 0)};
}

QSizeF BodyMapTextObject::intrinsicSize(QTextDocument* document, int, const QTextFormat&)
{
    // The page's width (the document is laid out in the device's units), less a sliver so the
    // line never wraps for want of a pixel.
    const double width = document->pageSize().width() > 0 ? document->pageSize().width() * 0.98
                                                          : document->textWidth();
    const auto [title, caption] = textHeights(document->documentLayout()->paintDevice(), width);
    return QSizeF(width, width * HeightShare + title + caption);
}

void BodyMapTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                   const QTextFormat&)
{
    painter->save();
    const auto [titleHeight, captionHeight] = textHeights(painter->device(), rect.width());
    painter->setFont(titleFont());
    painter->setPen(Theme::paperColor(Theme::Role::Accent));
    painter->drawText(QRectF(rect.left(), rect.top(), rect.width(), titleHeight),
                      Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, m_texts.title);

    QFont labelFont = captionFont();
    const QFontMetricsF labelMetrics(labelFont, painter->device());
    const double labelHeight = labelMetrics.height() * 1.4;
    const QRectF maps(rect.left(), rect.top() + titleHeight, rect.width(),
                      rect.height() - titleHeight - captionHeight - labelHeight);
    const double gap = maps.width() * 0.04;
    const double half = (maps.width() - gap) / 2;
    for (const BodyView view : allBodyViews()) {
        const QRectF area(maps.left() + (view == BodyView::Anterior ? 0 : half + gap), maps.top(),
                          half, maps.height());
        const BodyMapGeometry geometry(BodyMapArtwork::builtIn(view));
        BodyMapRenderState state;
        state.points = &m_points;
        state.painAreas = &m_painAreas;
        state.catalogue = &m_catalogue;
        // Markers as big, against the figure, as on the screen's body map.
        state.markerRadius = geometry.fittedRect(area).width() / 26;
        m_renderer.paint(*painter, area, geometry, state);
        painter->setFont(labelFont);
        painter->setPen(Theme::paperColor(Theme::Role::SecondaryText));
        painter->drawText(QRectF(area.left(), area.bottom(), area.width(), labelHeight),
                          Qt::AlignCenter, bodyViewLabel(view));
    }
    painter->setFont(labelFont);
    painter->setPen(Theme::paperColor(Theme::Role::SecondaryText));
    painter->drawText(
        QRectF(rect.left(), rect.bottom() - captionHeight, rect.width(), captionHeight),
        Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, m_texts.caption);
    painter->restore();
}

} // namespace needlechart
