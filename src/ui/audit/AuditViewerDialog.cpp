#include "needlechart/ui/audit/AuditViewerDialog.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/domain/common/EnumText.h"
#include "needlechart/services/accounts/AccountService.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/ui/audit/AuditEventModel.h"
#include "needlechart/ui/common/MessagePresenter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace needlechart {

AuditViewerDialog::AuditViewerDialog(AuditTrail& audit, AccountService& accounts,
                                     PatientService& patients, const Clock& clock,
                                     MessagePresenter& messages, User admin, QWidget* parent)
    : QDialog(parent),
      m_audit(audit),
      m_accounts(accounts),
      m_patients(patients),
      m_messages(messages),
      m_admin(std::move(admin))
{
    setObjectName(QStringLiteral("auditViewerDialog"));
    setWindowTitle(tr("Audit Trail"));
    auto* layout = new QVBoxLayout(this);

    auto* filters = new QHBoxLayout;
    m_patient = new QSpinBox;
    m_patient->setObjectName(QStringLiteral("auditPatientFilter"));
    m_patient->setRange(0, 999'999'999);
    m_patient->setSpecialValueText(tr("Any patient"));
    m_patient->setToolTip(tr("The patient's number, as on their details"));
    m_patient->setMinimumWidth(m_patient->fontMetrics().horizontalAdvance(tr("Any patient"))
                               + m_patient->fontMetrics().averageCharWidth() * 6);
    m_account = new QComboBox;
    m_account->setObjectName(QStringLiteral("auditAccountFilter"));
    m_account->addItem(tr("Anyone"), qint64(0));
    if (auto staff = m_accounts.accounts(m_admin)) {
        for (const StaffAccount& a : *staff)
            m_account->addItem(QStringLiteral("%1 (%2)").arg(a.displayName, a.login), a.id);
    }
    const QDate today = clock.today();
    m_from = new QDateEdit(today.addDays(-30));
    m_from->setObjectName(QStringLiteral("auditFromFilter"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today);
    m_to->setObjectName(QStringLiteral("auditToFilter"));
    m_to->setCalendarPopup(true);
    m_action = new QComboBox;
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_action->addItem(tr("Any action"), -1);
    for (const auto& entry : EnumText<AuditAction>::Entries)
        m_action->addItem(enumLabel(entry.value), int(entry.value));
    auto* show = new QPushButton(tr("&Show"));
    show->setObjectName(QStringLiteral("auditShowButton"));
    show->setDefault(true);
    const auto labelled = [filters](const QString& label, QWidget* field) {
        auto* text = new QLabel(label);
        text->setBuddy(field);
        filters->addWidget(text);
        filters->addWidget(field);
    };
    labelled(tr("&Patient:"), m_patient);
    labelled(tr("A&ccount:"), m_account);
    labelled(tr("&From:"), m_from);
    labelled(tr("&To:"), m_to);
    labelled(tr("Ac&tion:"), m_action);
    filters->addWidget(show);
    filters->addStretch();
    layout->addLayout(filters);

    m_model = new AuditEventModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(AuditEventModel::SortRole);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setTabKeyNavigation(false); // Tab moves on; the arrows walk the cells
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditEventModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table);

    auto* bottom = new QHBoxLayout;
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("auditCountLabel"));
    bottom->addWidget(m_count);
    bottom->addStretch();
    auto* exportButton = new QPushButton(tr("&Export CSV\u2026"));
    exportButton->setObjectName(QStringLiteral("auditExportButton"));
    bottom->addWidget(exportButton);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    bottom->addWidget(close);
    layout->addLayout(bottom);

    connect(show, &QPushButton::clicked, this, &AuditViewerDialog::reload);
    connect(exportButton, &QPushButton::clicked, this, &AuditViewerDialog::exportCsv);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 30);
    reload();
}

AuditQuery AuditViewerDialog::query() const
{
    AuditQuery q;
    q.patientId = m_patient->value();
    q.accountId = m_account->currentData().toLongLong();
    // Local days, the whole of the last one included.
    q.fromUtc = QDateTime(m_from->date(), QTime(0, 0), Qt::LocalTime).toUTC();
    q.untilUtc = QDateTime(m_to->date().addDays(1), QTime(0, 0), Qt::LocalTime).toUTC();
    if (const int action = m_action->currentData().toInt(); action >= 0)
        q.action = AuditAction(action);
    return q;
}

void AuditViewerDialog::setPatientFilter(qint64 patientId)
{
    m_patient->setValue(int(patientId));
}

void AuditViewerDialog::setActionFilter(std::optional<AuditAction> action)
{
    m_action->setCurrentIndex(action ? m_action->findData(int(*action)) : 0);
}

void AuditViewerDialog::setAccountFilter(qint64 accountId)
{
    const int index = m_account->findData(accountId);
    m_account->setCurrentIndex(index < 0 ? 0 : index);
}

void AuditViewerDialog::setDateRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void AuditViewerDialog::reload()
{
    const AuditQuery q = query();
    auto rows = m_audit.events(m_admin, q);
    if (!rows) {
        m_messages.critical(this, tr("Cannot read the audit trail"), rows.error().message);
        return;
    }
    // Names for the patients the rows are about (an admin may read patients' details).
    QHash<qint64, QString> names;
    for (const AuditEvent& e : *rows) {
        if (e.patientId <= 0 || names.contains(e.patientId))
            continue;
        auto patient = m_patients.get(e.patientId, m_admin);
        names.insert(e.patientId, patient ? patient->fullName() : QString());
    }
    const int shown = int(rows->size());
    m_model->setEvents(std::move(*rows), std::move(names));
    m_table->resizeColumnsToContents();
    if (shown >= q.limit)
        m_count->setText(
            tr("The newest %1 rows: narrow the filters to see older ones.").arg(shown));
    else
        m_count->setText(shown == 1 ? tr("1 row") : tr("%1 rows").arg(shown));
}

void AuditViewerDialog::exportCsv()
{
    const auto path = m_messages.saveFileName(
        this, tr("Export the audit trail"),
        QDir::home().filePath(QStringLiteral("audit-trail.csv")), tr("CSV files (*.csv)"));
    if (!path)
        return;
    auto csv = m_audit.exportCsv(m_admin, query());
    if (!csv) {
        m_messages.critical(this, tr("Cannot export the audit trail"), csv.error().message);
        return;
    }
    QSaveFile file(*path);
    const QByteArray bytes = csv->toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        spdlog::error("audit: export could not be written");
        m_messages.critical(this, tr("Cannot export the audit trail"),
                            tr("%1 could not be written: %2")
                                .arg(QDir::toNativeSeparators(*path), file.errorString()));
        return;
    }
    m_count->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(*path)));
}

} // namespace needlechart
