#include "needlechart/ui/common/ReasonDialog.h"

#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace needlechart {
namespace {

// Room beside the title for the window's icon and buttons, which the desktop draws.
constexpr int TitleBarAllowance = 160;
constexpr int ReasonMaxLength = 500;

} // namespace

ReasonDialog::ReasonDialog(const QString& title, const QString& label, const QString& confirm,
                           const QString& back, QWidget* parent)
    : QDialog(parent),
      m_reason(new QLineEdit(this)),
      m_confirm(new QPushButton(confirm, this)),
      m_back(new QPushButton(back, this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    auto* caption = new QLabel(label, this);
    caption->setWordWrap(true);
    caption->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setMaxLength(ReasonMaxLength);
    m_reason->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    m_confirm->setObjectName(QStringLiteral("confirmReasonButton"));
    m_confirm->setEnabled(false);
    m_confirm->setDefault(true);
    m_back->setObjectName(QStringLiteral("backButton"));

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_back, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this] { m_confirm->setEnabled(!reason().isEmpty()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);

    const QFontMetrics metrics(font());
    setMinimumWidth(std::max({metrics.horizontalAdvance(title) + TitleBarAllowance,
                              metrics.averageCharWidth() * 50, buttons->sizeHint().width()}));
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace needlechart
