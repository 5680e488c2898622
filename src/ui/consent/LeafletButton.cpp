#include "consent/LeafletButton.h"

#include "needlechart/ui/paper/LeafletPrinter.h"

#include <QMenu>

namespace needlechart {

LeafletButton::LeafletButton(UiContext& context, QWidget* parent)
    : QToolButton(parent), m_context(context)
{
    setObjectName(QStringLiteral("leafletButton"));
    setText(tr("Leaflet"));
    setToolTip(tr("The dry needling information leaflet, with this patient's name"));
    setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(this);
    menu->addAction(tr("Print preview\u2026"), this,
                    [this] { LeafletPrinter(m_context).preview(m_patientId, this); });
    menu->addAction(tr("Print\u2026"), this,
                    [this] { LeafletPrinter(m_context).print(m_patientId, this); });
    menu->addAction(tr("Export PDF\u2026"), this,
                    [this] { LeafletPrinter(m_context).exportPdf(m_patientId, this); });
    menu->addSeparator();
    menu->addAction(tr("Consent form: print preview\u2026"), this, [this] {
        LeafletPrinter(m_context).preview(m_patientId, this, LeafletPrinter::Document::ConsentForm);
    });
    menu->addAction(tr("Consent form: export PDF\u2026"), this, [this] {
        LeafletPrinter(m_context).exportPdf(m_patientId, this,
                                            LeafletPrinter::Document::ConsentForm);
    });
    setMenu(menu);
    setPatient(0);
}

void LeafletButton::setPatient(PatientId id)
{
    m_patientId = id;
    setEnabled(id > 0);
}

} // namespace needlechart
