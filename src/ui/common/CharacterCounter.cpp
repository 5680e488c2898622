#include "common/CharacterCounter.h"

#include "common/Theme.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>

#include <algorithm>

namespace needlechart {

CharacterCounter::CharacterCounter(QPlainTextEdit* edit, int limit)
    : QObject(edit), m_edit(edit), m_label(new QLabel(edit)), m_limit(limit)
{
    m_label->setObjectName(edit->objectName() + QStringLiteral("Counter"));
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAutoFillBackground(true);
    QFont small = m_label->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_label->setFont(small);
    m_label->hide();
    edit->installEventFilter(this);
    connect(edit, &QPlainTextEdit::textChanged, this, &CharacterCounter::update);
    update();
}

QLabel* CharacterCounter::attach(QPlainTextEdit* edit, int limit)
{
    return (new CharacterCounter(edit, limit))->m_label;
}

bool CharacterCounter::shown(qsizetype length, int limit)
{
    return length * 10 >= qsizetype(limit) * 9;
}

QString CharacterCounter::text(qsizetype length, int limit)
{
    if (length > limit)
        return tr("%L1 of %L2 characters: %L3 too many").arg(length).arg(limit).arg(length - limit);
    return tr("%L1 of %L2 characters").arg(length).arg(limit);
}

void CharacterCounter::update()
{
    const qsizetype length = m_edit->toPlainText().size();
    if (!shown(length, m_limit)) {
        m_label->hide();
        return;
    }
    const bool over = length > m_limit;
    m_label->setText(text(length, m_limit));
    QPalette palette = m_label->palette();
    palette.setColor(QPalette::WindowText,
                     Theme::color(over ? Theme::Role::ErrorText : Theme::Role::SecondaryText));
    palette.setColor(QPalette::Window, m_edit->palette().color(QPalette::Base));
    m_label->setPalette(palette);
    QFont font = m_label->font();
    font.setBold(over);
    m_label->setFont(font);
    m_label->adjustSize();
    place();
    m_label->show();
    m_label->raise();
}

void CharacterCounter::place()
{
    const int frame = m_edit->frameWidth();
    const QScrollBar* bar = m_edit->verticalScrollBar();
    const int right = m_edit->width() - frame - (bar && bar->isVisible() ? bar->width() : 0);
    m_label->move(std::max(frame, right - m_label->width() - 2),
                  std::max(frame, m_edit->height() - frame - m_label->height() - 1));
}

bool CharacterCounter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        && m_label->isVisibleTo(m_edit))
        place();
    return QObject::eventFilter(watched, event);
}

} // namespace needlechart
