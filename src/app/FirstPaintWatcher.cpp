#include "FirstPaintWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <spdlog/spdlog.h>

namespace needlechart {

FirstPaintWatcher::FirstPaintWatcher(const QWidget& window, const QElapsedTimer& sinceStart,
                                     bool quit, const char* what)
    : m_window(window), m_sinceStart(sinceStart), m_quit(quit), m_what(what)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget*>(watched)->window() == &m_window) {
        QCoreApplication::instance()->removeEventFilter(this);
        // Queued, so the rest of this paint (every other widget of the window) and its flush to
        // the screen finish first.
        QTimer::singleShot(0, this, [this] {
            spdlog::info("{} painted {} ms after start", m_what, m_sinceStart.elapsed());
            if (m_quit)
                QCoreApplication::quit();
            else if (m_afterPaint)
                m_afterPaint();
        });
    }
    return false;
}

} // namespace needlechart
