#pragma once

#include "needlechart/domain/patients/Patient.h"
#include "needlechart/ui/common/UiContext.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace needlechart {

// What a new session opens on when the patient is not plainly cleared to needle: the consent in
// force (or why there is none) and the latest precaution screening (or why it does not count),
// each with a button to record it here, and whether needling may be charted. Refreshed as soon
// as a consent or screening is recorded, here or at another workstation.
//
// Ends with Chart ("Start charting"), NotNeedled ("Not needling this visit") or rejected
// (the session is not started).
class BeforeNeedlingDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { Chart = QDialog::Accepted, NotNeedled = 2 };

    BeforeNeedlingDialog(UiContext& context, PatientId patientId, const QString& patientName,
                         QWidget* parent = nullptr);

    [[nodiscard]] QLabel* consentLabel() const { return m_consentText; }
    [[nodiscard]] QLabel* screeningLabel() const { return m_screeningText; }
    [[nodiscard]] QLabel* clearanceLabel() const { return m_clearanceText; }
    [[nodiscard]] QPushButton* recordConsentButton() const { return m_recordConsent; }
    [[nodiscard]] QPushButton* recordScreeningButton() const { return m_recordScreening; }
    [[nodiscard]] QPushButton* startButton() const { return m_start; }
    [[nodiscard]] QPushButton* notNeedledButton() const { return m_notNeedled; }

    // Reads the patient's consent, screening and clearance again.
    void refresh();

private:
    void recordConsent();
    void recordScreening();

    UiContext& m_context;
    PatientId m_patientId;
    QString m_patientName;
    QLabel* m_consentText;
    QLabel* m_screeningText;
    QLabel* m_clearanceText;
    QPushButton* m_recordConsent;
    QPushButton* m_recordScreening;
    QPushButton* m_start;
    QPushButton* m_notNeedled;
};

} // namespace needlechart
