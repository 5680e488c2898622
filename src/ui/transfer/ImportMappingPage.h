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

// The import wizard's second page: what each column of the file holds, one row per column with
// its heading and first value beside a choice of field; whether the first row holds headings;
// how the dates are written. Starts from the mapping last used for a file with the same
// headings (AppSettings), else from PatientImport::guessMapping. Complete once the family and
// given names each have a column and no field has two.
class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    ImportMappingPage(UiContext& context, ImportState& state, QWidget* parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] QTableWidget* columnsTable() const { return m_columns; }
    // The field chooser of `column` of the file.
    [[nodiscard]] QComboBox* fieldBox(int column) const { return m_fieldBoxes.value(column); }
    [[nodiscard]] QCheckBox* headerBox() const { return m_header; }
    [[nodiscard]] QComboBox* dateOrderBox() const { return m_dateOrder; }
    [[nodiscard]] QLabel* problemLabel() const { return m_problem; }

private:
    void showMapping();
    // The state's mapping from the widgets, and what (if anything) stops it being used.
    void readMapping();
    [[nodiscard]] QString problem() const;

    UiContext& m_context;
    ImportState& m_state;
    QTableWidget* m_columns;
    QList<QComboBox*> m_fieldBoxes;
    QCheckBox* m_header;
    QComboBox* m_dateOrder;
    QLabel* m_problem;
};

} // namespace needlechart
