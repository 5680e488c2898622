#pragma once

#include <QObject>
#include <QTextObjectInterface>

#include <functional>

class QChart;
class QTextCursor;

namespace needlechart {

// A Qt Charts chart inside a printed document, drawn wherever the document is painted (so on a
// PDF or a printer it is vectors, not a picture of the screen): the chart is built at a screen
// size from `make` and scaled onto the page, as wide as the page at `heightShare` of its width.
// A QTextObjectInterface: insert() registers it with a document and puts it at a cursor.
class ChartTextObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using Factory = std::function<QChart*()>;

    ChartTextObject(Factory make, double heightShare, QObject* parent = nullptr);

    // Registers a new object with `cursor`'s document (which owns it) and inserts it there.
    static void insert(QTextCursor& cursor, Factory make, double heightShare = 0.36);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

    static constexpr int ObjectTypeBase = QTextFormat::UserObject + 2;
    static constexpr const char* FactoryProperty = "needlechartChart";

private:
    Factory m_make;
    double m_heightShare;
};

} // namespace needlechart
