#include "RestoreBackupDialog.h"

#include "needlechart/services/backup/BackupService.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/common/StepProgress.h"
#include "needlechart/ui/common/UiContext.h"

#include "common/ErrorLabel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace needlechart {

RestoreBackupDialog::RestoreBackupDialog(UiContext& context, const QString& folder, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_folderLabel(new QLabel(this)),
      m_table(new QTableWidget(0, 7, this)),
      m_error(ErrorLabel::create(this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from Backup"));
    m_folderLabel->setObjectName(QStringLiteral("restoreFolderLabel"));
    m_folderLabel->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("restoreBackupTable"));
    m_table->setHorizontalHeaderLabels({tr("Taken"), tr("Size"), tr("Patients"), tr("Notes"),
                                        tr("Encrypted"), tr("Verified"), tr("Kind or problem")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Backups"));

    auto* note = new QLabel(
        tr("Restoring replaces every record on this computer with the backup's: whatever was "
           "entered after it was taken must be entered again. The records as they are now are "
           "backed up first, and the database file is kept beside the restored one."),
        this);
    note->setWordWrap(true);
    auto* otherButton = new QPushButton(tr("&Other folder…"), this);
    otherButton->setObjectName(QStringLiteral("otherBackupFolderButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_folderLabel, 1);
    top->addWidget(otherButton);
    auto* buttons = new QDialogButtonBox(this);
    auto* restoreButton = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    restoreButton->setObjectName(QStringLiteral("restoreBackupButton"));
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(860, 480);

    connect(otherButton, &QPushButton::clicked, this, &RestoreBackupDialog::chooseFolder);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (restoreSelected())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (restoreSelected())
            accept();
    });
    showFolder(folder);
}

void RestoreBackupDialog::showFolder(const QString& folder)
{
    m_folder = folder;
    m_entries.clear();
    m_table->setRowCount(0);
    ErrorLabel::show(m_error, QString());
    if (folder.isEmpty()) {
        m_folderLabel->setText(tr("No backup folder is set: choose the folder that holds the "
                                  "backups."));
        return;
    }
    m_folderLabel->setText(tr("Backups in %1").arg(folder));
    auto listed = BackupFolder::list(folder);
    if (!listed) {
        ErrorLabel::show(m_error, listed.error().message);
        return;
    }
    m_entries = std::move(*listed);
    // Which of them this clinic's log says were read back and checked when written.
    QSet<QString> verified;
    if (auto runs = m_context.backups.recentRuns(m_context.user, std::numeric_limits<int>::max())) {
        for (const BackupRun& run : *runs) {
            if (run.ok)
                verified.insert(run.fileName);
        }
    }
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < int(m_entries.size()); ++row) {
        const BackupFolder::Entry& entry = m_entries.at(std::size_t(row));
        const bool readable = entry.manifest.has_value();
        const QString kind = !readable ? entry.problem
                             : entry.name.kind == BackupFileName::Kind::BeforeRestore
                                 ? tr("Taken before a restore")
                                 : tr("Scheduled or by hand");
        const QStringList cells = {
            QLocale().toString(entry.name.createdUtc.toLocalTime(), QLocale::ShortFormat),
            QLocale().formattedDataSize(entry.bytes),
            readable ? QLocale().toString(entry.manifest->patients) : QString(),
            readable ? QLocale().toString(entry.manifest->notes) : QString(),
            readable ? (entry.encrypted ? tr("Yes") : tr("No")) : QString(),
            !readable                                             ? QString()
            : verified.contains(QFileInfo(entry.path).fileName()) ? tr("When written")
                                                                  : tr("Not in the log"),
            kind};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    if (!m_entries.empty())
        m_table->selectRow(0);
}

void RestoreBackupDialog::chooseFolder()
{
    if (const auto chosen =
            m_context.messages.folderName(this, tr("Folder with the backups"), m_folder))
        showFolder(*chosen);
}

bool RestoreBackupDialog::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_entries.size())) {
        ErrorLabel::show(m_error, tr("Choose the backup to restore."));
        return false;
    }
    const BackupFolder::Entry& entry = m_entries.at(std::size_t(row));
    if (!entry.manifest) {
        ErrorLabel::show(m_error, entry.problem);
        return false;
    }
    QString passphrase;
    if (entry.encrypted) {
        const auto typed = m_context.messages.askPassword(
            this, tr("Restore from Backup"), tr("The clinic's backup passphrase for this backup:"));
        if (!typed)
            return false;
        passphrase = *typed;
    }
    const QString when =
        QLocale().toString(entry.name.createdUtc.toLocalTime(), QLocale::LongFormat);
    if (!m_context.messages.question(
            this, tr("Restore from Backup"),
            tr("Replace the clinic's records with the backup of %1 (patients: %2, notes: %3)?\n\n"
               "Everything entered after it must be entered again. The records as they are now "
               "are backed up first. NeedleChart then closes and starts again on the restored "
               "records.")
                .arg(when)
                .arg(entry.manifest->patients)
                .arg(entry.manifest->notes)))
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    StepProgress progress(this, tr("Restoring"));
    auto prepared = m_context.backups.prepareRestore(entry.path, passphrase, m_context.user,
                                                     progress.callback());
    QApplication::restoreOverrideCursor();
    if (!prepared) {
        ErrorLabel::show(m_error, prepared.error().message);
        return false;
    }
    m_restored = prepared->restoredPath;
    return true;
}

} // namespace needlechart
