#include "needlechart/ui/common/IdleWatcher.h"

#include "needlechart/domain/common/Clock.h"

#include <QCoreApplication>
#include <QEvent>

namespace needlechart {

IdleWatcher::IdleWatcher(const Clock& clock, int idleMinutes, QObject* parent)
    : QObject(parent), m_clock(clock), m_minutes(idleMinutes), m_last(clock.nowUtc())
{
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
}

void IdleWatcher::start(int checkMs)
{
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.start(checkMs);
    touch();
}

void IdleWatcher::touch()
{
    m_last = m_clock.nowUtc();
}

void IdleWatcher::check()
{
    if (m_paused || m_minutes <= 0)
        return;
    if (m_last.secsTo(m_clock.nowUtc()) < qint64(m_minutes) * 60)
        return;
    m_paused = true;
    Q_EMIT idle();
}

void IdleWatcher::resume()
{
    m_paused = false;
    touch();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_paused)
            touch();
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace needlechart
