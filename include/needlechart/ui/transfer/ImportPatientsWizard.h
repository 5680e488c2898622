#pragma once

#include "needlechart/ui/common/UiContext.h"

#include <QWizard>

#include <memory>

namespace needlechart {

class ImportCheckPage;
class ImportFilePage;
class ImportMappingPage;
struct ImportState;

// File ▸ Import patients…: a patient list from another system in three steps, the file
// (ImportFilePage), what its columns hold (ImportMappingPage) and the check with the import
// itself (ImportCheckPage). The rules are PatientImportService's; the pages only show them.
class ImportPatientsWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, CheckPage };

    ImportPatientsWizard(UiContext& context, QWidget* parent = nullptr);
    ~ImportPatientsWizard() override;

    [[nodiscard]] ImportFilePage* filePage() const { return m_filePage; }
    [[nodiscard]] ImportMappingPage* mappingPage() const { return m_mappingPage; }
    [[nodiscard]] ImportCheckPage* checkPage() const { return m_checkPage; }

private:
    std::unique_ptr<ImportState> m_state;
    ImportFilePage* m_filePage;
    ImportMappingPage* m_mappingPage;
    ImportCheckPage* m_checkPage;
};

} // namespace needlechart
