#pragma once

#include "needlechart/domain/appointments/Appointment.h"
#include "needlechart/ui/common/UiContext.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace needlechart {

class AppointmentListModel;

// The front desk's list of today: every booking by time with who it is, with whom, and where
// it stands now (expected, late, waiting, in treatment, done), a one-line count, and buttons
// to mark the selected patient arrived, in treatment, completed or not come. A booked patient
// turns late as the clock passes their start (checked every 30 seconds, no reload); the list
// re-reads on every appointment or patient change and when the date changes.
class TodayPanel : public QWidget {
    Q_OBJECT
public:
    explicit TodayPanel(UiContext& context, QWidget* parent = nullptr);

    void reload();
    // Re-reads the clock: late patients, and the list itself after midnight.
    void refreshTimes();
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] AppointmentListModel* model() const { return m_model; }
    [[nodiscard]] QString summary() const;
    [[nodiscard]] QDate day() const { return m_day; }
    // The selected booking's id, or 0.
    [[nodiscard]] AppointmentId selectedId() const;
    void select(AppointmentId id);
    // Moves the selected booking on; false (with a message, if refused) when nothing changed.
    bool setSelectedStatus(AppointmentStatus status);

Q_SIGNALS:
    void openRequested(const Appointment& appointment);

private:
    void updateButtons();

    UiContext& m_context;
    QDate m_day;
    QLabel* m_heading;
    QLabel* m_summary;
    AppointmentListModel* m_model;
    QTableView* m_table;
    QPushButton* m_arrived;
    QPushButton* m_inTreatment;
    QPushButton* m_completed;
    QPushButton* m_noShow;
    QPushButton* m_card;
    QTimer* m_clockTimer;
};

} // namespace needlechart
