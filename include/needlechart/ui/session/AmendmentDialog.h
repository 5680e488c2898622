#pragma once

#include "needlechart/domain/common/Error.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace needlechart {

// Asks for an amendment to a signed note: the reason and the correction. "Add amendment" calls
// the submit function; errors it returns are shown beside the fields and the dialog stays open
// and filled; it closes only when the amendment was stored.
class AmendmentDialog : public QDialog {
    Q_OBJECT
public:
    // Returns an empty Error message on success.
    using Submit = std::function<Error(const QString& reason, const QString& text, bool* ok)>;

    AmendmentDialog(Submit submit, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* reasonEdit() const { return m_reason; }
    [[nodiscard]] QPlainTextEdit* textEdit() const { return m_text; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }
    // Presses "Add amendment".
    void submit();

private:
    Submit m_submit;
    QLineEdit* m_reason;
    QPlainTextEdit* m_text;
    QLabel* m_reasonError;
    QLabel* m_textError;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace needlechart
