#pragma once

#include <QWidget>

class QTextBrowser;
class QToolButton;

namespace needlechart {

// Help > Manual (F1): the user manual shipped with the program, one page per task, read inside
// NeedleChart. The pages are Markdown compiled in under :/manual/<language>/ (the running
// language's where they exist, else English, see resources/manual/README.md), their pictures
// the screenshots of docs/screenshots; links between pages are followed in the same window.
class ManualWindow : public QWidget {
    Q_OBJECT
public:
    // Shows `page` ("booking" for booking.md) in the one manual window, opening it if needed
    // and bringing it to the front. Returns it.
    static ManualWindow* showPage(QWidget* parent, const QString& page = QStringLiteral("index"));

    explicit ManualWindow(QWidget* parent = nullptr);

    [[nodiscard]] QTextBrowser* browser() const { return m_browser; }
    // The pages shipped, as file names ("index.md", "booking.md", ...), in the language shown.
    [[nodiscard]] static QStringList pages();
    // The folder the pages are read from: ":/manual/de" or ":/manual/en".
    [[nodiscard]] static QString folder();

    void open(const QString& page);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitPictures();

    QTextBrowser* m_browser;
    QToolButton* m_back;
    QToolButton* m_forward;
};

} // namespace needlechart
