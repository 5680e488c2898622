#include "needlechart/ui/session/SessionWindow.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/domain/consent/NeedlingClearance.h"
#include "needlechart/domain/session/CarryForward.h"
#include "needlechart/domain/session/SitePrecautions.h"
#include "needlechart/services/accounts/AccountService.h"
#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/consent/ConsentService.h"
#include "needlechart/services/documents/DocumentService.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/ui/appointments/AppointmentDialog.h"
#include "needlechart/ui/bodymap/BodyMapView.h"
#include "needlechart/ui/bodymap/BodyMapWidget.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/consent/BeforeNeedlingDialog.h"
#include "needlechart/ui/consent/ConsentDialog.h"
#include "needlechart/ui/consent/ScreeningDialog.h"
#include "needlechart/ui/documents/LetterDialog.h"
#include "needlechart/ui/outcomes/OutcomeEntryDialog.h"
#include "needlechart/ui/paper/SessionDocuments.h"
#include "needlechart/ui/session/AmendmentDialog.h"
#include "needlechart/ui/session/MuscleHistoryDialog.h"
#include "needlechart/ui/session/SessionController.h"
#include "needlechart/ui/session/SessionEditor.h"
#include "needlechart/ui/session/SessionHeader.h"
#include "needlechart/ui/session/SessionView.h"

#include "common/FocusOrder.h"
#include "common/StandardShortcuts.h"

#include <QAction>
#include <QCloseEvent>
#include <QLocale>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace needlechart {

SessionWindow::SessionWindow(UiContext& context, Session session, QWidget* parent)
    : QMainWindow(parent),
      m_context(context),
      m_editor(new SessionEditor(std::move(session), this)),
      m_controller(new SessionController(context.sessions, *m_editor, context.user, this)),
      m_view(new SessionView(*m_editor, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("sessionWindow"));
    setCentralWidget(m_view);
    resize(1440, 900);

    QUndoStack& undo = m_editor->undoStack();
    QAction* undoAction = undo.createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction* redoAction = undo.createRedoAction(this, tr("&Redo"));
    redoAction->setShortcuts(StandardShortcuts::redo());
    auto* saveAction = new QAction(tr("&Save draft"), this);
    saveAction->setShortcut(QKeySequence::Save);
    auto* signAction = new QAction(tr("Si&gn note\u2026"), this);
    signAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    auto* amendAction = new QAction(tr("&Add amendment\u2026"), this);
    auto* copyAction = new QAction(tr("Start from the &last session"), this);
    copyAction->setToolTip(tr("Copy the last signed note's points, needle sizes and other care, "
                              "each marked until confirmed"));
    auto* deleteAction = new QAction(tr("&Delete draft\u2026"), this);
    auto* printAction = new QAction(tr("&Print note\u2026"), this);
    printAction->setShortcut(QKeySequence::Print);
    printAction->setObjectName(QStringLiteral("printNoteAction"));
    auto* previewAction = new QAction(tr("Print pre&view\u2026"), this);
    auto* pdfAction = new QAction(tr("Save note as PD&F\u2026"), this);
    auto* aftercareAction = new QAction(tr("Print after-care advice s&heet\u2026"), this);
    aftercareAction->setObjectName(QStringLiteral("printAftercareAction"));
    aftercareAction->setToolTip(tr("Print the sheet for the patient to take home; the note's "
                                   "record shows it was given, with its version"));
    auto* packAction = new QAction(tr("Print &visit pack\u2026"), this);
    packAction->setObjectName(QStringLiteral("printPackAction"));
    packAction->setToolTip(tr("The note, the after-care advice sheet and any letter written for "
                              "this visit, in one print"));
    auto* psfsAction = new QAction(tr("Score functional scale (PS&FS)\u2026"), this);
    psfsAction->setObjectName(QStringLiteral("scorePsfsAction"));
    auto* letterAction = new QAction(tr("&Write letter\u2026"), this);
    letterAction->setObjectName(QStringLiteral("writeLetterAction"));
    auto* closeAction = new QAction(tr("&Close"), this);
    closeAction->setShortcut(QKeySequence::Close);

    QMenu* sessionMenu = menuBar()->addMenu(tr("&Session"));
    sessionMenu->addAction(saveAction);
    sessionMenu->addAction(signAction);
    sessionMenu->addAction(amendAction);
    sessionMenu->addSeparator();
    sessionMenu->addAction(copyAction);
    m_templatesMenu = sessionMenu->addMenu(tr("Point &templates"));
    m_templatesMenu->setObjectName(QStringLiteral("templatesMenu"));
    connect(m_templatesMenu, &QMenu::aboutToShow, this, &SessionWindow::rebuildTemplatesMenu);
    sessionMenu->addSeparator();
    sessionMenu->addAction(deleteAction);
    sessionMenu->addSeparator();
    sessionMenu->addAction(printAction);
    sessionMenu->addAction(previewAction);
    sessionMenu->addAction(pdfAction);
    sessionMenu->addSeparator();
    sessionMenu->addAction(psfsAction);
    sessionMenu->addAction(aftercareAction);
    sessionMenu->addAction(letterAction);
    sessionMenu->addAction(packAction);
    sessionMenu->addSeparator();
    sessionMenu->addAction(closeAction);
    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    QToolBar* tools = addToolBar(tr("Session"));
    tools->setObjectName(QStringLiteral("sessionToolBar"));
    tools->setMovable(false);
    tools->addAction(undoAction);
    tools->addAction(redoAction);
    tools->addSeparator();
    tools->addAction(m_templatesMenu->menuAction());
    if (auto* button =
            qobject_cast<QToolButton*>(tools->widgetForAction(m_templatesMenu->menuAction())))
        button->setPopupMode(QToolButton::InstantPopup);

    auto updateActions = [this, saveAction, signAction, amendAction, deleteAction, copyAction] {
        const bool draft = !m_editor->isReadOnly();
        copyAction->setEnabled(draft && CarryForward::canCarryInto(m_editor->session()));
        saveAction->setEnabled(draft);
        signAction->setEnabled(draft);
        deleteAction->setEnabled(draft);
        amendAction->setEnabled(!draft);
    };
    updateActions();
    connect(m_editor, &SessionEditor::changed, this, updateActions);

    connect(saveAction, &QAction::triggered, m_controller, &SessionController::saveDraft);
    connect(signAction, &QAction::triggered, this, &SessionWindow::sign);
    connect(amendAction, &QAction::triggered, this, &SessionWindow::addAmendment);
    connect(copyAction, &QAction::triggered, this, &SessionWindow::copyFromLastSession);
    connect(deleteAction, &QAction::triggered, this, &SessionWindow::deleteDraft);
    connect(printAction, &QAction::triggered, this, &SessionWindow::printSummary);
    connect(previewAction, &QAction::triggered, this, &SessionWindow::previewSummary);
    connect(pdfAction, &QAction::triggered, this, &SessionWindow::saveSummaryPdf);
    connect(aftercareAction, &QAction::triggered, this, [this] {
        if (readyForPaper())
            SessionDocuments(m_context).printAftercareSheet(m_editor->session().id, this);
    });
    connect(packAction, &QAction::triggered, this, [this] {
        if (readyForPaper())
            SessionDocuments(m_context).printPack(m_editor->session().id, this);
    });
    connect(psfsAction, &QAction::triggered, this, [this] {
        // Scored at this visit: the note is saved first so the score can name it.
        if (!readyForPaper())
            return;
        auto* dialog = new OutcomeEntryDialog(m_context, m_editor->session().patientId,
                                              m_editor->session().id, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(letterAction, &QAction::triggered, this, [this] {
        if (!readyForPaper())
            return;
        auto* dialog = new LetterDialog(m_context, m_editor->session().patientId,
                                        m_editor->session().id, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    connect(m_view, &SessionView::saveRequested, m_controller, &SessionController::saveDraft);
    connect(m_view, &SessionView::signRequested, this, &SessionWindow::sign);
    connect(m_view, &SessionView::amendRequested, this, &SessionWindow::addAmendment);
    connect(m_view, &SessionView::deleteRequested, this, &SessionWindow::deleteDraft);
    connect(m_view, &SessionView::screeningRequested, this, &SessionWindow::recordScreening);
    connect(m_view, &SessionView::consentRequested, this, &SessionWindow::recordConsent);
    connect(m_view, &SessionView::followUpRequested, this, &SessionWindow::bookFollowUp);
    connect(m_view, &SessionView::otherSiteRequested, this, &SessionWindow::markOtherSite);
    connect(m_view, &SessionView::muscleHistoryRequested, this, &SessionWindow::showMuscleHistory);
    connect(m_view, &SessionView::copyLastSessionRequested, this,
            &SessionWindow::copyFromLastSession);
    connect(m_view, &SessionView::confirmCarriedRequested, this, &SessionWindow::confirmCarried);
    connect(m_view, &SessionView::removeCarriedRequested, this, &SessionWindow::removeCarried);
    connect(m_view, &SessionView::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_controller, &SessionController::status, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_controller, &SessionController::problemsFound, m_view, &SessionView::showProblems);
    connect(m_controller, &SessionController::failed, this,
            [this](const QString& title, const QString& text) {
                m_context.messages.warning(this, title, text);
            });
    connect(m_controller, &SessionController::deleted, this, [this] {
        m_deleted = true;
        close();
    });
    // Precautions from the screening that bear on the sites needled: said on placement, listed
    // in the header to acknowledge, and kept up to date with every edit.
    // Connected after the map's own caution message for the muscle, so this one is said last.
    connect(&m_editor->pointEditor(), &TriggerPointEditor::pointPlaced, this,
            &SessionWindow::warnOfSitePrecautions);
    connect(m_editor, &SessionEditor::changed, this, &SessionWindow::showSitePrecautions);
    connect(m_view->header(), &SessionHeader::precautionAcknowledged, this,
            [this](const QString& key, bool on) {
                m_editor->edit(SessionFields::Precautions, [&](Session& s) {
                    s.acknowledgedPrecautions.removeAll(key);
                    if (on)
                        s.acknowledgedPrecautions.append(key);
                });
                m_editor->finishEdit();
            });
    connect(m_editor, &SessionEditor::saved, this, [this, updateActions] {
        updateActions();
        updateTitle();
    });
    // The title's "[*]" follows the undo stack: set by an edit, cleared when a save (an autosave
    // too) marks the stack clean, and cleared again by undoing back to the saved note.
    connect(&undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    connect(&m_context.notifier, &ChangeNotifier::changed, this, [this](const ChangeEvent& event) {
        if ((event.entity == ChangeEvent::Entity::Session
             || event.entity == ChangeEvent::Entity::Consent)
            && event.patientId == m_editor->session().patientId)
            reloadChartSoon();
        if (event.entity == ChangeEvent::Entity::Document
            && (event.patientId == m_editor->session().patientId || event.remote))
            reloadPapers();
        if (event.entity == ChangeEvent::Entity::Appointment
            && (event.patientId == m_editor->session().patientId || event.remote))
            reloadNextBooking();
        // This very note, saved or signed at another workstation: this window's next save would
        // be refused as a conflict (with the form kept), so say so now.
        const SessionId open = m_editor->session().id;
        if (event.remote && event.entity == ChangeEvent::Entity::Session && open > 0
            && event.ids.contains(open)) {
            const QString message =
                tr("This note was changed at another workstation. Saving here will be refused; "
                   "copy what you need, close this window and open the note again.");
            statusBar()->showMessage(message);
            m_context.messages.warning(this, tr("Note changed elsewhere"), message);
        }
    });

    if (auto patient = m_context.patients.get(m_editor->session().patientId, m_context.user)) {
        m_view->showPatient(*patient, m_context.patients.clock().today());
        m_patientName = patient->fullName(); // as the patient signs a form
    }
    reloadChart();
    reloadPapers();
    reloadNextBooking();
    m_view->bodyMap()->showViewWithMostPoints();
    updateTitle();
    setWindowModified(!undo.isClean());
    FocusOrder::followLayout(this);
    statusBar()->showMessage(
        m_editor->isReadOnly()
            ? tr("This note is signed and read-only. Corrections are amendments.")
            : tr("Click a muscle on the map to mark a trigger point."));
}

SessionWindow::~SessionWindow() = default;

SessionWindow* SessionWindow::openNew(UiContext& context, PatientId patientId, QWidget* parent)
{
    auto session = context.sessions.startSession(patientId, context.user);
    if (!session) {
        context.messages.warning(parent, tr("Cannot start a session"), session.error().message);
        return nullptr;
    }
    return new SessionWindow(context, std::move(*session), parent);
}

SessionWindow* SessionWindow::openExisting(UiContext& context, SessionId id, QWidget* parent)
{
    auto session = context.sessions.get(id, context.user);
    if (!session) {
        context.messages.warning(parent, tr("Cannot open the note"), session.error().message);
        return nullptr;
    }
    return new SessionWindow(context, std::move(*session), parent);
}

void SessionWindow::reloadNextBooking()
{
    if (!m_context.user.may(Permission::AppointmentBook))
        return;
    auto bookings = m_context.appointments.bookingsOf(
        m_editor->session().patientId, m_context.patients.clock().nowUtc(), m_context.user);
    if (!bookings)
        return; // the book is for booking: a note does not fail for it
    const auto next = std::find_if(bookings->upcoming.begin(), bookings->upcoming.end(),
                                   [](const Appointment& a) { return a.holdsTime(); });
    if (next == bookings->upcoming.end()) {
        m_view->showNextBooking(tr("No appointment booked."));
        return;
    }
    auto entries = m_context.appointments.entries({*next}, m_context.user);
    const QString who = entries && !entries->empty() ? entries->front().clinicianName : QString();
    const QString when = DateText::shortWeekday(next->start.toLocalTime().date()) + QLatin1Char(' ')
                         + DateText::formatDateTime(next->start);
    m_view->showNextBooking(
        who.isEmpty() ? tr("Next appointment: %1.").arg(when)
                      : tr("Next appointment: %1 with %2.").arg(when, DisplayText::isolate(who)));
}

void SessionWindow::reloadPapers()
{
    const SessionId id = m_editor->session().id;
    QStringList lines;
    if (id > 0) {
        auto papers = m_context.documents.documentsOfSession(id, m_context.user);
        if (!papers) {
            statusBar()->showMessage(tr("The papers given for this note could not be read: %1")
                                         .arg(papers.error().message));
            return;
        }
        for (const PatientDocument& d : *papers)
            lines << (isLetter(d.kind)
                          ? tr("%1 to %2, %3 %4 by %5")
                                .arg(enumLabel(d.kind), d.recipient, deliveryPhrase(d.delivery),
                                     DateText::formatDateTime(d.createdAt), d.createdBy)
                          : tr("%1, version %2, %3 %4 by %5")
                                .arg(enumLabel(d.kind))
                                .arg(d.templateVersion)
                                .arg(deliveryPhrase(d.delivery),
                                     DateText::formatDateTime(d.createdAt), d.createdBy));
    }
    m_view->showPapers(lines);
}

void SessionWindow::reloadChartSoon()
{
    if (m_chartReloadQueued)
        return;
    m_chartReloadQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_chartReloadQueued = false;
            if (isVisible()) // a window closed meanwhile shows nothing more
                reloadChart();
        },
        Qt::QueuedConnection);
}

void SessionWindow::reloadChart()
{
    auto chart = m_context.sessions.chart(m_editor->session().patientId, m_editor->session(),
                                          m_context.user);
    if (!chart) {
        statusBar()->showMessage(
            tr("Earlier sessions could not be read: %1").arg(chart.error().message));
        return;
    }
    m_view->showChart(*chart);
    // A signed note stands on what it relied on; a draft shows whether it can be signed now.
    if (!m_editor->isReadOnly()) {
        if (auto clearance =
                m_context.consent.clearance(m_editor->session().patientId, m_context.user)) {
            m_clearance = *clearance;
            m_view->bodyMap()->setEmphasisedCautions(clearance->concerns);
        }
        showSitePrecautions();
        m_controller->recheckProblems();
    }
}

AppointmentDialog* SessionWindow::bookFollowUp()
{
    auto proposal = m_context.appointments.proposeFollowUp(m_editor->session(), m_context.user);
    if (!proposal) {
        m_context.messages.information(this, tr("Book follow-up"), proposal.error().message);
        return nullptr;
    }
    auto* dialog = new AppointmentDialog(m_context, m_context.appointments, proposal->clinicians,
                                         proposal->appointment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // Said once booked, and it stays in the status bar until something else is said.
    const std::vector<Clinician> clinicians = proposal->clinicians;
    connect(dialog, &AppointmentDialog::saved, this, [this, clinicians](const Appointment& booked) {
        const auto who =
            std::find_if(clinicians.begin(), clinicians.end(),
                         [&](const Clinician& c) { return c.id == booked.clinicianId; });
        statusBar()->showMessage(
            tr("Follow-up booked: %1 with %2.")
                .arg(DateText::formatDateTime(booked.start),
                     who == clinicians.end() ? tr("the clinician chosen") : who->name));
    });
    dialog->show();
    QString proposed = proposal->intervalDays
                           ? tr("Proposed: the first free time %1 days after this treatment.")
                                 .arg(*proposal->intervalDays)
                           : tr("The note names no interval: proposed in 7 days.");
    if (proposal->appointment.clinicianId == 0)
        proposed += QLatin1Char(' ')
                    + tr("No clinician in the appointment book is %1: choose who sees the patient.")
                          .arg(m_editor->session().clinician);
    statusBar()->showMessage(proposed);
    return dialog;
}

bool SessionWindow::copyFromLastSession()
{
    const Session& draft = m_editor->session();
    if (m_editor->isReadOnly() || !CarryForward::canCarryInto(draft)) {
        statusBar()->showMessage(tr("Only a draft with no points or needles yet can start from "
                                    "the last session."));
        return false;
    }
    auto previous = m_context.sessions.lastSignedBefore(draft.patientId, draft, m_context.user);
    if (!previous) {
        m_context.messages.warning(this, tr("Start from the last session"),
                                   previous.error().message);
        return false;
    }
    if (!previous->has_value()) {
        statusBar()->showMessage(tr("This patient has no signed note to start from."));
        return false;
    }
    const Session& last = **previous;
    const CarryForward::Items items = CarryForward::from(last);
    if (items.isEmpty()) {
        statusBar()->showMessage(tr("The last note has no points, needles or other care to copy."));
        return false;
    }
    QUndoStack& undo = m_editor->undoStack();
    undo.beginMacro(tr("Start from the last session"));
    for (const TriggerPoint& point : items.points)
        m_editor->pointEditor().addCarried(point);
    m_editor->edit(SessionFields::Needles, [&](Session& s) {
        s.needles.append(items.needles);
        s.otherCare.append(CarryForward::careToAdd(s, items.care));
    });
    m_editor->finishEdit();
    undo.endMacro();
    m_view->bodyMap()->showViewWithMostPoints();
    statusBar()->showMessage(
        tr("Copied from the note of %1: %2 points, %3 needle rows and %4 kinds of other care, in "
           "italics until you record today's findings or confirm them.")
            .arg(DateText::format(last.treatedAt.toLocalTime().date()))
            .arg(items.points.size())
            .arg(items.needles.size())
            .arg(items.care.size()));
    return true;
}

void SessionWindow::confirmCarried()
{
    if (m_editor->isReadOnly() || CarryForward::unconfirmedCount(m_editor->session()) == 0)
        return;
    QUndoStack& undo = m_editor->undoStack();
    undo.beginMacro(tr("Confirm the copied items"));
    for (const TriggerPointKey key : CarryForward::unconfirmedPointKeys(m_editor->session()))
        m_editor->pointEditor().confirmPoint(key);
    m_editor->edit(SessionFields::Needles, [](Session& s) { CarryForward::confirmAll(s); });
    m_editor->finishEdit();
    undo.endMacro();
    statusBar()->showMessage(tr("Every copied item is now recorded as done today."));
}

void SessionWindow::removeCarried()
{
    if (m_editor->isReadOnly() || CarryForward::unconfirmedCount(m_editor->session()) == 0)
        return;
    QUndoStack& undo = m_editor->undoStack();
    undo.beginMacro(tr("Remove the unconfirmed copies"));
    for (const TriggerPointKey key : CarryForward::unconfirmedPointKeys(m_editor->session()))
        m_editor->pointEditor().removePoint(key);
    m_editor->edit(SessionFields::Needles,
                   [](Session& s) { CarryForward::removeUnconfirmedRows(s); });
    m_editor->finishEdit();
    undo.endMacro();
    statusBar()->showMessage(tr("The copies not confirmed were removed."));
}

MuscleHistoryDialog* SessionWindow::showMuscleHistory(const MuscleId& muscleId, BodySide side)
{
    auto* dialog =
        new MuscleHistoryDialog(m_context, m_editor->session().patientId, muscleId, side, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

bool SessionWindow::readyForPaper()
{
    if (!m_editor->isReadOnly()
        && (m_editor->hasUnsavedChanges() || !m_editor->session().isStored()))
        return m_controller->saveDraft() && m_editor->session().isStored();
    return m_editor->session().isStored();
}

void SessionWindow::printSummary()
{
    if (readyForPaper())
        SessionDocuments(m_context).printSummary(m_editor->session().id, this);
}

void SessionWindow::previewSummary()
{
    if (readyForPaper())
        SessionDocuments(m_context).previewSummary(m_editor->session().id, this);
}

void SessionWindow::saveSummaryPdf()
{
    if (readyForPaper())
        SessionDocuments(m_context).saveSummaryPdf(m_editor->session().id, this);
}

void SessionWindow::rebuildTemplatesMenu()
{
    m_templatesMenu->clear();
    auto templates = m_context.sessions.templates(m_context.user);
    m_templates = templates ? std::move(*templates) : std::vector<PointTemplate>();
    const bool draft = !m_editor->isReadOnly();
    if (!templates) {
        m_templatesMenu->addAction(tr("Templates could not be read"))->setEnabled(false);
    } else if (m_templates.empty()) {
        m_templatesMenu->addAction(tr("No templates yet: mark points, then save them as one"))
            ->setEnabled(false);
    }
    for (const PointTemplate& t : m_templates) {
        QAction* apply = m_templatesMenu->addAction(
            tr("Apply \u201c%1\u201d (%n points)", nullptr, int(t.points.size())).arg(t.name));
        apply->setEnabled(draft);
        const PointTemplateId id = t.id;
        connect(apply, &QAction::triggered, this, [this, id] { applyTemplate(id); });
    }
    m_templatesMenu->addSeparator();
    QAction* save = m_templatesMenu->addAction(tr("&Save these points as a template\u2026"));
    save->setEnabled(!m_editor->session().points.isEmpty());
    connect(save, &QAction::triggered, this, &SessionWindow::savePointsAsTemplate);
    if (!m_templates.empty()) {
        QMenu* remove = m_templatesMenu->addMenu(tr("&Delete a template"));
        for (const PointTemplate& t : m_templates) {
            const PointTemplateId id = t.id;
            connect(remove->addAction(t.name), &QAction::triggered, this,
                    [this, id] { deleteTemplate(id); });
        }
    }
}

bool SessionWindow::savePointsAsTemplate()
{
    const QList<TriggerPoint>& points = m_editor->session().points.points();
    if (points.isEmpty())
        return false;
    const std::optional<QString> name = m_context.messages.askText(
        this, tr("Save as a template"),
        tr("Name the template (for example \"Neck and shoulder\"). It keeps the %n points' places, "
           "technique and depth, not what was found; a template of the same name is replaced.",
           nullptr, int(points.size())));
    if (!name)
        return false;
    auto saved = m_context.sessions.saveTemplate(*name, points, m_context.user);
    if (!saved) {
        m_context.messages.warning(this, tr("Save as a template"), saved.error().message);
        return false;
    }
    statusBar()->showMessage(
        tr("Template \u201c%1\u201d saved with %n points.", nullptr, int(saved->points.size()))
            .arg(saved->name));
    return true;
}

bool SessionWindow::applyTemplate(PointTemplateId id)
{
    if (m_editor->isReadOnly())
        return false;
    if (m_templates.empty()) {
        if (auto templates = m_context.sessions.templates(m_context.user))
            m_templates = std::move(*templates);
    }
    const auto found = std::find_if(m_templates.begin(), m_templates.end(),
                                    [id](const PointTemplate& t) { return t.id == id; });
    if (found == m_templates.end())
        return false;
    const QList<TriggerPoint> adding = found->pointsToApply(m_editor->session().points.points());
    if (adding.isEmpty()) {
        statusBar()->showMessage(
            tr("Every point of \u201c%1\u201d is already in this note.").arg(found->name));
        return false;
    }
    QUndoStack& undo = m_editor->undoStack();
    undo.beginMacro(tr("Apply template %1").arg(found->name));
    for (const TriggerPoint& point : adding)
        m_editor->pointEditor().addCarried(point);
    undo.endMacro();
    m_view->bodyMap()->showViewWithMostPoints();
    const qsizetype skipped = found->points.size() - adding.size();
    QString message = adding.size() == 1
                          ? tr("Applied \u201c%1\u201d: 1 point in italics until you record what "
                               "you find or confirm it.")
                                .arg(found->name)
                          : tr("Applied \u201c%1\u201d: %2 points in italics until you record "
                               "what you find or confirm them.")
                                .arg(found->name)
                                .arg(adding.size());
    if (skipped > 0)
        message += QLatin1Char(' ')
                   + (skipped == 1 ? tr("1 was already in the note.")
                                   : tr("%1 were already in the note.").arg(skipped));
    statusBar()->showMessage(message);
    return true;
}

bool SessionWindow::deleteTemplate(PointTemplateId id)
{
    const auto found = std::find_if(m_templates.begin(), m_templates.end(),
                                    [id](const PointTemplate& t) { return t.id == id; });
    const QString name = found == m_templates.end() ? QString() : found->name;
    if (!m_context.messages.question(this, tr("Delete a template"),
                                     tr("Delete the template \u201c%1\u201d? Notes it was applied "
                                        "to keep their points.")
                                         .arg(name)))
        return false;
    if (Status removed = m_context.sessions.deleteTemplate(id, m_context.user); !removed) {
        m_context.messages.warning(this, tr("Delete a template"), removed.error().message);
        return false;
    }
    if (found != m_templates.end())
        m_templates.erase(found);
    statusBar()->showMessage(tr("Template \u201c%1\u201d deleted.").arg(name));
    return true;
}

BeforeNeedlingDialog* SessionWindow::reviewSafetyFirst()
{
    if (m_editor->isReadOnly() || m_editor->session().isStored() || !m_clearance
        || !m_clearance->needsReviewBeforeNeedling())
        return nullptr;
    auto* dialog =
        new BeforeNeedlingDialog(m_context, m_editor->session().patientId, m_patientName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result == BeforeNeedlingDialog::NotNeedled) {
            m_editor->edit(SessionFields::NotNeedled, [](Session& s) { s.notNeedled = true; });
            m_editor->finishEdit();
            m_view->goToField(SessionFields::NotNeedled);
            statusBar()->showMessage(tr("Not needled this visit: say why, then chart the care "
                                        "given."));
        } else if (result == QDialog::Rejected) {
            // Nothing typed yet, so nothing is saved: the session simply does not start.
            close();
        }
    });
    dialog->show();
    return dialog;
}

void SessionWindow::showSitePrecautions()
{
    if (!m_clearance)
        return;
    const Session& s = m_editor->session();
    const QList<SitePrecaution> found = SitePrecautions::check(
        m_clearance->precautions, s.points.points(), m_context.sessions.catalogue());
    const auto open = SitePrecautions::unacknowledged(found, s.acknowledgedPrecautions);
    m_view->header()->showClearance(*m_clearance, int(open.size()));
    m_view->header()->showSitePrecautions(found, s.acknowledgedPrecautions, m_editor->isReadOnly());
}

void SessionWindow::warnOfSitePrecautions(TriggerPointKey key)
{
    const TriggerPoint* point = m_editor->session().points.find(key);
    if (!m_clearance || !point)
        return;
    const QList<SitePrecaution> found =
        SitePrecautions::check(m_clearance->precautions, {*point}, m_context.sessions.catalogue());
    if (found.isEmpty())
        return;
    QStringList messages;
    for (const SitePrecaution& p : found)
        messages << p.message;
    // Said where the eye is (the status bar) and kept in the header until acknowledged.
    statusBar()->showMessage(
        tr("Precaution: %1 Acknowledge it before signing.").arg(messages.join(QLatin1Char(' '))));
}

TriggerPointKey SessionWindow::markOtherSite(BodyView view, QPointF normalised, BodySide side)
{
    const std::optional<QString> name = m_context.messages.askText(
        this, tr("Mark another site"),
        tr("Name the place, as it should read in the note (for example \"Plantar fascia\" or "
           "\"Scar, lateral knee\"). Side: %1.")
            .arg(DisplayText::inSentence(bodySideLabel(side))));
    if (!name || name->trimmed().isEmpty())
        return 0;
    const TriggerPointKey key = m_editor->pointEditor().addOtherSite(view, *name, side, normalised);
    m_view->bodyMap()->map(view).setSelectedPoint(key);
    return key;
}

void SessionWindow::recordScreening()
{
    auto* dialog = new ScreeningDialog(m_context.consent, m_editor->session().patientId,
                                       m_patientName, m_context.user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

void SessionWindow::recordConsent()
{
    auto* dialog =
        new ConsentDialog(m_context.consent, m_context.clinic, m_editor->session().patientId,
                          m_patientName, m_context.user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

void SessionWindow::updateTitle()
{
    const Session& s = m_editor->session();
    const QString when = DateText::formatDateTime(s.treatedAt);
    // "[*]" is where Qt shows the modified mark; a signed note is never modified.
    setWindowTitle(s.isSigned() ? tr("Session %1 (signed) \u2014 NeedleChart").arg(when)
                                : tr("Session %1 (draft)[*] \u2014 NeedleChart").arg(when));
}

void SessionWindow::sign()
{
    if (m_editor->isReadOnly())
        return;
    // Checked first: nobody confirms signing a note that cannot be signed.
    if (!m_controller->checkSignable())
        return;
    QString text = tr("Signing locks this note for good. Later corrections will be amendments, "
                      "shown with the original.");
    // Warned ahead of the day it runs out (AccountService says what is recorded).
    if (auto own = m_context.accounts.ownAccount(m_context.user);
        own && own->needling.runsOutSoon(m_context.sessions.clock().today()))
        text += QStringLiteral("\n\n")
                + tr("Your authorisation to practise dry needling runs out on %1.")
                      .arg(DateText::format(own->needling.expiresOn));
    text += QStringLiteral("\n\n")
            + tr("Type your password to sign as %1.").arg(m_context.user.displayName);
    const std::optional<QString> password =
        m_context.messages.askPassword(this, tr("Sign this note?"), text);
    if (!password)
        return;
    m_controller->sign(*password);
}

void SessionWindow::addAmendment()
{
    if (!m_editor->isReadOnly())
        return;
    auto* dialog = new AmendmentDialog(
        [this](const QString& reason, const QString& text, bool* ok) {
            // Amending is signing a correction: the author's password again.
            const std::optional<QString> password =
                m_context.messages.askPassword(this, tr("Add this amendment?"),
                                               tr("Type your password to add the amendment as %1.")
                                                   .arg(m_context.user.displayName));
            if (!password) {
                *ok = false;
                return Error{}; // cancelled: the dialog stays open as it was
            }
            return m_controller->amend(reason, text, *password, ok);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

void SessionWindow::deleteDraft()
{
    if (m_editor->isReadOnly())
        return;
    if (!m_context.messages.question(this, tr("Delete this draft?"),
                                     tr("The draft and everything charted in it will be deleted. "
                                        "This cannot be undone.")))
        return;
    m_controller->deleteDraft();
}

void SessionWindow::closeEvent(QCloseEvent* event)
{
    if (!m_deleted && !m_editor->isReadOnly() && !m_controller->saveDraft()) {
        if (!m_context.messages.question(this, tr("Close without saving?"),
                                         tr("The latest changes to this draft could not be saved. "
                                            "Close anyway and lose them?"))) {
            event->ignore();
            return;
        }
    }
    spdlog::info("session window for session {} closed", m_editor->session().id);
    QMainWindow::closeEvent(event);
}

} // namespace needlechart
