#pragma once

#include "needlechart/services/backup/BackupFolder.h"

#include <QDialog>

#include <vector>

class QLabel;
class QTableWidget;

namespace needlechart {

struct UiContext;

// File ▸ Restore from Backup…, for admins on a clinic file: the backups in the clinic's backup
// folder (or another chosen), newest first, with their time, size, counts, whether they are
// encrypted and whether the clinic's log says they were verified when written; Restore… asks for
// the passphrase, says what will happen, and has BackupService prepare the restore (a
// before-restore backup first, then the backup checked as a new file). Accepted with restoredPath()
// set; the window then closes and the app starts again on it.
class RestoreBackupDialog : public QDialog {
    Q_OBJECT

public:
    RestoreBackupDialog(UiContext& context, const QString& folder, QWidget* parent = nullptr);

    // Lists the backups in `folder`.
    void showFolder(const QString& folder);
    // "Other folder…".
    void chooseFolder();
    // "Restore…" on the selected backup: false (the dialog stays open, the reason shown) if
    // nothing is selected, the person cancels, or the restore is refused.
    bool restoreSelected();

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }
    [[nodiscard]] const QString& restoredPath() const { return m_restored; }

private:
    UiContext& m_context;
    QLabel* m_folderLabel;
    QTableWidget* m_table;
    QLabel* m_error;
    QString m_folder;
    std::vector<BackupFolder::Entry> m_entries;
    QString m_restored;
};

} // namespace needlechart
