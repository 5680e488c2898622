#pragma once

#include "needlechart/domain/audit/AuditQuery.h"
#include "needlechart/domain/common/User.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace needlechart {

class AccountService;
class AuditEventModel;
class AuditTrail;
class Clock;
class MessagePresenter;
class PatientService;

// File > Audit Trail... (admins): the trail's rows filtered by patient, account, date range and
// action, newest first, sortable by any column, and exported as CSV. Reading and exporting are
// the audit trail's use cases (and are audited themselves); the dialog asks and shows.
class AuditViewerDialog : public QDialog {
    Q_OBJECT
public:
    AuditViewerDialog(AuditTrail& audit, AccountService& accounts, PatientService& patients,
                      const Clock& clock, MessagePresenter& messages, User admin,
                      QWidget* parent = nullptr);

    // The filters as they are set now.
    [[nodiscard]] AuditQuery query() const;
    void setPatientFilter(qint64 patientId);
    void setActionFilter(std::optional<AuditAction> action);
    void setAccountFilter(qint64 accountId);
    void setDateRange(QDate from, QDate to);

    // Reads the rows the filters ask for.
    void reload();
    // Asks where, then writes the rows the filters ask for as CSV.
    void exportCsv();

    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] AuditEventModel* model() const { return m_model; }
    [[nodiscard]] QSortFilterProxyModel* sortedModel() const { return m_sorted; }

private:
    AuditTrail& m_audit;
    AccountService& m_accounts;
    PatientService& m_patients;
    MessagePresenter& m_messages;
    User m_admin;
    QSpinBox* m_patient = nullptr;
    QComboBox* m_account = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_action = nullptr;
    AuditEventModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace needlechart
