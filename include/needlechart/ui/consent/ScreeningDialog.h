#pragma once

#include "needlechart/domain/common/User.h"
#include "needlechart/domain/patients/Patient.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace needlechart {

class ConsentService;

// The precaution screening before needling, for one patient: the absolute contraindications
// (any one ticked blocks needling) and the precautions (ticked ones need a note). Saved through
// the ConsentService, dated now and signed by the user; problems show beside their question and
// the dialog stays open and filled until it is saved.
class ScreeningDialog : public QDialog {
    Q_OBJECT
public:
    ScreeningDialog(ConsentService& service, PatientId patientId, const QString& patientName,
                    User user, QWidget* parent = nullptr);

    [[nodiscard]] QCheckBox* checkBox(const QString& itemKey) const
    {
        return m_rows.value(itemKey).present;
    }
    [[nodiscard]] QLineEdit* noteEdit(const QString& itemKey) const
    {
        return m_rows.value(itemKey).note;
    }
    [[nodiscard]] QLabel* errorLabel(const QString& itemKey) const
    {
        return m_rows.value(itemKey).error;
    }
    // Presses "Save screening".
    void save();

Q_SIGNALS:
    void saved();

private:
    struct Row {
        QCheckBox* present = nullptr;
        QLineEdit* note = nullptr;
        QLabel* error = nullptr;
    };

    ConsentService& m_service;
    PatientId m_patientId;
    User m_user;
    QHash<QString, Row> m_rows;
    QLabel* m_error;
};

} // namespace needlechart
