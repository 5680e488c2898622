#pragma once

#include "needlechart/domain/common/User.h"

#include <QDialog>

class QTableView;

namespace needlechart {

class AuditEventModel;
class AuditTrail;
class MessagePresenter;

// For the clinicians treating a patient: who opened the patient's clinical record, when and
// from which workstation, newest first (AuditTrail::openingsOf).
class RecordOpeningsDialog : public QDialog {
    Q_OBJECT
public:
    RecordOpeningsDialog(AuditTrail& audit, MessagePresenter& messages, const User& user,
                         qint64 patientId, QWidget* parent = nullptr);

    [[nodiscard]] AuditEventModel* model() const { return m_model; }

private:
    AuditEventModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace needlechart
