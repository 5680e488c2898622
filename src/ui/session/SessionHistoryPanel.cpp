#include "needlechart/ui/session/SessionHistoryPanel.h"

#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/consent/ConsentService.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/ui/audit/RecordOpeningsDialog.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/session/SessionHistoryModel.h"

#include "common/FocusOrder.h"
#include "common/StandardShortcuts.h"
#include "common/Theme.h"
#include "consent/LeafletButton.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace needlechart {
namespace {

enum Page { MessagePage, TablePage };

} // namespace

SessionHistoryPanel::SessionHistoryPanel(UiContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_pages(new QStackedWidget(this)),
      m_message(new QLabel(this)),
      m_alert(new QLabel(this)),
      m_model(new SessionHistoryModel(this)),
      m_table(new QTableView(this)),
      m_new(new QPushButton(tr("&New session"), this)),
      m_open(new QPushButton(tr("&Open"), this)),
      m_screening(new QPushButton(tr("&Screening\u2026"), this)),
      m_consent(new QPushButton(tr("&Consent\u2026"), this)),
      m_clearance(new QLabel(this)),
      m_leaflet(new LeafletButton(context, this)),
      m_searchNotes(new QToolButton(this)),
      m_compare(new QToolButton(this))
{
    setObjectName(QStringLiteral("sessionHistoryPanel"));
    m_message->setObjectName(QStringLiteral("sessionHistoryMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_alert->setObjectName(QStringLiteral("sessionHistoryAlert"));
    m_alert->setWordWrap(true);
    m_alert->setTextFormat(Qt::PlainText);
    m_alert->setStyleSheet(Theme::alertStyleSheet());
    m_alert->hide();
    m_clearance->setObjectName(QStringLiteral("sessionHistoryClearance"));
    m_clearance->setWordWrap(true);
    m_clearance->setTextFormat(Qt::PlainText);
    m_clearance->hide();
    m_screening->setObjectName(QStringLiteral("screeningButton"));
    m_screening->setToolTip(tr("Record a precaution screening for this patient"));
    m_consent->setObjectName(QStringLiteral("consentButton"));
    m_consent->setToolTip(tr("Record the patient's consent to dry needling, or its withdrawal"));
    connect(m_screening, &QPushButton::clicked, this, [this] {
        if (m_patientId > 0)
            Q_EMIT screeningRequested(m_patientId);
    });
    auto* consentMenu = new QMenu(m_consent);
    consentMenu->addAction(tr("Record consent\u2026"), this, [this] {
        if (m_patientId > 0)
            Q_EMIT consentRequested(m_patientId);
    });
    m_withdrawConsent = consentMenu->addAction(tr("Withdraw consent\u2026"), this, [this] {
        if (m_patientId > 0)
            Q_EMIT withdrawConsentRequested(m_patientId);
    });
    m_withdrawConsent->setObjectName(QStringLiteral("withdrawConsentAction"));
    m_consent->setMenu(consentMenu);
    m_openings = new QPushButton(tr("Opened &by\u2026"), this);
    m_openings->setObjectName(QStringLiteral("openingsButton"));
    m_openings->setToolTip(tr("Who opened this patient's clinical record, and when"));
    connect(m_openings, &QPushButton::clicked, this, [this] {
        if (m_patientId <= 0)
            return;
        auto* dialog = new RecordOpeningsDialog(m_context.audit, m_context.messages, m_context.user,
                                                m_patientId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->show();
    });
    m_table->setObjectName(QStringLiteral("sessionHistoryTable"));
    m_table->setTabKeyNavigation(false); // Tab moves on; the arrows walk the cells
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false); // one line per session; the full list is in the tooltip
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SessionHistoryModel::MusclesColumn,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Treatment sessions"));
    m_new->setObjectName(QStringLiteral("newSessionButton"));
    m_new->setToolTip(tr("Chart a new dry needling session for this patient (%1)")
                          .arg(StandardShortcuts::newSession().toString(QKeySequence::NativeText)));
    m_open->setObjectName(QStringLiteral("openSessionButton"));
    m_pages->insertWidget(MessagePage, m_message);
    m_pages->insertWidget(TablePage, m_table);

    m_searchNotes->setObjectName(QStringLiteral("searchPatientNotesButton"));
    m_searchNotes->setText(tr("Search notes\u2026"));
    m_searchNotes->setToolTip(tr("Find this patient's notes by the words in them"));
    m_searchNotes->setAutoRaise(true);
    connect(m_searchNotes, &QToolButton::clicked, this, [this] {
        if (m_patientId > 0)
            Q_EMIT searchNotesRequested(m_patientId);
    });
    m_compare->setObjectName(QStringLiteral("compareVisitsButton"));
    m_compare->setText(tr("Compare visits…"));
    m_compare->setToolTip(tr("Two visits' body maps side by side, with their pain scores"));
    m_compare->setAutoRaise(true);
    connect(m_compare, &QToolButton::clicked, this, [this] {
        if (m_patientId > 0)
            Q_EMIT compareVisitsRequested(m_patientId);
    });
    auto* title = new QLabel(tr("<b>Treatment sessions</b>"), this);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    titleRow->addWidget(m_compare);
    titleRow->addWidget(m_searchNotes);
    // Two rows: the patient's papers, then what is done with the chosen session. Six buttons
    // on one row were cut off in a narrow window, and in German at any width.
    auto* papers = new QHBoxLayout;
    papers->addWidget(m_leaflet);
    papers->addWidget(m_screening);
    papers->addWidget(m_consent);
    papers->addWidget(m_openings);
    papers->addStretch(1);
    auto* sessionButtons = new QHBoxLayout;
    sessionButtons->addStretch(1);
    sessionButtons->addWidget(m_open);
    sessionButtons->addWidget(m_new);
    auto* buttons = new QVBoxLayout;
    buttons->addLayout(papers);
    buttons->addLayout(sessionButtons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titleRow);
    layout->addWidget(m_alert);
    layout->addWidget(m_clearance);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, [this] {
        if (m_patientId > 0)
            Q_EMIT newSessionRequested(m_patientId);
    });
    connect(m_open, &QPushButton::clicked, this, &SessionHistoryPanel::openCurrent);
    connect(m_table, &QTableView::activated, this, &SessionHistoryPanel::openCurrent);
    connect(&context.notifier, &ChangeNotifier::changed, this, [this](const ChangeEvent& event) {
        if ((event.entity == ChangeEvent::Entity::Session
             || event.entity == ChangeEvent::Entity::Consent)
            && m_patientId > 0 && event.patientId == m_patientId)
            reload();
    });
    FocusOrder::followLayout(this);
    showPatient(0);
}

QToolButton* SessionHistoryPanel::leafletButton() const
{
    return m_leaflet;
}

void SessionHistoryPanel::showPatient(PatientId id)
{
    m_patientId = id;
    reload();
}

void SessionHistoryPanel::reload()
{
    const bool clinician = m_context.user.may(Permission::ClinicalRecord);
    m_alert->hide();
    m_new->setVisible(clinician);
    m_open->setVisible(clinician);
    m_screening->setVisible(clinician);
    m_consent->setVisible(clinician);
    m_openings->setVisible(clinician);
    m_openings->setEnabled(m_patientId > 0);
    m_new->setEnabled(m_patientId > 0);
    m_screening->setEnabled(m_patientId > 0);
    m_leaflet->setPatient(m_patientId);
    m_consent->setEnabled(m_patientId > 0);
    m_clearance->hide();
    m_compare->setVisible(clinician);
    m_compare->setEnabled(false);         // once there are two visits
    m_withdrawConsent->setEnabled(false); // only while a consent is in force
    if (clinician && m_patientId > 0) {
        if (auto clearance = m_context.consent.clearance(m_patientId, m_context.user)) {
            m_withdrawConsent->setEnabled(clearance->hasConsentInForce());
            QStringList lines;
            for (const NeedlingClearance::Reason& reason : clearance->blocks)
                lines << reason.message;
            if (clearance->isCleared())
                lines << tr("Cleared to needle (consent on leaflet version %1).")
                             .arg(clearance->leafletVersion);
            if (!clearance->warnings.isEmpty())
                lines << tr("Precautions: %1.").arg(clearance->warnings.join(QStringLiteral("; ")));
            m_clearance->setText(lines.join(QLatin1Char(' ')));
            m_clearance->setStyleSheet(Theme::labelStyleSheet(
                clearance->isCleared() ? Theme::Role::SuccessText : Theme::Role::AlertText));
            m_clearance->show();
        }
    }
    if (!clinician) {
        m_model->setSessions({});
        m_message->setText(tr("Treatment notes are shown to clinicians only."));
        m_pages->setCurrentIndex(MessagePage);
        return;
    }
    if (m_patientId <= 0) {
        m_model->setSessions({});
        m_message->setText(tr("Select a patient to see their treatment sessions."));
        m_pages->setCurrentIndex(MessagePage);
        m_open->setEnabled(false);
        return;
    }
    auto history = m_context.sessions.history(m_patientId, m_context.user);
    if (!history) {
        m_model->setSessions({});
        m_message->setText(history.error().message);
        m_pages->setCurrentIndex(MessagePage);
        return;
    }
    const bool empty = history->empty();
    QStringList serious;
    for (const SessionSummary& s : *history) {
        if (s.hasSeriousAdverseEvent)
            serious << DateText::format(s.treatedAt.toLocalTime().date());
    }
    m_alert->setText(tr("Alert: serious adverse event after the session of %1.")
                         .arg(serious.join(QStringLiteral(", "))));
    m_alert->setVisible(!serious.isEmpty());
    m_compare->setEnabled(history->size() >= 2);
    m_model->setSessions(std::move(*history));
    m_open->setEnabled(!empty);
    if (empty) {
        m_message->setText(tr("No sessions yet. \u201cNew session\u201d starts the first note."));
        m_pages->setCurrentIndex(MessagePage);
    } else {
        m_pages->setCurrentIndex(TablePage);
        m_table->selectRow(0);
    }
}

SessionId SessionHistoryPanel::currentSessionId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(SessionHistoryModel::SessionIdRole).toLongLong() : 0;
}

void SessionHistoryPanel::openCurrent()
{
    if (const SessionId id = currentSessionId(); id > 0)
        Q_EMIT openSessionRequested(id);
}

} // namespace needlechart
