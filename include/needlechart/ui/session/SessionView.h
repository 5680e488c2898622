#pragma once

#include "needlechart/domain/bodymap/BodySide.h"
#include "needlechart/domain/bodymap/BodyView.h"
#include "needlechart/domain/bodymap/Muscle.h"
#include "needlechart/domain/common/Error.h"
#include "needlechart/domain/patients/Patient.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTabWidget;

namespace needlechart {

class AdverseEventsSection;
class AfterCareSection;
class AmendmentsPanel;
class BodyMapView;
class MusclePicker;
class NeedlesSection;
class PainDrawingPanel;
class PointTableModel;
class SessionDetailsSection;
class CarriedItemsBar;
class SessionEditor;
class SessionHeader;
class SessionSection;
struct SessionChart;

// The physiotherapist's charting screen, composed of focused parts: the header; the body map
// (front and back, today's points and, ghosted, the previous session's) with, in tabs under
// it, the keyboard muscle list and the patient's pain drawing (shading on its own layer, with
// the candidate muscles it suggests); the point table (selecting a row selects the point on the map
// and back); the form sections; the amendments of a signed note; and the buttons. Every edit goes
// through the SessionEditor. The buttons only emit requests: the window decides what they do.
class SessionView : public QWidget {
    Q_OBJECT
public:
    explicit SessionView(SessionEditor& editor, QWidget* parent = nullptr);

    void showPatient(const Patient& patient, QDate today);
    void showChart(const SessionChart& chart);
    // The papers given or sent for this visit, one line each ("After-care advice sheet,
    // version 1, printed 04/12/2026 10:12 by Alex Morgan"); none: the line says so.
    void showPapers(const QStringList& lines);
    // Beside "Book follow-up…": the patient's next booking ("Next appointment: …"), or that
    // none is booked. Kept until replaced, so a booking made here is confirmed where it was made.
    void showNextBooking(const QString& text);
    [[nodiscard]] QLabel* papersLabel() const { return m_papers; }
    // Lists why the note cannot be signed (empty hides the list); clicking one goes to its field.
    void showProblems(const QList<FieldError>& problems);
    // Shows and focuses the widget that edits `field` (a SessionFields name); for consent and
    // screening, asks for their dialogs.
    void goToField(const QString& field);

    [[nodiscard]] SessionHeader* header() const { return m_header; }
    [[nodiscard]] CarriedItemsBar* carriedItemsBar() const { return m_carried; }
    [[nodiscard]] BodyMapView* bodyMap() const { return m_bodyMap; }
    [[nodiscard]] PainDrawingPanel* painDrawing() const { return m_pain; }
    // Under the map: the muscle list (marking points) and the pain drawing (shading).
    [[nodiscard]] QTabWidget* mapTabs() const { return m_mapTabs; }
    [[nodiscard]] QTableView* pointTable() const { return m_pointTable; }
    [[nodiscard]] PointTableModel* pointModel() const { return m_pointModel; }
    [[nodiscard]] QListWidget* problemList() const { return m_problems; }
    [[nodiscard]] AmendmentsPanel* amendments() const { return m_amendments; }
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QPushButton* signButton() const { return m_sign; }
    [[nodiscard]] QPushButton* deleteButton() const { return m_delete; }
    [[nodiscard]] QPushButton* followUpButton() const { return m_followUp; }
    [[nodiscard]] QLabel* nextBookingLabel() const { return m_nextBooking; }
    // The widget behind a SessionFields key, or null.
    [[nodiscard]] QWidget* widgetFor(const QString& field) const;

Q_SIGNALS:
    void saveRequested();
    // Signing was refused for want of a screening or a consent: record it.
    void screeningRequested();
    // Book the follow-up the note recommends.
    void followUpRequested();
    void consentRequested();
    void signRequested();
    void deleteRequested();
    void amendRequested();
    void statusMessage(const QString& message);
    // The carried-items strip: start from the last session, confirm or remove the copies.
    void copyLastSessionRequested();
    void confirmCarriedRequested();
    void removeCarriedRequested();
    // "Mark another site here…" on the map: ask for the site's name, then add it.
    void otherSiteRequested(needlechart::BodyView view, QPointF normalised,
                            needlechart::BodySide side);
    // "History of …" on the map: show that muscle's history.
    void muscleHistoryRequested(const needlechart::MuscleId& muscleId, needlechart::BodySide side);

private:
    void refresh();
    void selectPointInTable(int key);

    SessionEditor& m_editor;
    SessionHeader* m_header;
    QListWidget* m_problems;
    QWidget* m_clearanceActions;
    CarriedItemsBar* m_carried;
    QDate m_lastSignedNote; // when the note "Start from the last session" copies was treated
    BodyMapView* m_bodyMap;
    MusclePicker* m_picker;
    PainDrawingPanel* m_pain;
    QTabWidget* m_mapTabs;
    PointTableModel* m_pointModel;
    QTableView* m_pointTable;
    QList<SessionSection*> m_sections;
    AmendmentsPanel* m_amendments;
    QLabel* m_papers;
    QPushButton* m_delete;
    QPushButton* m_save;
    QPushButton* m_sign;
    QPushButton* m_followUp;
    QLabel* m_nextBooking;
};

} // namespace needlechart
