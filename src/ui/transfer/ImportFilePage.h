#pragma once

#include "needlechart/ui/common/UiContext.h"

#include "transfer/ImportState.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace needlechart {

// The import wizard's first page: the CSV file chosen and read (encoding and delimiter
// detected), what was found said in a line, and its first rows shown as they were read. A file
// that cannot be read or used says why under the file name, and the page is not complete.
class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    static constexpr int PreviewRows = 10;

    ImportFilePage(UiContext& context, ImportState& state, QWidget* parent = nullptr);

    // Reads `path` into the state; false (with the reason shown) if it cannot be used.
    bool openFile(const QString& path);
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] QTableWidget* preview() const { return m_preview; }
    [[nodiscard]] QLabel* summary() const { return m_summary; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }

private:
    void choose();
    void showPreview();

    UiContext& m_context;
    ImportState& m_state;
    QLineEdit* m_path;
    QPushButton* m_choose;
    QLabel* m_error;
    QLabel* m_summary;
    QTableWidget* m_preview;
};

} // namespace needlechart
