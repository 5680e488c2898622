#include "BackupPage.h"

#include "needlechart/services/backup/BackupService.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/common/StepProgress.h"
#include "needlechart/ui/common/UiContext.h"

#include <QApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace needlechart {
namespace {

QSpinBox* countSpin(QWidget* parent, const QString& name, const QString& suffix)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(1, BackupRetention::MaxCount);
    spin->setSuffix(suffix);
    return spin;
}

QString when(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

BackupPage::BackupPage(UiContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_status(new QLabel(this)),
      m_folder(new QLineEdit(this)),
      m_interval(new QSpinBox(this)),
      m_daily(countSpin(this, QStringLiteral("keepDaily"), tr(" daily"))),
      m_weekly(countSpin(this, QStringLiteral("keepWeekly"), tr(" weekly"))),
      m_monthly(countSpin(this, QStringLiteral("keepMonthly"), tr(" monthly"))),
      m_keyState(new QLabel(this)),
      m_passphrase(new QLineEdit(this)),
      m_repeated(new QLineEdit(this)),
      m_log(new QTableWidget(0, 5, this))
{
    setObjectName(QStringLiteral("backupPage"));
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setPlaceholderText(tr("A USB disk or a network share, such as /media/backup"));
    m_interval->setObjectName(QStringLiteral("backupInterval"));
    m_interval->setRange(1, BackupSettings::MaxIntervalHours);
    m_interval->setSuffix(tr(" hours"));
    m_keyState->setObjectName(QStringLiteral("backupKeyState"));
    m_keyState->setWordWrap(true);
    for (QLineEdit* edit : {m_passphrase, m_repeated}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(1024);
    }
    m_passphrase->setObjectName(QStringLiteral("backupPassphrase"));
    m_repeated->setObjectName(QStringLiteral("backupPassphraseRepeated"));
    m_passphrase->setAccessibleName(tr("New backup passphrase"));
    m_repeated->setAccessibleName(tr("The passphrase again"));

    auto* backUpButton = new QPushButton(tr("&Back up now"), this);
    backUpButton->setObjectName(QStringLiteral("backUpNowButton"));
    auto* statusBox = new QGroupBox(tr("Status"), this);
    auto* statusLayout = new QHBoxLayout(statusBox);
    statusLayout->addWidget(m_status, 1);
    statusLayout->addWidget(backUpButton, 0, Qt::AlignTop);

    auto* chooseButton = new QPushButton(tr("C&hoose…"), this);
    chooseButton->setObjectName(QStringLiteral("chooseBackupFolderButton"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(chooseButton);
    auto* keepRow = new QHBoxLayout;
    keepRow->addWidget(m_daily);
    keepRow->addWidget(m_weekly);
    keepRow->addWidget(m_monthly);
    keepRow->addStretch(1);
    auto* saveButton = new QPushButton(tr("&Save backup settings"), this);
    saveButton->setObjectName(QStringLiteral("saveBackupSettingsButton"));
    auto* whereBox = new QGroupBox(tr("Where and when"), this);
    auto* whereForm = new QFormLayout(whereBox);
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    whereForm->addRow(folderLabel, folderRow);
    whereForm->addRow(tr("Back up &every:"), m_interval);
    whereForm->addRow(tr("Keep:"), keepRow);
    whereForm->addRow(QString(), saveButton);
    auto* whenNote =
        new QLabel(tr("This workstation also backs up at its first start of each day and when "
                      "it closes. On a clinic server, the server's own schedule runs "
                      "\"needlechart admin backup\" instead (see the administration guide)."),
                   this);
    whenNote->setWordWrap(true);
    whereForm->addRow(whenNote);

    auto* setButton = new QPushButton(tr("Set &passphrase"), this);
    setButton->setObjectName(QStringLiteral("setBackupPassphraseButton"));
    auto* keyBox = new QGroupBox(tr("Encryption"), this);
    auto* keyForm = new QFormLayout(keyBox);
    keyForm->addRow(m_keyState);
    keyForm->addRow(tr("&New passphrase:"), m_passphrase);
    keyForm->addRow(tr("&Again:"), m_repeated);
    keyForm->addRow(QString(), setButton);
    auto* keyNote = new QLabel(
        tr("At least 12 characters; a few unrelated words are easy to type and hard to guess. "
           "The passphrase is not stored anywhere: write it down and keep it away from the "
           "computer (a sealed envelope in the clinic's safe). Without it no backup can be "
           "restored. A new passphrase is used for new backups; older ones keep theirs."),
        this);
    keyNote->setWordWrap(true);
    keyForm->addRow(keyNote);

    m_log->setObjectName(QStringLiteral("backupLog"));
    m_log->setHorizontalHeaderLabels(
        {tr("When"), tr("Workstation"), tr("Outcome"), tr("Patients"), tr("File or problem")});
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->verticalHeader()->hide();
    m_log->horizontalHeader()->setStretchLastSection(true);
    m_log->setTabKeyNavigation(false);
    m_log->setAccessibleName(tr("Recent backups"));
    auto* logBox = new QGroupBox(tr("Recent backups"), this);
    auto* logLayout = new QVBoxLayout(logBox);
    logLayout->addWidget(m_log);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(statusBox);
    left->addWidget(whereBox);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(keyBox);
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(logBox, 1);

    connect(backUpButton, &QPushButton::clicked, this, [this] { backUpNow(); });
    connect(chooseButton, &QPushButton::clicked, this, &BackupPage::chooseFolder);
    connect(saveButton, &QPushButton::clicked, this, [this] { saveSettings(); });
    connect(setButton, &QPushButton::clicked, this, [this] { setPassphrase(); });
}

void BackupPage::load()
{
    auto settings = m_context.backups.settings(m_context.user);
    if (!settings) {
        report(settings.error());
        return;
    }
    m_loaded = *settings;
    m_folder->setText(settings->folder);
    m_interval->setValue(settings->intervalHours);
    m_daily->setValue(settings->retention.daily);
    m_weekly->setValue(settings->retention.weekly);
    m_monthly->setValue(settings->retention.monthly);
    showOverview();
    showLog();
}

void BackupPage::showOverview()
{
    auto overview = m_context.backups.overview();
    if (!overview) {
        m_status->setText(overview.error().message);
        return;
    }
    QStringList lines;
    if (overview->lastGood)
        lines << tr("Last good backup: %1, %2 patients and %3 notes, from %4.")
                     .arg(when(overview->lastGood->atUtc))
                     .arg(overview->lastGood->patients)
                     .arg(overview->lastGood->notes)
                     .arg(overview->lastGood->workstation);
    if (overview->lastAttempt && !overview->lastAttempt->ok)
        lines << tr("The last attempt (%1) failed: %2")
                     .arg(when(overview->lastAttempt->atUtc), overview->lastAttempt->problem);
    if (overview->warning)
        lines << *overview->warning;
    m_status->setText(lines.join(QLatin1Char('\n')));
    m_keyState->setText(
        overview->settings.hasKey()
            ? tr("New backups are encrypted with the clinic's passphrase (set %1).")
                  .arg(when(overview->settings.updatedAt))
            : tr("No passphrase is set: backups are not encrypted. Set one below."));
}

void BackupPage::showLog()
{
    auto runs = m_context.backups.recentRuns(m_context.user, 50);
    if (!runs)
        return;
    m_log->setRowCount(int(runs->size()));
    for (int row = 0; row < int(runs->size()); ++row) {
        const BackupRun& run = runs->at(std::size_t(row));
        const QStringList cells = {when(run.atUtc), run.workstation,
                                   run.ok ? tr("Verified") : tr("Failed"),
                                   run.ok ? QLocale().toString(run.patients) : QString(),
                                   run.ok ? run.fileName : run.problem};
        for (int column = 0; column < cells.size(); ++column)
            m_log->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_log->resizeColumnsToContents();
}

void BackupPage::report(const Status& status)
{
    Q_EMIT problemChanged(status.ok() ? QString() : status.error().message);
}

bool BackupPage::saveSettings()
{
    BackupSettings settings = m_loaded;
    settings.folder = m_folder->text();
    settings.intervalHours = m_interval->value();
    settings.retention = BackupRetention{m_daily->value(), m_weekly->value(), m_monthly->value()};
    const Status saved = m_context.backups.saveSettings(settings, m_context.user);
    report(saved);
    if (saved.ok())
        load();
    return saved.ok();
}

bool BackupPage::setPassphrase()
{
    QApplication::setOverrideCursor(Qt::WaitCursor); // deriving the key takes a second
    const Status set =
        m_context.backups.setPassphrase(m_passphrase->text(), m_repeated->text(), m_context.user);
    QApplication::restoreOverrideCursor();
    report(set);
    if (!set.ok())
        return false;
    m_passphrase->clear();
    m_repeated->clear();
    load();
    return true;
}

bool BackupPage::backUpNow()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    StepProgress progress(this, tr("Backing up"));
    auto run = m_context.backups.backupNow(m_context.user, progress.callback());
    QApplication::restoreOverrideCursor();
    if (!run) {
        report(run.error());
        return false;
    }
    report(run->ok ? Status{} : Status(Error{ErrorCode::Io, run->problem, {}, {}}));
    showOverview();
    showLog();
    return run->ok;
}

void BackupPage::chooseFolder()
{
    const auto chosen = m_context.messages.folderName(this, tr("Backup folder"), m_folder->text());
    if (chosen)
        m_folder->setText(*chosen);
}

} // namespace needlechart
