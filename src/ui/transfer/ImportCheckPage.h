#pragma once

#include "needlechart/ui/common/UiContext.h"

#include "transfer/ImportState.h"

#include <QList>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace needlechart {

// The import wizard's last page: every row checked under the mapping (PatientImportService::
// check) before anything is written. It lists each row that cannot be registered with the
// reason, and each row that may be a patient already registered (or an earlier row) with a
// choice: leave it out (the default) or register it anyway. Import (the Finish button) runs the
// import in one transaction with a progress bar and Cancel; it is possible once no row fails or
// the failing rows are to be left out. A failure keeps the wizard open, the choices as they were.
class ImportCheckPage : public QWizardPage {
    Q_OBJECT
public:
    ImportCheckPage(UiContext& context, ImportState& state, QWidget* parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    // Runs the import; true when it is done (the wizard closes).
    bool validatePage() override;

    [[nodiscard]] QLabel* summary() const { return m_summary; }
    [[nodiscard]] QTableWidget* failingTable() const { return m_failing; }
    [[nodiscard]] QCheckBox* skipFailingBox() const { return m_skipFailing; }
    [[nodiscard]] QTableWidget* duplicatesTable() const { return m_duplicates; }
    // The choice for the duplicate in `row` of the duplicates table.
    [[nodiscard]] QComboBox* choiceBox(int row) const { return m_choices.value(row); }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }

private:
    void showCheck();
    [[nodiscard]] PatientImportService::Choices choices() const;

    UiContext& m_context;
    ImportState& m_state;
    QLabel* m_summary;
    QLabel* m_failingLabel;
    QTableWidget* m_failing;
    QCheckBox* m_skipFailing;
    QLabel* m_duplicatesLabel;
    QTableWidget* m_duplicates;
    QList<QComboBox*> m_choices;
    QLabel* m_error;
};

} // namespace needlechart
