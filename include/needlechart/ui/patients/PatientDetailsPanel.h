#pragma once

#include "needlechart/domain/common/User.h"
#include "needlechart/domain/patients/Patient.h"

#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace needlechart {

class ChangeNotifier;
class PatientService;

// Shows one patient's registration details, read from the service (the list holds only a
// summary). Re-reads when the ChangeNotifier reports a change to that patient. The id shown is
// passed in by whoever owns the selection; this panel keeps no other notion of "current".
//
// Does not own the service or the notifier.
class PatientDetailsPanel : public QWidget {
    Q_OBJECT
public:
    // Reads patients as `user`.
    PatientDetailsPanel(PatientService& service, User user, ChangeNotifier& notifier,
                        QWidget* parent = nullptr);

    // Shows `id`, or the empty state for 0.
    void showPatient(PatientId id);
    [[nodiscard]] PatientId patientId() const { return m_patientId; }

Q_SIGNALS:
    void editRequested(needlechart::PatientId id);

private:
    void reload();
    void showMessage(const QString& text);
    // The page of details is built for the first patient shown: until then (at start-up, say)
    // only the message page exists.
    void buildDetailsPage();
    [[nodiscard]] QLabel* addValueRow(QFormLayout* form, const QString& label,
                                      const QString& objectName);

    PatientService& m_service;
    User m_user;
    PatientId m_patientId = 0;

    // Child widgets, owned through the widget tree. Those of the details page are null until
    // buildDetailsPage().
    QStackedWidget* m_pages = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_recordNumber = nullptr;
    QPushButton* m_editButton = nullptr;
    QLabel* m_preferredName = nullptr;
    QLabel* m_dateOfBirth = nullptr;
    QLabel* m_sex = nullptr;
    QLabel* m_phone = nullptr;
    QLabel* m_email = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_referrer = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_lastVisit = nullptr;
    QList<QLabel*> m_values; // the rows added by addValueRow
};

} // namespace needlechart
