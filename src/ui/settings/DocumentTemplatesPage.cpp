#include "settings/DocumentTemplatesPage.h"

#include "needlechart/services/documents/DocumentService.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/common/UiContext.h"

#include "paper/MarkdownPaper.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace needlechart {

DocumentTemplatesPage::DocumentTemplatesPage(UiContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_kind(new QComboBox(this)),
      m_text(new QPlainTextEdit(this)),
      m_preview(new QTextBrowser(this)),
      m_fields(new QLabel(this)),
      m_version(new QLabel(this))
{
    setObjectName(QStringLiteral("documentTemplatesPage"));
    for (DocumentKind k : enumValues<DocumentKind>())
        m_kind->addItem(enumLabel(k), QVariant::fromValue(int(k)));
    m_kind->setObjectName(QStringLiteral("templateKind"));
    m_text->setObjectName(QStringLiteral("templateMarkdown"));
    m_text->setAccessibleName(tr("Template text (Markdown)"));
    m_text->setTabChangesFocus(true);
    m_preview->setAccessibleName(tr("Template preview"));
    m_fields->setWordWrap(true);
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_version->setObjectName(QStringLiteral("templateVersion"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Document:"), m_kind);
    auto* editors = new QSplitter(Qt::Horizontal, this);
    editors->addWidget(m_text);
    editors->addWidget(m_preview);
    auto* saveButton = new QPushButton(tr("Save &template as new version"), this);
    saveButton->setObjectName(QStringLiteral("saveTemplateButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_version, 1);
    buttons->addWidget(saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_fields);
    layout->addWidget(editors, 1);
    layout->addLayout(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DocumentTemplatesPage::load);
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { MarkdownPaper::set(*m_preview->document(), m_text->toPlainText()); });
    connect(saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
}

DocumentKind DocumentTemplatesPage::kind() const
{
    return DocumentKind(m_kind->currentData().toInt());
}

void DocumentTemplatesPage::load()
{
    m_fields->setText(
        tr("Markdown: # for headings, - for lists, **bold**. These fields are filled in from the "
           "patient's record when a document is written: %1")
            .arg(QStringLiteral("{{") + documentFields(kind()).join(QStringLiteral("}}, {{"))
                 + QStringLiteral("}}")));
    auto current = m_context.documents.currentTemplate(kind());
    if (!current) {
        m_version->setText(current.error().message);
        return;
    }
    m_text->setPlainText(current->markdown);
    m_version->setText(tr("Version %1, saved %2 by %3. Documents kept on a record name the "
                          "version they were written from.")
                           .arg(current->version)
                           .arg(DateText::formatDateTime(current->createdAt), current->createdBy));
}

Status DocumentTemplatesPage::save()
{
    auto saved = m_context.documents.saveTemplate(kind(), m_text->toPlainText(), m_context.user);
    Q_EMIT problemChanged(saved ? QString() : saved.error().message);
    if (!saved)
        return saved.error();
    m_version->setText(tr("Version %1, saved %2 by %3. Documents kept on a record name the "
                          "version they were written from.")
                           .arg(saved->version)
                           .arg(DateText::formatDateTime(saved->createdAt), saved->createdBy));
    return {};
}

} // namespace needlechart
