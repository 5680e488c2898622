#include "needlechart/ui/transfer/ImportPatientsWizard.h"

#include "transfer/ImportCheckPage.h"
#include "transfer/ImportFilePage.h"
#include "transfer/ImportMappingPage.h"
#include "transfer/ImportState.h"

namespace needlechart {

ImportPatientsWizard::ImportPatientsWizard(UiContext& context, QWidget* parent)
    : QWizard(parent),
      m_state(std::make_unique<ImportState>()),
      m_filePage(new ImportFilePage(context, *m_state, this)),
      m_mappingPage(new ImportMappingPage(context, *m_state, this)),
      m_checkPage(new ImportCheckPage(context, *m_state, this))
{
    setWindowTitle(tr("Import Patients"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(FilePage, m_filePage);
    setPage(MappingPage, m_mappingPage);
    setPage(CheckPage, m_checkPage);
    resize(760, 560);
}

ImportPatientsWizard::~ImportPatientsWizard() = default;

} // namespace needlechart
