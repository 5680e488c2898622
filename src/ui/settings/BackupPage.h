#pragma once

#include "needlechart/domain/backup/BackupSettings.h"
#include "needlechart/domain/common/Result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace needlechart {

struct UiContext;

// The "Backups" tab of ClinicSettingsDialog, for admins: how the clinic's backups stand (the
// last good one, or the warning), where they go, how often and how many are kept, the clinic's
// backup passphrase, "Back up now", and the log of recent attempts. The rules are
// BackupService's; the page only shows and asks.
class BackupPage : public QWidget {
    Q_OBJECT

public:
    // `context` must outlive the page.
    explicit BackupPage(UiContext& context, QWidget* parent = nullptr);

    void load();
    // "Save backup settings": false, with the reason reported, if refused (the form keeps what
    // was typed).
    bool saveSettings();
    // "Set passphrase": the two fields are emptied once it is kept.
    bool setPassphrase();
    // "Back up now" (in the window's thread: the admin asked and waits for the outcome).
    bool backUpNow();
    // "Choose…": the folder from the message presenter's folder dialog.
    void chooseFolder();

    [[nodiscard]] QLineEdit* folderEdit() const { return m_folder; }
    [[nodiscard]] QSpinBox* intervalSpin() const { return m_interval; }
    [[nodiscard]] QLineEdit* passphraseEdit() const { return m_passphrase; }
    [[nodiscard]] QLineEdit* repeatedEdit() const { return m_repeated; }
    [[nodiscard]] QLabel* statusLabel() const { return m_status; }
    [[nodiscard]] QLabel* keyLabel() const { return m_keyState; }
    [[nodiscard]] QTableWidget* logTable() const { return m_log; }

Q_SIGNALS:
    // What went wrong with the last action, for the dialog to show; empty when it worked.
    void problemChanged(const QString& message);

private:
    void showOverview();
    void showLog();
    void report(const Status& status);

    UiContext& m_context;
    BackupSettings m_loaded;
    QLabel* m_status;
    QLineEdit* m_folder;
    QSpinBox* m_interval;
    QSpinBox* m_daily;
    QSpinBox* m_weekly;
    QSpinBox* m_monthly;
    QLabel* m_keyState;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeated;
    QTableWidget* m_log;
};

} // namespace needlechart
