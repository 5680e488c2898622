#include "needlechart/ui/documents/LetterDialog.h"

#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/documents/DocumentService.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/paper/DocumentRenderer.h"
#include "needlechart/ui/paper/PrintDialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace needlechart {

LetterDialog::LetterDialog(UiContext& context, PatientId patientId, SessionId sessionId,
                           QWidget* parent, DocumentKind kind)
    : QDialog(parent),
      m_context(context),
      m_patientId(patientId),
      m_sessionId(sessionId),
      m_kind(new QComboBox(this)),
      m_recipient(new QLineEdit(this)),
      m_text(new QPlainTextEdit(this)),
      m_preview(new QTextBrowser(this)),
      m_status(new QLabel(this)),
      m_print(new QPushButton(tr("&Print\u2026"), this)),
      m_pdf(new QPushButton(tr("Save as P&DF\u2026"), this))
{
    setObjectName(QStringLiteral("letterDialog"));
    if (auto patient = context.patients.get(patientId, context.user))
        m_patientName = patient->fullName();
    setWindowTitle(m_patientName.isEmpty() ? tr("Write a letter")
                                           : tr("Write a letter about %1").arg(m_patientName));
    for (DocumentKind k : enumValues<DocumentKind>()) {
        if (isLetter(k))
            m_kind->addItem(enumLabel(k), QVariant::fromValue(int(k)));
    }
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(QVariant::fromValue(int(kind)))));
    m_kind->setObjectName(QStringLiteral("letterKind"));
    m_recipient->setObjectName(QStringLiteral("letterRecipient"));
    m_recipient->setMaxLength(PatientDocument::MaxRecipientLength);
    m_recipient->setPlaceholderText(tr("Dr A Patel, Riverside Surgery"));
    m_text->setObjectName(QStringLiteral("letterText"));
    m_text->setAccessibleName(tr("Letter text (Markdown)"));
    m_text->setTabChangesFocus(true);
    m_preview->setObjectName(QStringLiteral("letterPreview"));
    m_preview->setAccessibleName(tr("The letter as it will print"));
    m_status->setObjectName(QStringLiteral("letterStatus"));
    m_status->setWordWrap(true);
    m_print->setObjectName(QStringLiteral("printLetter"));
    m_pdf->setObjectName(QStringLiteral("saveLetterPdf"));

    auto* refill = new QPushButton(tr("&Fill in again"), this);
    refill->setToolTip(tr("Replace the text with the clinic's template filled in from the record"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Letter:"), m_kind);
    auto* toRow = new QHBoxLayout;
    toRow->addWidget(m_recipient, 1);
    toRow->addWidget(refill);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_recipient);
    form->addRow(toLabel, toRow);

    auto* splitter = new QSplitter(this);
    auto* textSide = new QWidget(splitter);
    auto* textLayout = new QVBoxLayout(textSide);
    textLayout->setContentsMargins(0, 0, 0, 0);
    auto* textLabel = new QLabel(tr("T&ext (Markdown: **bold**, # heading, - list)"), textSide);
    textLabel->setBuddy(m_text);
    textLayout->addWidget(textLabel);
    textLayout->addWidget(m_text, 1);
    splitter->addWidget(textSide);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1000, 680);

    auto* previewTimer = new QTimer(this);
    previewTimer->setSingleShot(true);
    previewTimer->setInterval(250);
    connect(previewTimer, &QTimer::timeout, this, &LetterDialog::updatePreview);
    connect(m_text, &QPlainTextEdit::textChanged, previewTimer, qOverload<>(&QTimer::start));
    // Filling in again replaces the text: typed changes are not thrown away unasked.
    const auto mayReplace = [this] {
        return !m_textEdited
               || m_context.messages.question(
                   this, tr("Replace the letter's text?"),
                   tr("The text was changed by hand. Fill it in again from the template and lose "
                      "those changes?"));
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, mayReplace] {
        if (mayReplace()) {
            compose();
            return;
        }
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(QVariant::fromValue(int(m_composed.kind))));
    });
    connect(refill, &QPushButton::clicked, this, [this, mayReplace] {
        if (mayReplace())
            compose();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_composing)
            m_textEdited = true;
    });
    // A new recipient goes into the text too, while the clinician has not changed it by hand.
    connect(m_recipient, &QLineEdit::editingFinished, this, [this] {
        if (m_recipient->text().trimmed() == m_composed.recipient)
            return;
        if (!m_textEdited)
            compose();
        else
            m_status->setText(tr("The text still names the earlier recipient: change it there, "
                                 "or Fill in again (which replaces your changes)."));
    });
    connect(m_print, &QPushButton::clicked, this, &LetterDialog::print);
    connect(m_pdf, &QPushButton::clicked, this, &LetterDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    compose();
}

void LetterDialog::compose()
{
    const auto kind = DocumentKind(m_kind->currentData().toInt());
    auto composed = m_context.documents.compose(kind, m_patientId, m_sessionId, m_recipient->text(),
                                                m_context.user);
    if (!composed) {
        m_status->setText(composed.error().message);
        m_print->setEnabled(false);
        m_pdf->setEnabled(false);
        return;
    }
    m_composed = *composed;
    m_recipient->setText(composed->recipient);
    m_composing = true;
    m_text->setPlainText(composed->markdown);
    m_composing = false;
    m_textEdited = false;
    m_print->setEnabled(true);
    m_pdf->setEnabled(true);
    m_status->setText(tr("Filled in from the clinic's template (version %1). Nothing is kept on "
                         "the record until the letter is printed or saved.")
                          .arg(composed->templateVersion));
    updatePreview();
}

PatientDocument LetterDialog::letter() const
{
    PatientDocument d = m_composed;
    d.recipient = m_recipient->text().trimmed();
    d.markdown = m_text->toPlainText();
    return d;
}

void LetterDialog::updatePreview()
{
    auto profile = m_context.clinic.profile();
    DocumentRenderer renderer(
        DocumentContent{profile ? *profile : ClinicProfile{}, letter(), m_patientName});
    std::unique_ptr<QTextDocument> doc = renderer.buildDocument();
    // The browser deletes the document it made itself; the ones set here are the dialog's.
    QTextDocument* old = m_preview->document();
    const bool ours = old && old->parent() == m_preview;
    doc->setParent(m_preview);
    m_preview->setDocument(doc.release());
    if (ours)
        delete old;
}

Result<PatientDocument> LetterDialog::kept(DocumentDelivery delivery)
{
    PatientDocument d = letter();
    d.delivery = delivery;
    return m_context.documents.keep(d, m_context.user);
}

void LetterDialog::keep(DocumentDelivery delivery)
{
    auto stored = kept(delivery);
    if (!stored) {
        m_context.messages.warning(this, tr("The letter was sent but not recorded"),
                                   tr("%1\n\nThe patient's record does not show this letter yet: "
                                      "send it again once the problem is solved.")
                                       .arg(stored.error().message));
        return;
    }
    m_status->setText(tr("Kept on the patient's record: %1 %2 to %3.")
                          .arg(deliveryPhrase(delivery),
                               DateText::formatDateTime(stored->createdAt), stored->recipient));
}

void LetterDialog::print()
{
    const PatientDocument d = letter();
    if (d.recipient.isEmpty()) {
        m_context.messages.warning(this, tr("Cannot print the letter"),
                                   tr("Say to whom the letter goes."));
        m_recipient->setFocus();
        return;
    }
    auto profile = m_context.clinic.profile();
    auto renderer = std::make_shared<DocumentRenderer>(
        DocumentContent{profile ? *profile : ClinicProfile{}, d, m_patientName});
    PrintDialogs::Paper paper;
    paper.documentName = renderer->title();
    if (PrintDialogs::print([renderer](QPagedPaintDevice& device) { renderer->render(device); },
                            paper, this))
        keep(DocumentDelivery::Printed);
}

Result<PatientDocument> LetterDialog::savePdfTo(const QString& path)
{
    const PatientDocument d = letter();
    if (d.recipient.isEmpty())
        return Error{ErrorCode::Validation, tr("Say to whom the letter goes."), {}, {}};
    auto profile = m_context.clinic.profile();
    if (!profile)
        return profile.error();
    Status written = DocumentRenderer(DocumentContent{*profile, d, m_patientName}).exportPdf(path);
    if (!written)
        return written.error();
    auto stored = kept(DocumentDelivery::Pdf);
    if (stored)
        m_status->setText(tr("Saved and kept on the patient's record: %1 to %2.")
                              .arg(DateText::formatDateTime(stored->createdAt), stored->recipient));
    return stored;
}

void LetterDialog::savePdf()
{
    const std::optional<QString> path = m_context.messages.saveFileName(
        this, tr("Save the letter as PDF"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("letter-%1.pdf").arg(m_patientId)),
        tr("PDF files (*.pdf)"));
    if (!path || path->isEmpty())
        return;
    if (auto stored = savePdfTo(*path); !stored)
        m_context.messages.warning(this, tr("Cannot save the letter"), stored.error().message);
}

} // namespace needlechart
