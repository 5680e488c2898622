#pragma once

#include "needlechart/domain/patients/Patient.h"
#include "needlechart/ui/common/UiContext.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace needlechart {

class AppointmentListModel;

// Completed appointments of the last DaysBack days that still have no signed session note for
// the patient: the clinicians' reminder of notes to write, and the practice manager's check.
// It names patients and visits, never clinical content. Activating a row asks for the patient
// (the main window shows them). Re-reads on every appointment or session change.
class NotesDuePanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int DaysBack = 30;

    explicit NotesDuePanel(UiContext& context, QWidget* parent = nullptr);

    void reload();
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] AppointmentListModel* model() const { return m_model; }

Q_SIGNALS:
    void patientRequested(PatientId patientId);

private:
    UiContext& m_context;
    QLabel* m_summary;
    AppointmentListModel* m_model;
    QTableView* m_table;
};

} // namespace needlechart
