#pragma once

#include "needlechart/domain/paindrawing/PainArea.h"
#include "needlechart/domain/session/TriggerPointSet.h"
#include "needlechart/ui/bodymap/BodyMapRenderer.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QTextObjectInterface>

#include <utility>

class QTextCursor;
class QTextDocument;

namespace needlechart {

class MuscleCatalogue;

// The body map inside a printed document: both views side by side with the note's numbered
// points and pain drawing, painted by BodyMapRenderer wherever the document is drawn, so on a
// PDF or a printer it is vectors, never a picture of the screen. Its title above and caption
// below are part of it, so neither is left behind at the foot of a page. A QTextObjectInterface:
// insert() registers it with a document and puts it at a cursor, as wide as the page.
class BodyMapTextObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    struct Texts {
        QString title;   // above, as a section heading
        QString caption; // below, in small print
    };

    BodyMapTextObject(TriggerPointSet points, QList<PainArea> painAreas,
                      const MuscleCatalogue& catalogue, Texts texts, QObject* parent = nullptr);

    // Registers a new object with `cursor`'s document (which owns it) and inserts it there.
    static void insert(QTextCursor& cursor, TriggerPointSet points, QList<PainArea> painAreas,
                       const MuscleCatalogue& catalogue, Texts texts);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

    static constexpr int ObjectType = QTextFormat::UserObject + 1;
    // Height over width of the two views side by side.
    static constexpr double HeightShare = 0.62;
    // The title's and the caption's size in points.
    static constexpr double TitlePointSize = 12.5;
    static constexpr double CaptionPointSize = 8.5;

private:
    [[nodiscard]] QFont titleFont() const;
    [[nodiscard]] QFont captionFont() const;
    // The heights of the title and of the caption on `device` at `width`.
    [[nodiscard]] std::pair<double, double> textHeights(QPaintDevice* device, double width) const;

    TriggerPointSet m_points;
    QList<PainArea> m_painAreas;
    const MuscleCatalogue& m_catalogue;
    Texts m_texts;
    BodyMapRenderer m_renderer;
};

} // namespace needlechart
