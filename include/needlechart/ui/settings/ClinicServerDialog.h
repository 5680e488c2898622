#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace needlechart {

class AppSettings;

// File > Connect to clinic server...: the address of the clinic's PostgreSQL server that this
// workstation starts on from now on (remembered per workstation in AppSettings, without any
// password), or back to the clinic file on this computer. The address is checked by libpq
// before it is kept; connecting happens at the next start, when every service is wired to it.
class ClinicServerDialog : public QDialog {
    Q_OBJECT
public:
    explicit ClinicServerDialog(AppSettings& settings, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* addressEdit() const { return m_address; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }
    [[nodiscard]] QPushButton* useFileButton() const { return m_useFile; }

    // Checks the address and keeps it (accepting the dialog), or says what is wrong.
    void connectToServer();
    // Forgets the server: the next start opens this computer's clinic file.
    void useFile();

private:
    AppSettings& m_settings;
    QLineEdit* m_address = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_useFile = nullptr;
};

} // namespace needlechart
