#include "needlechart/ui/patients/PatientListPanel.h"

#include "needlechart/ui/patients/PatientListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace needlechart {

PatientListPanel::PatientListPanel(PatientService& service, User user, ChangeNotifier& notifier,
                                   int countDelayMs, QWidget* parent)
    : QWidget(parent),
      m_model(new PatientListModel(service, std::move(user), notifier, countDelayMs, this)),
      m_search(new QLineEdit(this)),
      m_table(new QTableView(this))
{
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setPlaceholderText(tr("Search by name, phone or date of birth"));
    m_search->setAccessibleName(tr("Search patients"));
    // The clear button only shows while there is text. It is turned on with the first text
    // rather than here: turning it on decodes its icon, which start-up need not wait for.
    connect(
        m_search, &QLineEdit::textChanged, m_search,
        [this] { m_search->setClearButtonEnabled(true); }, Qt::SingleShotConnection);
    m_search->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);

    m_table->setObjectName(QStringLiteral("patientTable"));
    m_table->setAccessibleName(tr("Patients"));
    // The row header is hidden and sized before the model arrives: a visible one would measure
    // the number of each of the loaded rows to size itself, a third of building this panel.
    m_table->verticalHeader()->hide();
    // Compact rows: a list is for scanning many names at once.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    // Tab leaves the table instead of walking its cells: the rows are read-only.
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    // The indicator is set before sorting is enabled so enabling it does not sort twice.
    m_table->horizontalHeader()->setSortIndicator(PatientListModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    sizeColumns();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, m_model, &PatientListModel::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, this, &PatientListPanel::moveIntoResults);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const PatientId id = m_model->patientIdAt(index.row()); id > 0)
            Q_EMIT patientActivated(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentRowChanged(current.row()); });
    // Connected after setModel() so the selection model has already cleared itself.
    connect(m_model, &QAbstractItemModel::modelReset, this, &PatientListPanel::restoreSelection);
}

bool PatientListPanel::selectPatient(PatientId id)
{
    // Up to 25 pages: enough for any patient a person scrolls to; beyond that the search box
    // finds them faster than loading the rows in between would.
    const int row = m_model->fetchUntilLoaded(id, 25 * PatientListModel::PageSize);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, PatientListModel::Name));
    return true;
}

bool PatientListPanel::revealPatient(PatientId id)
{
    if (selectPatient(id))
        return true;
    if (m_search->text().isEmpty())
        return false;
    m_search->clear();
    return selectPatient(id);
}

void PatientListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

int PatientListPanel::sortColumn() const
{
    return m_table->horizontalHeader()->sortIndicatorSection();
}

Qt::SortOrder PatientListPanel::sortOrder() const
{
    return m_table->horizontalHeader()->sortIndicatorOrder();
}

void PatientListPanel::setSort(int column, Qt::SortOrder order)
{
    m_table->sortByColumn(column, order);
}

bool PatientListPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        m_table->viewport()->removeEventFilter(this);
        // The count of every patient at start-up is not on the first screen's critical path.
        m_model->restartCountDelay();
    }
    // Down in the search box moves into the results, as in a browser's address bar.
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        moveIntoResults();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PatientListPanel::moveIntoResults()
{
    if (m_model->rowCount() == 0)
        return;
    if (m_currentId == 0)
        m_table->selectRow(0);
    m_table->setFocus(Qt::ShortcutFocusReason);
}

void PatientListPanel::onCurrentRowChanged(int row)
{
    setCurrentId(m_model->patientIdAt(row));
}

void PatientListPanel::restoreSelection()
{
    // A reset clears the selection without signals; m_currentId still names what was selected.
    if (m_currentId > 0) {
        if (const int row = m_model->rowOfPatient(m_currentId); row >= 0) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, PatientListModel::Name));
            return;
        }
    }
    setCurrentId(0);
}

void PatientListPanel::setCurrentId(PatientId id)
{
    if (id == m_currentId)
        return;
    m_currentId = id;
    Q_EMIT currentPatientChanged(id);
}

void PatientListPanel::sizeColumns()
{
    // Fixed-content columns get the width of a typical value (or of their title, with room for
    // the sort arrow); the name takes the rest. Measured instead of ResizeToContents, which
    // would read every loaded row.
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics cellMetrics = m_table->fontMetrics();
    const QFontMetrics headerMetrics = header->fontMetrics();
    const int padding = 2 * cellMetrics.averageCharWidth() + 8;
    const int sortArrow = headerMetrics.height() + 8;
    int fixedWidth = 0;
    auto fit = [&](int column, const QString& sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int width = std::max(cellMetrics.horizontalAdvance(sample),
                                   headerMetrics.horizontalAdvance(title) + sortArrow)
                          + padding;
        header->resizeSection(column, width);
        fixedWidth += width;
    };
    fit(PatientListModel::DateOfBirth, QStringLiteral("00/00/0000 (000)"));
    fit(PatientListModel::Phone, QStringLiteral("+00 0000 000 0000"));
    fit(PatientListModel::LastVisit, QStringLiteral("00/00/0000"));
    // Never so narrow that names shrink to an ellipsis: the splitter gives way elsewhere.
    const int nameWidth = cellMetrics.averageCharWidth() * 22;
    m_table->setMinimumWidth(fixedWidth + nameWidth
                             + m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent)
                             + 2 * m_table->frameWidth());
    header->setSectionResizeMode(PatientListModel::Name, QHeaderView::Stretch);
    header->setMinimumSectionSize(cellMetrics.averageCharWidth() * 6);
}

} // namespace needlechart
