#pragma once

#include "needlechart/domain/common/User.h"
#include "needlechart/domain/patients/Patient.h"

#include <QWidget>

class QLineEdit;
class QTableView;

namespace needlechart {

class ChangeNotifier;
class PatientListModel;
class PatientService;

// The left side of the main window: a search box over the patient table. Typing filters at
// once (the storage matches every word as a prefix, ignoring case and accents). The selection
// is tracked by patient id and survives reloads (search, sort, data changes) whenever the
// patient is still in the list.
//
// Owns its PatientListModel; does not own the service or the notifier.
class PatientListPanel : public QWidget {
    Q_OBJECT
public:
    // `countDelayMs`: how long the list waits, after a reload whose first page is full, before
    // counting the whole result (PatientListModel::setCountDelay), the first load's included:
    // that count runs the delay after the table has first been painted, so the first page is
    // on screen without waiting for it.
    PatientListPanel(PatientService& service, User user, ChangeNotifier& notifier,
                     int countDelayMs = 0, QWidget* parent = nullptr);

    [[nodiscard]] PatientListModel* model() const { return m_model; }
    [[nodiscard]] QLineEdit* searchField() const { return m_search; }
    [[nodiscard]] QTableView* tableView() const { return m_table; }

    // The selected patient, or 0.
    [[nodiscard]] PatientId currentPatientId() const { return m_currentId; }
    // Selects `id`, loading further pages if needed; false if the current search hides it or
    // it sorts too far down the list to load.
    bool selectPatient(PatientId id);
    // Selects the patient, clearing the search first if it hides them.
    bool revealPatient(PatientId id);
    // Puts the cursor in the search box with its text selected, ready to type over.
    void focusSearch();

    [[nodiscard]] int sortColumn() const;
    [[nodiscard]] Qt::SortOrder sortOrder() const;
    void setSort(int column, Qt::SortOrder order);

Q_SIGNALS:
    // Double-click or Enter on a row (the platform's "activate" gesture).
    void patientActivated(needlechart::PatientId id);
    // The selection moved to another patient; 0 when nothing is selected.
    void currentPatientChanged(needlechart::PatientId id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onCurrentRowChanged(int row);
    // From the search box to the table, selecting the first result if none is selected.
    void moveIntoResults();
    void restoreSelection();
    void setCurrentId(PatientId id);
    void sizeColumns();

    PatientListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    PatientId m_currentId = 0;
    bool m_painted = false; // the table has been painted at least once
};

} // namespace needlechart
