#pragma once

#include "needlechart/domain/clinic/ClinicProfile.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/consent/LeafletVersion.h"
#include "needlechart/domain/patients/Patient.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageSize>

class QPagedPaintDevice;

namespace needlechart {

// What the printed consent form is about: the clinic, the patient, and the leaflet version
// they were given, which the form names so the signed paper and the record agree.
struct ConsentFormContent {
    ClinicProfile clinic;
    LeafletVersion leaflet;
    Patient patient;
    QDate date;
};

// Typesets the consent form for dry needling: the clinic's letterhead, the patient, a statement
// that they were given and read leaflet version N, the usual risks named, the right to decline
// or stop, lines for what it covers and for the signatures of patient, clinician and witness.
// The footer names the leaflet version on every page.
class ConsentFormRenderer {
    Q_DECLARE_TR_FUNCTIONS(ConsentFormRenderer)

public:
    explicit ConsentFormRenderer(ConsentFormContent content);

    int render(QPagedPaintDevice& device) const;
    [[nodiscard]] Status exportPdf(const QString& path,
                                   QPageSize::PageSizeId pageSize = QPageSize::A4) const;
    // The form's text as HTML (what render() typesets).
    [[nodiscard]] QString html() const;

private:
    ConsentFormContent m_content;
};

} // namespace needlechart
