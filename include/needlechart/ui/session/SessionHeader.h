#pragma once

#include "needlechart/domain/patients/Patient.h"
#include "needlechart/domain/session/Session.h"

#include <QWidget>

class QLabel;

namespace needlechart {

struct NeedlingClearance;
struct SitePrecaution;
struct SessionChart;

// The top of the session view: whose note it is (name, age, record number), where the note
// stands (draft, saved when; signed by whom and when; amendments) and the patient's alerts,
// such as a serious adverse event in an earlier session.
class SessionHeader : public QWidget {
    Q_OBJECT
public:
    explicit SessionHeader(QWidget* parent = nullptr);

    void showPatient(const Patient& patient, QDate today);
    void showNote(const Session& session);
    void showAlerts(const SessionChart& chart);
    // Whether needling may be charted (consent, screening) and the precautions to keep in mind.
    // With `openPrecautions` precautions at the sites needled still to acknowledge, a clearance
    // is never shown as a plain green "cleared".
    void showClearance(const NeedlingClearance& clearance, int openPrecautions = 0);
    // The precautions bearing on the sites needled, each with a box to acknowledge it
    // (precautionAcknowledged()); hidden when there are none.
    void showSitePrecautions(const QList<SitePrecaution>& found, const QStringList& acknowledged,
                             bool readOnly);
    [[nodiscard]] QWidget* sitePrecautions() const { return m_precautions; }

    [[nodiscard]] QLabel* clearanceLabel() const { return m_clearance; }

    [[nodiscard]] QLabel* statusLabel() const { return m_status; }
    [[nodiscard]] QLabel* alertsLabel() const { return m_alerts; }

Q_SIGNALS:
    // A box of showSitePrecautions() was ticked or cleared.
    void precautionAcknowledged(const QString& key, bool acknowledged);

private:
    QLabel* m_name;
    QLabel* m_details;
    QLabel* m_status;
    QLabel* m_alerts;
    QLabel* m_entered;
    QLabel* m_clearance;
    QWidget* m_precautions;
};

} // namespace needlechart
