#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace needlechart {

// Asks why (a booking is cancelled, consent is withdrawn, a score was entered in error). The
// confirming button says what it does and stays disabled until a reason is typed, so an empty
// reason never closes the box; the other button goes back without doing it. Wide enough for
// its whole title.
class ReasonDialog : public QDialog {
    Q_OBJECT

public:
    ReasonDialog(const QString& title, const QString& label, const QString& confirm,
                 const QString& back, QWidget* parent = nullptr);

    [[nodiscard]] QString reason() const;
    [[nodiscard]] QLineEdit* reasonEdit() const { return m_reason; }
    [[nodiscard]] QPushButton* confirmButton() const { return m_confirm; }
    [[nodiscard]] QPushButton* backButton() const { return m_back; }

private:
    QLineEdit* m_reason;
    QPushButton* m_confirm;
    QPushButton* m_back;
};

} // namespace needlechart
