#pragma once

#include "needlechart/domain/patients/Patient.h"
#include "needlechart/ui/common/UiContext.h"

#include <QWidget>

class QSplitter;
class QTabWidget;

namespace needlechart {

class AppointmentBookView;
class NotesDuePanel;
class TodayPanel;

// The main window's Appointments tab: the appointment book, and beside it today's list for the
// front desk and the completed visits still without a signed note. A row of today's list opens
// its booking; a visit without a note asks for its patient (patientRequested).
class AppointmentsPage : public QWidget {
    Q_OBJECT
public:
    explicit AppointmentsPage(UiContext& context, QWidget* parent = nullptr);

    [[nodiscard]] AppointmentBookView* book() const { return m_book; }
    [[nodiscard]] TodayPanel* today() const { return m_today; }
    [[nodiscard]] NotesDuePanel* notesDue() const { return m_notesDue; }
    [[nodiscard]] QSplitter* splitter() const { return m_splitter; }

Q_SIGNALS:
    void patientRequested(PatientId patientId);

private:
    AppointmentBookView* m_book;
    TodayPanel* m_today;
    NotesDuePanel* m_notesDue;
    QTabWidget* m_side;
    QSplitter* m_splitter;
};

} // namespace needlechart
