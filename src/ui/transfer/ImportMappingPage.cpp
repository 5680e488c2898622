#include "transfer/ImportMappingPage.h"

#include "needlechart/ui/settings/AppSettings.h"

#include "common/ErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace needlechart {
namespace {

using Field = PatientImport::Field;

enum Column { HeadingColumn, SampleColumn, FieldColumn, ColumnCount };

// A row of a file's headings as compared with the remembered one.
QStringList comparable(QStringList row)
{
    for (QString& heading : row)
        heading = heading.trimmed().toCaseFolded();
    return row;
}

} // namespace

ImportMappingPage::ImportMappingPage(UiContext& context, ImportState& state, QWidget* parent)
    : QWizardPage(parent),
      m_context(context),
      m_state(state),
      m_columns(new QTableWidget(this)),
      m_header(new QCheckBox(tr("The first row holds the column &headings"), this)),
      m_dateOrder(new QComboBox(this)),
      m_problem(ErrorLabel::create(this))
{
    setTitle(tr("What each column holds"));
    setSubTitle(tr("Check the field chosen for each column of the file. Columns marked \"not "
                   "imported\" are left out."));
    m_columns->setColumnCount(ColumnCount);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("First value"), tr("Holds")});
    m_columns->setAccessibleName(tr("Columns of the file"));
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setTabKeyNavigation(false);
    m_columns->verticalHeader()->setVisible(false);
    m_columns->horizontalHeader()->setSectionResizeMode(HeadingColumn,
                                                        QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    for (const auto& entry : EnumText<PatientImport::DateOrder>::Entries)
        m_dateOrder->addItem(enumLabel(entry.value), int(entry.value));

    auto* options = new QFormLayout;
    options->addRow(tr("&Dates are written:"), m_dateOrder);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_columns, 1);
    layout->addWidget(m_header);
    layout->addLayout(options);
    layout->addWidget(m_problem);

    connect(m_header, &QCheckBox::toggled, this, [this] {
        readMapping();
        showMapping();
    });
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, [this] {
        readMapping();
        Q_EMIT completeChanged();
    });
}

void ImportMappingPage::initializePage()
{
    const CsvTable& table = m_state.source->table;
    m_state.mapping = PatientImport::guessMapping(table);
    const QStringList firstRow = table.rows().first().fields;
    if (const auto remembered = m_context.settings.lastPatientImport();
        remembered && comparable(remembered->firstRow) == comparable(firstRow)
        && remembered->mapping.columns.size() == m_state.mapping.columns.size())
        m_state.mapping = remembered->mapping;
    showMapping();
}

void ImportMappingPage::showMapping()
{
    const QList<CsvTable::Row>& rows = m_state.source->table.rows();
    const PatientImport::Mapping& mapping = m_state.mapping;
    const QSignalBlocker blockHeader(m_header);
    m_header->setChecked(mapping.firstRowIsHeader);
    const QSignalBlocker blockOrder(m_dateOrder);
    m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(mapping.dateOrder)));

    const qsizetype sampleRow = mapping.firstRowIsHeader && rows.size() > 1 ? 1 : 0;
    m_columns->setRowCount(int(mapping.columns.size()));
    m_fieldBoxes.clear();
    for (int column = 0; column < mapping.columns.size(); ++column) {
        const QString heading = mapping.firstRowIsHeader ? rows.first().fields.value(column)
                                                         : tr("Column %1").arg(column + 1);
        m_columns->setItem(column, HeadingColumn, new QTableWidgetItem(heading));
        m_columns->setItem(column, SampleColumn,
                           new QTableWidgetItem(rows.value(sampleRow).fields.value(column)));
        auto* box = new QComboBox(m_columns);
        for (const auto& entry : EnumText<Field>::Entries)
            box->addItem(enumLabel(entry.value), int(entry.value));
        box->setCurrentIndex(box->findData(int(mapping.columns[column])));
        box->setAccessibleName(tr("What column %1 holds").arg(column + 1));
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            readMapping();
            Q_EMIT completeChanged();
        });
        m_columns->setCellWidget(column, FieldColumn, box);
        m_fieldBoxes.append(box);
    }
    m_columns->resizeRowsToContents();
    ErrorLabel::show(m_problem, problem());
    Q_EMIT completeChanged();
}

void ImportMappingPage::readMapping()
{
    PatientImport::Mapping& mapping = m_state.mapping;
    mapping.firstRowIsHeader = m_header->isChecked();
    mapping.dateOrder = PatientImport::DateOrder(m_dateOrder->currentData().toInt());
    for (int column = 0; column < m_fieldBoxes.size() && column < mapping.columns.size(); ++column)
        mapping.columns[column] = Field(m_fieldBoxes[column]->currentData().toInt());
    m_state.check.reset();
    ErrorLabel::show(m_problem, problem());
}

QString ImportMappingPage::problem() const
{
    const QList<Field>& columns = m_state.mapping.columns;
    if (!columns.contains(Field::FamilyName) || !columns.contains(Field::GivenName))
        return tr("Choose the columns that hold the family name and the given name.");
    for (const auto& entry : EnumText<Field>::Entries) {
        if (entry.value != Field::Ignore && columns.count(entry.value) > 1)
            return tr("Two columns are marked as %1: choose one.").arg(enumLabel(entry.value));
    }
    return {};
}

bool ImportMappingPage::isComplete() const
{
    return m_state.source && problem().isEmpty();
}

} // namespace needlechart
