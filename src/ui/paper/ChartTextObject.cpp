#include "paper/ChartTextObject.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QGraphicsScene>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

namespace needlechart {
namespace {

// The size a chart is laid out at before it is scaled onto the page: its fonts keep the
// proportions they have on the screen.
constexpr double LayoutWidth = 760;

} // namespace

ChartTextObject::ChartTextObject(Factory make, double heightShare, QObject* parent)
    : QObject(parent), m_make(std::move(make)), m_heightShare(heightShare)
{}

void ChartTextObject::insert(QTextCursor& cursor, Factory make, double heightShare)
{
    QTextDocument* document = cursor.document();
    // One object type per chart in the document: each handler draws its own chart.
    const int type = ObjectTypeBase + document->property(FactoryProperty).toInt();
    document->setProperty(FactoryProperty, document->property(FactoryProperty).toInt() + 1);
    auto* object = new ChartTextObject(std::move(make), heightShare, document);
    document->documentLayout()->registerHandler(type, object);
    QTextCharFormat format;
    format.setObjectType(type);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument* document, int, const QTextFormat&)
{
    const double width = document->pageSize().width() > 0 ? document->pageSize().width() * 0.98
                                                          : document->textWidth();
    return QSizeF(width, width * m_heightShare);
}

void ChartTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                 const QTextFormat&)
{
    QGraphicsScene scene;
    QChart* chart = m_make();
    if (!chart)
        return;
    scene.addItem(chart); // the scene owns it from here
    const QSizeF layout(LayoutWidth, LayoutWidth * m_heightShare);
    chart->setGeometry(QRectF(QPointF(0, 0), layout));
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    scene.setSceneRect(QRectF(QPointF(0, 0), layout));
    painter->save();
    scene.render(painter, rect, scene.sceneRect(), Qt::KeepAspectRatio);
    painter->restore();
}

} // namespace needlechart
