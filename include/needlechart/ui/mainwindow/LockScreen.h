#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace needlechart {

// What covers the main window while the workstation is locked: opaque, so nothing of the record
// shows through, with the name of who is signed in, a password field to go on, and a way for
// someone else to sign in instead. It only asks; MainWindow checks the password and switches.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    LockScreen(const QString& signedInName, QWidget* parent);

    [[nodiscard]] QLineEdit* passwordEdit() const { return m_password; }
    [[nodiscard]] QPushButton* unlockButton() const { return m_unlock; }
    [[nodiscard]] QPushButton* switchUserButton() const { return m_switch; }
    // Says why the last attempt failed (empty: nothing), and empties the field.
    void showError(const QString& message);

Q_SIGNALS:
    void unlockRequested(const QString& password);
    void switchUserRequested();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QLineEdit* m_password;
    QPushButton* m_unlock;
    QPushButton* m_switch;
    QLabel* m_error;
};

} // namespace needlechart
