#include "needlechart/ui/patients/PatientListModel.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/ui/common/DateText.h"

#include <algorithm>
#include <iterator>

namespace needlechart {

namespace {

// Shown where a date is unknown, so an empty cell is never mistaken for a missing column.
QString noDateText()
{
    return QStringLiteral("\u2014");
}

PatientQuery::SortKey sortKeyFor(int column)
{
    switch (column) {
    case PatientListModel::DateOfBirth: return PatientQuery::SortKey::DateOfBirth;
    case PatientListModel::Phone: return PatientQuery::SortKey::Phone;
    case PatientListModel::LastVisit: return PatientQuery::SortKey::LastVisit;
    default: return PatientQuery::SortKey::Name;
    }
}

} // namespace

PatientListModel::PatientListModel(PatientService& service, User user, ChangeNotifier& notifier,
                                   int countDelayMs, QObject* parent)
    : QAbstractTableModel(parent), m_service(service), m_user(std::move(user))
{
    m_query.limit = PageSize;
    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(std::max(0, countDelayMs));
    connect(m_countTimer, &QTimer::timeout, this, &PatientListModel::countNow);
    connect(&notifier, &ChangeNotifier::changed, this, [this](const ChangeEvent& event) {
        if (event.entity == ChangeEvent::Entity::Patient)
            reloadKeeping(static_cast<int>(m_rows.size()));
    });
    reloadKeeping(PageSize);
}

int PatientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PatientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PatientSummary& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: return displayText(row, index.column());
    case Qt::ToolTipRole:
        // Long names are elided in the column; the tool tip shows them whole.
        return index.column() == Name ? displayText(row, Name) : QVariant();
    case PatientIdRole: return QVariant::fromValue<qlonglong>(row.id);
    default: return {};
    }
}

QVariant PatientListModel::displayText(const PatientSummary& row, int column) const
{
    switch (column) {
    case Name: {
        Patient names;
        names.familyName = row.familyName;
        names.givenName = row.givenName;
        names.preferredName = row.preferredName;
        // Isolated, part by part: a right-to-left family name keeps the given name after it.
        return names.isolatedDisplayName();
    }
    case DateOfBirth: {
        if (!row.dateOfBirth.isValid())
            return noDateText();
        Patient born;
        born.dateOfBirth = row.dateOfBirth;
        const std::optional<int> age = born.ageOn(m_service.clock().today());
        if (!age)
            return DateText::format(row.dateOfBirth);
        //: Date of birth followed by the age in years, e.g. "12/03/1984 (42)"
        return tr("%1 (%2)").arg(DateText::format(row.dateOfBirth)).arg(*age);
    }
    case Phone: return row.phone;
    case LastVisit:
        return row.lastVisitOn.isValid() ? DateText::format(row.lastVisitOn) : noDateText();
    default: return {};
    }
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case DateOfBirth: return tr("Date of birth (age)");
    case Phone: return tr("Phone");
    case LastVisit: return tr("Last visit");
    default: return {};
    }
}

bool PatientListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted
           && (m_totalCount == CountPending || static_cast<int>(m_rows.size()) < m_totalCount);
}

void PatientListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    PatientQuery query = m_query;
    query.offset = static_cast<int>(m_rows.size());
    query.limit = PageSize;
    auto page = m_service.list(query, m_user);
    if (!page.ok()) {
        m_exhausted = true;
        Q_EMIT loadFailed(page.error());
        return;
    }
    std::vector<PatientSummary>& more = page.value();
    // A short page means another program removed rows since the count: stop asking.
    if (static_cast<int>(more.size()) < PageSize)
        m_exhausted = true;
    if (more.empty())
        return;
    const int first = query.offset;
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(more.begin()),
                  std::make_move_iterator(more.end()));
    endInsertRows();
}

void PatientListModel::sort(int column, Qt::SortOrder order)
{
    const PatientQuery::SortKey key = sortKeyFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_query.sortKey && descending == m_query.descending)
        return;
    m_query.sortKey = key;
    m_query.descending = descending;
    reloadKeeping(PageSize);
}

void PatientListModel::setSearchText(const QString& text)
{
    if (text == m_query.searchText)
        return;
    m_query.searchText = text;
    reloadKeeping(PageSize);
}

PatientId PatientListModel::patientIdAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return 0;
    return m_rows[static_cast<std::size_t>(row)].id;
}

int PatientListModel::rowOfPatient(PatientId id) const
{
    const auto found = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                    [id](const PatientSummary& row) { return row.id == id; });
    return found == m_rows.cend() ? -1 : static_cast<int>(std::distance(m_rows.cbegin(), found));
}

int PatientListModel::fetchUntilLoaded(PatientId id, int maxRows)
{
    int row = rowOfPatient(id);
    while (row < 0 && canFetchMore({}) && static_cast<int>(m_rows.size()) < maxRows) {
        const int loadedBefore = static_cast<int>(m_rows.size());
        fetchMore({});
        row = rowOfPatient(id);
        if (static_cast<int>(m_rows.size()) == loadedBefore)
            break;
    }
    return row;
}

void PatientListModel::reload()
{
    reloadKeeping(static_cast<int>(m_rows.size()));
}

void PatientListModel::reloadKeeping(int rowsToLoad)
{
    PatientQuery query = m_query;
    query.offset = 0;
    // Whole pages, so a list that was loaded to the end (a partial last page) still is.
    query.limit = std::max(1, (rowsToLoad + PageSize - 1) / PageSize) * PageSize;

    auto rows = m_service.list(query, m_user);
    m_countTimer->stop();
    // A page that is not full is the whole result, so it is its own count; only a full page
    // needs the count query, which for a broad search costs more than the page itself.
    const bool complete = rows.ok() && static_cast<int>(rows->size()) < query.limit;
    const bool deferCount = rows.ok() && !complete && m_countTimer->interval() > 0;
    Result<int> count = !rows.ok()   ? Result<int>(rows.error())
                        : complete   ? Result<int>(static_cast<int>(rows->size()))
                        : deferCount ? Result<int>(CountPending)
                                     : m_service.count(query, m_user);

    beginResetModel();
    if (rows.ok() && count.ok()) {
        m_rows = std::move(rows).value();
        m_totalCount = count.value();
        m_exhausted = complete;
    } else {
        m_rows.clear();
        m_totalCount = 0;
        m_exhausted = true;
    }
    endResetModel();

    Q_EMIT totalCountChanged(m_totalCount);
    m_lastLoadError.reset();
    if (!rows.ok())
        m_lastLoadError = rows.error();
    else if (!count.ok())
        m_lastLoadError = count.error();
    if (m_lastLoadError)
        Q_EMIT loadFailed(*m_lastLoadError);
    else if (deferCount)
        m_countTimer->start();
}

void PatientListModel::setCountDelay(int ms)
{
    m_countTimer->setInterval(std::max(0, ms));
}

void PatientListModel::restartCountDelay()
{
    if (m_totalCount == CountPending && m_countTimer->isActive())
        m_countTimer->start();
}

void PatientListModel::countNow()
{
    if (m_totalCount != CountPending)
        return;
    auto count = m_service.count(m_query, m_user);
    if (!count.ok()) {
        Q_EMIT loadFailed(count.error());
        return;
    }
    m_totalCount = count.value();
    Q_EMIT totalCountChanged(m_totalCount);
}

} // namespace needlechart
