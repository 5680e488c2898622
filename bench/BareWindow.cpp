// needlechart_bare_window [--quit-after-show]: the floor for start-up (docs/performance.md,
// section 3). The least a Qt Widgets program with a list can do: start QApplication, show a
// QMainWindow whose central widget is an empty QTableView, and, with --quit-after-show, quit
// once the window has painted for the first time, as `needlechart --quit-after-show` does.
// scripts/measure-startup.sh times both in one run and prints NeedleChart's time as a multiple
// of this one, so the figure does not depend on the machine or on how busy it is.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QStringList>
#include <QTableView>
#include <QTimer>

#include <optional>

namespace {

// Quits once a widget of `window` has been painted: the same end point as needlechart's
// FirstPaintWatcher (src/app/main.cpp). Does not own the window.
class QuitAfterFirstPaint : public QObject {
public:
    explicit QuitAfterFirstPaint(const QWidget& window) : m_window(window)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget*>(watched)->window() == &m_window) {
            QCoreApplication::instance()->removeEventFilter(this);
            // Queued, so the rest of this paint and its flush finish first.
            QTimer::singleShot(0, this, &QCoreApplication::quit);
        }
        return false;
    }

private:
    const QWidget& m_window;
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QTableView);
    // NeedleChart's size when it has no saved geometry, so both paint the same area.
    window.resize(1200, 760);
    std::optional<QuitAfterFirstPaint> quit;
    if (QCoreApplication::arguments().contains(QStringLiteral("--quit-after-show")))
        quit.emplace(window);
    window.show();
    return QApplication::exec();
}
