#pragma once

#include "needlechart/domain/transfer/PatientImport.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <Qt>

#include <memory>
#include <optional>

class QSettings;

namespace needlechart {

// Typed access to what NeedleChart remembers between runs. Every key and its default live in
// one table in AppSettings.cpp; nothing else in the program spells a settings key, and a value
// that cannot be read back as its type (an edited or damaged file) yields the default.
//
// Owns its QSettings. The default constructor uses the platform's store for the application's
// organisation and name; tests pass an INI file of their own so they never touch the user's.
class AppSettings {
public:
    AppSettings();
    explicit AppSettings(const QString& iniFilePath);
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    // QWidget::saveGeometry() of the main window; empty until first saved.
    [[nodiscard]] QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);
    // QMainWindow::saveState() (tool bars and docks).
    [[nodiscard]] QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray& state);
    // QSplitter::saveState() of the list | details splitter.
    [[nodiscard]] QByteArray mainSplitterState() const;
    void setMainSplitterState(const QByteArray& state);

    // A PatientListModel::Column; always within range.
    [[nodiscard]] int patientListSortColumn() const;
    void setPatientListSortColumn(int column);
    [[nodiscard]] Qt::SortOrder patientListSortOrder() const;
    void setPatientListSortOrder(Qt::SortOrder order);

    // The local day the whole-file check of the database (FileHealthCheck) last found it
    // sound on this workstation; nullopt before the first.
    [[nodiscard]] std::optional<QDate> lastDatabaseCheck() const;
    void setLastDatabaseCheck(const QDate& day);

    // The clinic server this workstation connects to (File > Connect to clinic server...), as
    // an address without a password; empty: the clinic file on this computer.
    [[nodiscard]] QString clinicServer() const;
    void setClinicServer(const QString& address);

    // The language chosen on this workstation (View > Language) as a code such as "de"; empty
    // (the default): the desktop's language. Read once at start-up by Translations::apply.
    [[nodiscard]] QString language() const;
    void setLanguage(const QString& code);
    // View > Appearance: "light", "dark", or empty (the default) for the desktop's colours.
    // Read once at start-up by Appearance::apply.
    [[nodiscard]] QString appearance() const;
    void setAppearance(const QString& code);

    // The mapping of the last patient import (File > Import patients...) with the first row of
    // the file it was made for, so the next export from the same system is mapped alike;
    // nullopt before the first import, or when what is stored cannot be read.
    struct RememberedImport {
        QStringList firstRow;
        PatientImport::Mapping mapping;
    };
    [[nodiscard]] std::optional<RememberedImport> lastPatientImport() const;
    void setLastPatientImport(const RememberedImport& remembered);

    // Writes pending changes now (QSettings also writes them on its own, later).
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace needlechart
