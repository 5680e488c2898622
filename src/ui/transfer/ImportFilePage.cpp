#include "transfer/ImportFilePage.h"

#include "needlechart/ui/common/MessagePresenter.h"

#include "common/ErrorLabel.h"

#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace needlechart {

ImportFilePage::ImportFilePage(UiContext& context, ImportState& state, QWidget* parent)
    : QWizardPage(parent),
      m_context(context),
      m_state(state),
      m_path(new QLineEdit(this)),
      m_choose(new QPushButton(tr("C&hoose File\u2026"), this)),
      m_error(ErrorLabel::create(this)),
      m_summary(new QLabel(this)),
      m_preview(new QTableWidget(this))
{
    setTitle(tr("The patient list"));
    setSubTitle(tr("Choose the CSV file another system saved the clinic's patients in. Nothing "
                   "is registered until the last step."));
    m_path->setReadOnly(true);
    m_path->setAccessibleName(tr("File"));
    m_path->setPlaceholderText(tr("No file chosen"));
    m_summary->setWordWrap(true);
    m_preview->setAccessibleName(tr("The file's first rows"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setTabKeyNavigation(false);
    m_preview->verticalHeader()->setVisible(false);
    m_preview->horizontalHeader()->setVisible(false);
    m_preview->setWordWrap(false);

    auto* fileRow = new QHBoxLayout;
    auto* fileLabel = new QLabel(tr("File:"), this);
    fileLabel->setBuddy(m_path);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);

    connect(m_choose, &QPushButton::clicked, this, &ImportFilePage::choose);
}

void ImportFilePage::choose()
{
    const std::optional<QString> path = m_context.messages.openFileName(
        this, tr("Import Patients"), m_state.path.isEmpty() ? QDir::homePath() : m_state.path,
        tr("Patient lists (*.csv *.txt *.tsv);;All files (*)"));
    if (path)
        openFile(*path);
}

bool ImportFilePage::openFile(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_state.path = path;
    m_state.source.reset();
    m_state.check.reset();
    QFile in(path);
    std::optional<QString> failure;
    if (!in.open(QIODevice::ReadOnly)) {
        failure = tr("The file cannot be read: %1").arg(in.errorString());
    } else {
        auto source = PatientImportService::read(in.readAll());
        if (source)
            m_state.source = std::move(*source);
        else
            failure = source.error().message;
    }
    ErrorLabel::show(m_error, failure.value_or(QString()));
    showPreview();
    Q_EMIT completeChanged();
    return !failure;
}

void ImportFilePage::showPreview()
{
    m_preview->clear();
    if (!m_state.source) {
        m_summary->clear();
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        return;
    }
    const CsvTable& table = m_state.source->table;
    const QChar delimiter = table.delimiter();
    const QString delimiterText = delimiter == QLatin1Char('\t')  ? tr("tabs")
                                  : delimiter == QLatin1Char(';') ? tr("semicolons")
                                  : delimiter == QLatin1Char('|') ? tr("vertical bars")
                                                                  : tr("commas");
    m_summary->setText(
        tr("%1 rows (with the headings, if any), written in %2, columns separated by %3. "
           "The first rows:")
            .arg(QLocale().toString(qsizetype(table.rows().size())),
                 DecodedText::nameOf(m_state.source->encoding), delimiterText));
    const qsizetype shown = std::min<qsizetype>(table.rows().size(), PreviewRows);
    qsizetype columns = 0;
    for (qsizetype row = 0; row < shown; ++row)
        columns = std::max(columns, table.rows()[row].fields.size());
    m_preview->setRowCount(int(shown));
    m_preview->setColumnCount(int(columns));
    for (qsizetype row = 0; row < shown; ++row) {
        const QStringList& fields = table.rows()[row].fields;
        for (qsizetype column = 0; column < fields.size(); ++column)
            m_preview->setItem(int(row), int(column), new QTableWidgetItem(fields[column]));
    }
    m_preview->resizeColumnsToContents();
}

bool ImportFilePage::isComplete() const
{
    return m_state.source.has_value();
}

} // namespace needlechart
