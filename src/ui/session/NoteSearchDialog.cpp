#include "needlechart/ui/session/NoteSearchDialog.h"

#include "needlechart/domain/patients/SearchText.h"
#include "needlechart/domain/session/NoteSearchText.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/session/NoteSearchModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace needlechart {
namespace {

// `excerpt`'s text as HTML, its matching words in bold.
QString highlighted(const NoteExcerpt& excerpt)
{
    QString html;
    qsizetype at = 0;
    for (const auto& [start, length] : excerpt.highlights) {
        html += excerpt.text.mid(at, start - at).toHtmlEscaped();
        html += QStringLiteral("<b>") + excerpt.text.mid(start, length).toHtmlEscaped()
                + QStringLiteral("</b>");
        at = start + length;
    }
    html += excerpt.text.mid(at).toHtmlEscaped();
    return html;
}

} // namespace

NoteSearchDialog::NoteSearchDialog(UiContext& context, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_edit(new QLineEdit(this)),
      m_scope(new QComboBox(this)),
      m_summary(new QLabel(this)),
      m_table(new QTableView(this)),
      m_preview(new QTextBrowser(this)),
      m_open(new QPushButton(tr("&Open note"), this)),
      m_model(new NoteSearchModel(this)),
      m_typingPause(new QTimer(this))
{
    setObjectName(QStringLiteral("noteSearchDialog"));
    setWindowTitle(tr("Search Notes"));
    setWindowFlag(Qt::Window);

    m_edit->setObjectName(QStringLiteral("noteSearchEdit"));
    m_edit->setPlaceholderText(tr("Words in the notes, e.g. elbow gripping"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Words to search the notes for"));
    m_scope->setObjectName(QStringLiteral("noteSearchScope"));
    m_scope->setAccessibleName(tr("Whose notes to search"));
    m_scope->addItem(tr("My notes"), int(Scope::Mine));
    m_scope->addItem(tr("Every clinician's notes"), int(Scope::Everyone));
    m_summary->setObjectName(QStringLiteral("noteSearchSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("noteSearchResults"));
    m_table->setTabKeyNavigation(false); // Tab moves on; the arrows walk the cells
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NoteSearchModel::FoundColumn,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Notes found"));
    m_preview->setObjectName(QStringLiteral("noteSearchPreview"));
    m_preview->setAccessibleName(tr("Where the words were found in the chosen note"));
    m_preview->setOpenLinks(false);
    m_open->setObjectName(QStringLiteral("noteSearchOpen"));
    m_open->setEnabled(false);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(TypingPauseMs);

    auto* searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_edit);
    auto* scopeLabel = new QLabel(tr("&In:"), this);
    scopeLabel->setBuddy(m_scope);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_edit, 1);
    searchRow->addWidget(scopeLabel);
    searchRow->addWidget(m_scope);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("noteSearchSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    // Enter belongs to the words (search now) and the list (open the note), never to a button.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    m_open->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_edit, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        m_typingPause->stop();
        search();
        if (m_model->rowCount() > 0)
            m_table->setFocus();
    });
    connect(m_typingPause, &QTimer::timeout, this, &NoteSearchDialog::search);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] { search(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showPreview(); });
    connect(m_table, &QTableView::activated, this, [this] { openCurrent(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openCurrent(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A note saved or amended anywhere may now match, or no longer.
    connect(&m_context.notifier, &ChangeNotifier::changed, this, [this](const ChangeEvent& event) {
        if (event.entity == ChangeEvent::Entity::Session && isVisible()
            && !m_edit->text().trimmed().isEmpty())
            m_typingPause->start();
    });

    search();
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 36);
}

void NoteSearchDialog::setPatient(PatientId patientId, const QString& name)
{
    m_patientId = patientId;
    const QString label = tr("This patient's notes (%1)").arg(name);
    const int existing = m_scope->findData(int(Scope::Patient));
    {
        const QSignalBlocker quiet(m_scope);
        if (existing >= 0)
            m_scope->setItemText(existing, label);
        else
            m_scope->insertItem(0, label, int(Scope::Patient));
    }
    setScope(Scope::Patient);
    search();
}

void NoteSearchDialog::setScope(Scope scope)
{
    const int index = m_scope->findData(int(scope));
    if (index >= 0)
        m_scope->setCurrentIndex(index);
}

NoteSearchDialog::Scope NoteSearchDialog::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

void NoteSearchDialog::search()
{
    const QString text = m_edit->text();
    const QStringList terms = SearchText::queryTerms(text);
    if (terms.isEmpty()) {
        m_model->clear();
        m_preview->clear();
        m_open->setEnabled(false);
        m_summary->setText(
            tr("Type words to find the notes that have them all, newest first. Accents and "
               "capitals do not matter; a word can be cut short (\"epicond\")."));
        return;
    }
    NoteSearchQuery query = NoteSearchQuery::forWords(text);
    switch (scope()) {
    case Scope::Patient: query.patientId = m_patientId; break;
    case Scope::Mine: query.clinicianLogin = m_context.user.login; break;
    case Scope::Everyone: break;
    }
    auto result = m_context.sessions.searchNotes(query, m_context.user);
    if (!result) {
        spdlog::warn("note search: {}", errorCodeName(result.error().code));
        m_summary->setText(tr("The notes could not be searched: %1").arg(result.error().message));
        return;
    }
    const SessionId current = m_model->hitAt(m_table->currentIndex().row())
                                  ? m_model->hitAt(m_table->currentIndex().row())->sessionId
                                  : 0;
    m_model->setResult(std::move(*result), terms);
    const int count = m_model->rowCount();
    int row = 0;
    for (int r = 0; r < count; ++r) {
        if (m_model->hitAt(r)->sessionId == current)
            row = r;
    }
    if (count > 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    showPreview();
    m_open->setEnabled(count > 0);
    if (count == 0)
        m_summary->setText(tr("No note has all of these words."));
    else if (m_model->hasMore())
        m_summary->setText(tr("The newest %1 notes with these words. Add a word to narrow the "
                              "search.")
                               .arg(count));
    else
        m_summary->setText(count == 1 ? tr("1 note has these words.")
                                      : tr("%1 notes have these words, newest first.").arg(count));
}

void NoteSearchDialog::showPreview()
{
    const NoteSearchHit* hit = m_model->hitAt(m_table->currentIndex().row());
    if (!hit) {
        m_preview->clear();
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b> &middot; %2 &middot; %3 &middot; %4</p>")
                       .arg(hit->patient.displayName().toHtmlEscaped(),
                            DateText::formatDateTime(hit->treatedAt).toHtmlEscaped(),
                            hit->clinician.toHtmlEscaped(), enumLabel(hit->status).toHtmlEscaped());
    for (const NoteExcerpt& excerpt : NoteSearchText::excerpts(hit->document, m_model->terms()))
        html += QStringLiteral("<p><i>%1:</i> %2</p>")
                    .arg(enumLabel(excerpt.field).toHtmlEscaped(), highlighted(excerpt));
    m_preview->setHtml(html);
}

void NoteSearchDialog::openCurrent()
{
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0;
    if (const NoteSearchHit* hit = m_model->hitAt(row))
        Q_EMIT openSessionRequested(hit->sessionId);
}

} // namespace needlechart
