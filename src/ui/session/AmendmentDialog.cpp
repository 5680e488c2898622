#include "needlechart/ui/session/AmendmentDialog.h"

#include "needlechart/domain/session/Session.h"
#include "needlechart/domain/session/SessionValidator.h"

#include "common/CharacterCounter.h"
#include "common/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace needlechart {
AmendmentDialog::AmendmentDialog(Submit submit, QWidget* parent)
    : QDialog(parent),
      m_submit(std::move(submit)),
      m_reason(new QLineEdit(this)),
      m_text(new QPlainTextEdit(this)),
      m_reasonError(ErrorLabel::create(this)),
      m_textError(ErrorLabel::create(this)),
      m_error(ErrorLabel::create(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add an amendment"));
    setObjectName(QStringLiteral("amendmentDialog"));
    m_reason->setObjectName(QStringLiteral("amendmentReason"));
    m_reason->setPlaceholderText(tr("e.g. side recorded wrongly, late entry, patient phoned"));
    m_text->setObjectName(QStringLiteral("amendmentText"));
    m_text->setTabChangesFocus(true);
    m_reason->setMaxLength(SessionValidator::MaxTextLength);
    CharacterCounter::attach(m_text, SessionValidator::MaxTextLength);
    auto* intro = new QLabel(tr("The signed note stays as it is. The amendment is added below it "
                                "with your name and the time, and cannot be changed later."),
                             this);
    intro->setWordWrap(true);
    QPushButton* add = m_buttons->addButton(tr("Add amendment"), QDialogButtonBox::AcceptRole);
    add->setObjectName(QStringLiteral("addAmendmentButton"));
    add->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(QString(), m_reasonError);
    form->addRow(tr("&Amendment"), m_text);
    form->addRow(QString(), m_textError);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(520, 320);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AmendmentDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void AmendmentDialog::submit()
{
    bool ok = false;
    const Error error = m_submit(m_reason->text(), m_text->toPlainText(), &ok);
    if (ok) {
        accept();
        return;
    }
    ErrorLabel::show(m_reasonError, error.fieldMessage(SessionFields::Reason));
    ErrorLabel::show(m_textError, error.fieldMessage(SessionFields::Text));
    ErrorLabel::show(m_error, error.fieldErrors.isEmpty() ? error.message : QString());
}

} // namespace needlechart
