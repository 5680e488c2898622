#pragma once

#include "needlechart/domain/bodymap/BodySide.h"
#include "needlechart/domain/bodymap/BodyView.h"
#include "needlechart/domain/bodymap/Muscle.h"
#include "needlechart/domain/consent/NeedlingClearance.h"
#include "needlechart/domain/session/PointTemplate.h"
#include "needlechart/domain/session/Session.h"
#include "needlechart/ui/common/UiContext.h"

#include <QMainWindow>

#include <optional>
#include <vector>

class QMenu;

namespace needlechart {

class MuscleHistoryDialog;

class AppointmentDialog;
class BeforeNeedlingDialog;
class SessionController;
class SessionEditor;
class SessionView;

// A window for one session note: the SessionView with an Edit menu (undo and redo of every
// change), a Session menu (save draft, sign, amend, delete) and a status bar (the muscle under
// the mouse, cautions, autosave). A draft saves itself a few seconds after each change and when
// the window closes; the title is marked modified ("[*]") while the undo stack is away from the
// last save. Opening a signed note shows it read-only with its amendments.
//
// Deletes itself when closed. Borrows the context, which must outlive it.
class SessionWindow : public QMainWindow {
    Q_OBJECT
public:
    SessionWindow(UiContext& context, Session session, QWidget* parent = nullptr);
    ~SessionWindow() override;

    // Opens a new draft for the patient, or the stored note `id`. Reports a failure through the
    // context's MessagePresenter and returns null.
    static SessionWindow* openNew(UiContext& context, PatientId patientId,
                                  QWidget* parent = nullptr);
    static SessionWindow* openExisting(UiContext& context, SessionId id, QWidget* parent = nullptr);

    [[nodiscard]] SessionEditor& editor() const { return *m_editor; }
    [[nodiscard]] SessionController& controller() const { return *m_controller; }
    [[nodiscard]] SessionView* view() const { return m_view; }

    // For a new note whose patient is not plainly cleared to needle (no consent, no current
    // screening, a contraindication, or precautions to keep in mind): opens the consent and
    // screening first, window-modal, where either can be recorded. "Not needling this visit"
    // marks the note so; "Don't start" closes the window without saving anything. Returns the
    // dialog, or null when the patient is cleared and the map is all there is to show.
    BeforeNeedlingDialog* reviewSafetyFirst();
    // Starts this draft from the patient's last signed note (CarryForward): its points, needle
    // sizes and other care, each marked until confirmed; one undo step. False (and said why in
    // the status bar) when there is nothing to copy or the draft already has points or needles.
    bool copyFromLastSession();
    // Every copied item made today's as it stands, or every one still unconfirmed removed; one
    // undo step each.
    void confirmCarried();
    void removeCarried();
    // The clinician's point-set templates: this note's points saved as one (its name asked;
    // a template of that name is replaced), one applied (its points added, marked "from a
    // template", one undo step), one deleted after confirming. Each returns whether it was done.
    bool savePointsAsTemplate();
    bool applyTemplate(PointTemplateId id);
    bool deleteTemplate(PointTemplateId id);
    // The menu of templates (rebuilt each time it opens), in the Session menu and the toolbar.
    [[nodiscard]] QMenu* templatesMenu() const { return m_templatesMenu; }
    void sign();
    void addAmendment();
    void deleteDraft();
    // The note's session summary (SessionDocuments): a draft with unsaved changes is saved
    // first, so the paper shows what the window shows; nothing is printed if that save fails.
    void printSummary();
    // Every time the patient's muscle on that side was needled (MuscleHistoryDialog, modeless).
    MuscleHistoryDialog* showMuscleHistory(const MuscleId& muscleId, BodySide side);
    void previewSummary();
    void saveSummaryPdf();
    // Opens the screening or consent dialog for the note's patient (window-modal).
    void recordScreening();
    // Proposes the note's follow-up: the next free slot with the same clinician after the
    // recommended interval, in the booking dialog (one click books it). Returns the dialog.
    AppointmentDialog* bookFollowUp();
    void recordConsent();
    // Asks for the name of a place the catalogue does not name and marks it there (the map's
    // "Mark another site here…"). The new point's key, or 0 if the person cancelled.
    TriggerPointKey markOtherSite(BodyView view, QPointF normalised, BodySide side);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void reloadChart();
    // A change announced while this window is mid-save (a draft's first save announces itself
    // before the editor has adopted its new id) is read once the save has finished.
    void reloadChartSoon();
    // The papers given for this note (the after-care sheet, letters), under its form.
    void reloadPapers();
    void reloadNextBooking();
    // The precautions from the screening that bear on the sites needled, in the header, with
    // the clearance (never plainly green while one is unacknowledged).
    void showSitePrecautions();
    // Says in the status bar which precautions bear on the point just placed.
    void warnOfSitePrecautions(TriggerPointKey key);
    void updateTitle();
    void rebuildTemplatesMenu();
    // Saves a draft's unsaved changes before it goes on paper; false if it is not stored.
    bool readyForPaper();

    UiContext& m_context;
    SessionEditor* m_editor;
    SessionController* m_controller;
    SessionView* m_view;
    bool m_deleted = false;
    bool m_chartReloadQueued = false;
    std::optional<NeedlingClearance> m_clearance; // read with the chart, for a draft
    QString m_patientName;
    QMenu* m_templatesMenu = nullptr;
    std::vector<PointTemplate> m_templates; // as read when the menu last opened
};

} // namespace needlechart
