#include "transfer/ImportCheckPage.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/settings/AppSettings.h"

#include "common/ErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QTableWidget>
#include <QVBoxLayout>

namespace needlechart {
namespace {

using Choice = PatientImportService::DuplicateChoice;

QTableWidget* reportTable(const QStringList& headings, const QString& name, QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setColumnCount(int(headings.size()));
    table->setHorizontalHeaderLabels(headings);
    table->setAccessibleName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString number(qsizetype value)
{
    return QLocale().toString(value);
}

} // namespace

ImportCheckPage::ImportCheckPage(UiContext& context, ImportState& state, QWidget* parent)
    : QWizardPage(parent),
      m_context(context),
      m_state(state),
      m_summary(new QLabel(this)),
      m_failingLabel(new QLabel(tr("Rows that cannot be registered as they are:"), this)),
      m_failing(reportTable({tr("Line"), tr("Patient"), tr("What is wrong")},
                            tr("Rows that cannot be registered"), this)),
      m_skipFailing(new QCheckBox(this)),
      m_duplicatesLabel(new QLabel(tr("Rows that may be patients already known:"), this)),
      m_duplicates(reportTable({tr("Line"), tr("Patient"), tr("May be"), tr("Decision")},
                               tr("Possible duplicates"), this)),
      m_error(ErrorLabel::create(this))
{
    setTitle(tr("Check before importing"));
    setSubTitle(tr("Every row has been checked; nothing is registered until you choose "
                   "Import. The import is all or nothing."));
    setButtonText(QWizard::FinishButton, tr("&Import"));
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_failingLabel);
    layout->addWidget(m_failing, 1);
    layout->addWidget(m_skipFailing);
    layout->addWidget(m_duplicatesLabel);
    layout->addWidget(m_duplicates, 1);
    layout->addWidget(m_error);
    connect(m_skipFailing, &QCheckBox::toggled, this, &ImportCheckPage::completeChanged);
}

void ImportCheckPage::initializePage()
{
    ErrorLabel::show(m_error, QString());
    auto check =
        m_context.patientImport.check(m_state.source->table, m_state.mapping, m_context.user);
    if (check)
        m_state.check = std::move(*check);
    else
        m_state.check.reset();
    ErrorLabel::show(m_error, check ? QString() : check.error().message);
    showCheck();
}

void ImportCheckPage::showCheck()
{
    m_failing->setRowCount(0);
    m_duplicates->setRowCount(0);
    m_choices.clear();
    if (!m_state.check) {
        m_summary->clear();
        Q_EMIT completeChanged();
        return;
    }
    const PatientImportService::Check& check = *m_state.check;
    QHash<int, const PatientImport::Candidate*> byLine;
    for (const PatientImport::Candidate& row : check.rows)
        byLine.insert(row.line, &row);

    m_summary->setText(tr("Rows read: %1. Ready to register: %2. Cannot be registered as they are: "
                          "%3. May be patients already known: %4.")
                           .arg(number(check.rows.size()), number(check.readyCount()),
                                number(check.failingCount()),
                                number(qsizetype(check.duplicates.size()))));
    for (const PatientImport::Candidate& row : check.rows) {
        for (const FieldError& error : row.errors) {
            const int at = m_failing->rowCount();
            m_failing->insertRow(at);
            m_failing->setItem(at, 0, new QTableWidgetItem(QString::number(row.line)));
            m_failing->setItem(at, 1, new QTableWidgetItem(row.patient.isolatedDisplayName()));
            m_failing->setItem(at, 2, new QTableWidgetItem(error.message));
        }
    }
    const int failing = check.failingCount();
    m_failingLabel->setVisible(failing > 0);
    m_failing->setVisible(failing > 0);
    m_skipFailing->setVisible(failing > 0);
    m_skipFailing->setChecked(false);
    m_skipFailing->setText(
        tr("&Leave out the rows that cannot be registered, and import the others"));

    for (const PatientImportService::Duplicate& duplicate : check.duplicates) {
        QStringList known;
        for (const PatientSummary& registered : duplicate.registered)
            known.append(tr("%1, born %2 (registered)")
                             .arg(DisplayText::isolate(registered.familyName + QStringLiteral(", ")
                                                       + registered.givenName),
                                  DateText::format(registered.dateOfBirth)));
        if (duplicate.earlierLine != 0)
            known.append(tr("line %1 of this file").arg(duplicate.earlierLine));
        const int at = m_duplicates->rowCount();
        m_duplicates->insertRow(at);
        m_duplicates->setItem(at, 0, new QTableWidgetItem(QString::number(duplicate.line)));
        const PatientImport::Candidate* row = byLine.value(duplicate.line);
        m_duplicates->setItem(
            at, 1,
            new QTableWidgetItem(row ? row->patient.isolatedDisplayName() + QStringLiteral(", ")
                                           + DateText::format(row->patient.dateOfBirth)
                                     : QString()));
        m_duplicates->setItem(at, 2, new QTableWidgetItem(known.join(QStringLiteral("; "))));
        auto* choice = new QComboBox(m_duplicates);
        choice->addItem(tr("Leave out"), int(Choice::Skip));
        choice->addItem(tr("Register anyway"), int(Choice::Register));
        choice->setAccessibleName(tr("Decision for line %1").arg(duplicate.line));
        m_duplicates->setCellWidget(at, 3, choice);
        m_choices.append(choice);
    }
    const bool duplicates = !check.duplicates.empty();
    m_duplicatesLabel->setVisible(duplicates);
    m_duplicates->setVisible(duplicates);
    m_failing->resizeColumnsToContents();
    m_duplicates->resizeColumnsToContents();
    Q_EMIT completeChanged();
}

PatientImportService::Choices ImportCheckPage::choices() const
{
    PatientImportService::Choices chosen;
    chosen.skipFailing = m_skipFailing->isChecked();
    if (!m_state.check)
        return chosen;
    for (int row = 0; row < m_choices.size(); ++row)
        chosen.duplicates[m_state.check->duplicates[size_t(row)].line] =
            Choice(m_choices[row]->currentData().toInt());
    return chosen;
}

bool ImportCheckPage::isComplete() const
{
    if (!m_state.check || m_state.check->readyCount() == 0)
        return false;
    return m_state.check->failingCount() == 0 || m_skipFailing->isChecked();
}

bool ImportCheckPage::validatePage()
{
    if (!m_state.check)
        return false;
    ErrorLabel::show(m_error, QString());
    QProgressDialog progress(tr("Registering the patients\u2026"), tr("Cancel"), 0,
                             int(m_state.check->rows.size()), this);
    progress.setWindowTitle(tr("Import Patients"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto outcome = m_context.patientImport.run(*m_state.check, choices(), m_context.user,
                                               [&progress](int done, int) {
                                                   progress.setValue(done);
                                                   QCoreApplication::processEvents();
                                                   return !progress.wasCanceled();
                                               });
    progress.reset();
    if (!outcome) {
        ErrorLabel::show(m_error, outcome.error().message + QLatin1Char(' ')
                                      + tr("Nothing was registered."));
        return false;
    }
    if (outcome->cancelled) {
        ErrorLabel::show(m_error, tr("The import was cancelled: nothing was registered."));
        return false;
    }
    m_context.settings.setLastPatientImport(
        {m_state.source->table.rows().first().fields, m_state.mapping});
    m_context.messages.information(
        this, tr("Import Patients"),
        tr("Patients registered: %1.").arg(number(outcome->registered))
            + (outcome->skippedFailing + outcome->skippedDuplicates > 0
                   ? QLatin1Char(' ')
                         + tr("Left out: rows that could not be registered, %1; possible "
                              "duplicates, %2.")
                               .arg(number(outcome->skippedFailing),
                                    number(outcome->skippedDuplicates))
                   : QString()));
    return true;
}

} // namespace needlechart
