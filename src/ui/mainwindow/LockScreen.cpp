#include "needlechart/ui/mainwindow/LockScreen.h"

#include "needlechart/domain/common/DisplayText.h"

#include "common/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace needlechart {

LockScreen::LockScreen(const QString& signedInName, QWidget* parent)
    : QWidget(parent),
      m_password(new QLineEdit(this)),
      m_unlock(new QPushButton(tr("&Unlock"), this)),
      m_switch(new QPushButton(tr("&Switch User\u2026"), this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(true);
    auto* title = new QLabel(tr("<h2>NeedleChart is locked</h2>"), this);
    title->setAlignment(Qt::AlignCenter);
    auto* who = new QLabel(tr("Signed in: %1. Type your password to go on where you left off, "
                              "or let someone else sign in (open notes are saved first).")
                               .arg(DisplayText::isolate(signedInName)),
                           this);
    who->setWordWrap(true);
    who->setAlignment(Qt::AlignCenter);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setAccessibleName(tr("Password"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_switch->setObjectName(QStringLiteral("switchUserButton"));
    m_error->setObjectName(QStringLiteral("lockError"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setStyleSheet(Theme::labelStyleSheet(Theme::Role::ErrorText));
    m_error->hide();

    auto* box = new QWidget(this);
    box->setFixedWidth(fontMetrics().averageCharWidth() * 60);
    auto* column = new QVBoxLayout(box);
    column->addWidget(title);
    column->addWidget(who);
    column->addSpacing(fontMetrics().height());
    column->addWidget(m_password);
    column->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_switch);
    buttons->addStretch();
    buttons->addWidget(m_unlock);
    column->addLayout(buttons);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);
    // Centred by stretches, not an alignment, so the wrapped text gets the height it needs.
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(box);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch(3);

    connect(m_unlock, &QPushButton::clicked, this,
            [this] { Q_EMIT unlockRequested(m_password->text()); });
    connect(m_password, &QLineEdit::returnPressed, this,
            [this] { Q_EMIT unlockRequested(m_password->text()); });
    connect(m_switch, &QPushButton::clicked, this, &LockScreen::switchUserRequested);
}

void LockScreen::showError(const QString& message)
{
    m_password->clear();
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_password->setFocus();
}

void LockScreen::paintEvent(QPaintEvent*)
{
    // Opaque whatever the style: nothing of the window beneath may show.
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
}

} // namespace needlechart
