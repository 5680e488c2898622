#pragma once

#include "needlechart/domain/patients/Patient.h"

#include <QToolButton>

namespace needlechart {

struct UiContext;

// "Leaflet": the dry needling information leaflet with the patient's name (print preview,
// print, PDF) and the consent form to sign (preview, PDF), from a menu. Everyone may hand the
// leaflet out, the front desk included, as it is given before the patient decides; printing it
// is audited (LeafletPrinter). Disabled while no patient is chosen.
class LeafletButton : public QToolButton {
    Q_OBJECT
public:
    explicit LeafletButton(UiContext& context, QWidget* parent = nullptr);

    void setPatient(PatientId id);
    [[nodiscard]] PatientId patient() const { return m_patientId; }

private:
    UiContext& m_context;
    PatientId m_patientId = 0;
};

} // namespace needlechart
