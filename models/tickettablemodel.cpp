#include "models/tickettablemodel.h"

#include "models/storagetext.h"

#include <QMetaObject>
#include <functional>
#include <limits>
#include <utility>

namespace Models {

TicketTableModel::TicketTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

TicketTableModel::~TicketTableModel() = default;

Storage::TicketSortKey TicketTableModel::sortKeyOf(int column)
{
    switch (column) {
    case TicketTableModel::KeyColumn:
        return Storage::TicketSortKey::Key;
    case TicketTableModel::TitleColumn:
        return Storage::TicketSortKey::Title;
    case TicketTableModel::SeverityColumn:
        return Storage::TicketSortKey::Severity;
    case TicketTableModel::KindColumn:
        return Storage::TicketSortKey::Kind;
    case TicketTableModel::ServiceLevelColumn:
        return Storage::TicketSortKey::ServiceLevel;
    case TicketTableModel::StatusColumn:
        return Storage::TicketSortKey::Status;
    case TicketTableModel::CreatedColumn:
        return Storage::TicketSortKey::Created;
    case TicketTableModel::RespondedColumn:
        return Storage::TicketSortKey::Responded;
    case TicketTableModel::ResolvedColumn:
        return Storage::TicketSortKey::Resolved;
    case TicketTableModel::ResponseTimeColumn:
        return Storage::TicketSortKey::ResponseTime;
    case TicketTableModel::ResolutionTimeColumn:
        return Storage::TicketSortKey::ResolutionTime;
    case TicketTableModel::PausedTimeColumn:
        return Storage::TicketSortKey::PausedTime;
    case TicketTableModel::StateColumn:
        return Storage::TicketSortKey::State;
    default:
        return Storage::TicketSortKey::Created;
    }
}

void TicketTableModel::resetWith(const std::function<void()> &change, bool summary,
                                 const std::optional<Summary> &given)
{
    beginResetModel();
    change();
    forgetRows();
    readCount(summary, given);
    endResetModel();
}

void TicketTableModel::forgetRows()
{
    m_pages.clear();
    m_order = {};
    m_orderWanted = false;
    ++m_generation;
    m_recent.clear();
    m_pagesRead = 0;
    m_failed = false;
}

void TicketTableModel::readCount(bool summary, const std::optional<Summary> &given)
{
    m_counted = true;
    if (!m_database || m_engagementId == 0) {
        m_counts = {};
        return;
    }
    const Storage::TicketBrowseRepository repository(*m_database);
    Storage::StorageError error;
    if (summary && given) {
        m_counts.tickets = given->tickets;
        m_counts.complete = given->complete;
    } else if (summary) {
        error = repository.summary(m_engagementId, &m_counts);
    }
    if (!error) {
        if (m_filter.isEmpty()) {
            m_counts.shown = m_counts.tickets; // no second COUNT over a million rows
            m_counts.idsKnown = false;
            m_counts.ids.clear();
        } else {
            error = repository.filterCounts(m_engagementId, m_filter, &m_counts);
        }
    }
    if (error) {
        m_counts = {};
        reportLater(StorageText::message(error));
    }
}

Storage::StorageError TicketTableModel::readSummary(const Storage::Database &database, qint64 engagementId,
                                                    Summary *out)
{
    Storage::TicketBrowseCounts counts;
    const Storage::StorageError error =
        Storage::TicketBrowseRepository(database).summary(engagementId, &counts);
    *out = error ? Summary() : Summary{counts.tickets, counts.complete};
    return error;
}

void TicketTableModel::setEngagement(const Storage::Database *database, qint64 engagementId,
                                     const QTimeZone &zone, const std::optional<Summary> &summary)
{
    resetWith([&] { setSource(database, engagementId, zone); }, true, summary);
}

void TicketTableModel::setSource(const Storage::Database *database, qint64 engagementId,
                                 const QTimeZone &zone)
{
    m_database = engagementId != 0 ? database : nullptr;
    m_engagementId = database ? engagementId : 0;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
}

void TicketTableModel::setEngagementUncounted(const Storage::Database *database, qint64 engagementId,
                                              const QTimeZone &zone, const Summary &summary,
                                              const Storage::TicketBrowseFilter &filter)
{
    beginResetModel();
    setSource(database, engagementId, zone);
    m_filter = filter;
    forgetRows();
    m_counts = {};
    if (m_engagementId != 0) {
        m_counts.tickets = summary.tickets;
        m_counts.complete = summary.complete;
    }
    m_counted = m_engagementId == 0;
    endResetModel();
}

void TicketTableModel::reload()
{
    resetWith([] {}, true);
}

TicketTableModel::FilterRead TicketTableModel::readFilter(const Storage::Database &database,
                                                          qint64 engagementId, const Summary &summary,
                                                          const Storage::TicketBrowseFilter &filter,
                                                          int sortColumn, Qt::SortOrder sortOrder)
{
    FilterRead read{engagementId, filter, sortColumn, sortOrder, {}, {}, {}};
    read.counts.tickets = summary.tickets;
    read.counts.complete = summary.complete;
    const Storage::TicketBrowseRepository repository(database);
    if (filter.isEmpty())
        read.counts.shown = summary.tickets;
    else
        read.error = repository.filterCounts(engagementId, filter, &read.counts);
    if (!read.error && read.counts.shown > 0)
        read.error =
            repository.rows(engagementId, filter, sortKeyOf(sortColumn), sortOrder == Qt::DescendingOrder, 0,
                            PageSize, read.counts, &read.firstPage);
    return read;
}

void TicketTableModel::setFilter(const Storage::TicketBrowseFilter &filter)
{
    if (filter != m_filter || !m_counted)
        resetWith([&] { m_filter = filter; });
}

bool TicketTableModel::setFilter(const FilterRead &read)
{
    if (!m_database || read.engagementId != m_engagementId)
        return false;
    beginResetModel();
    m_filter = read.filter;
    forgetRows();
    m_counted = true;
    if (read.error) {
        m_counts = {};
        reportLater(StorageText::message(read.error));
    } else {
        m_counts = read.counts;
        // The first page is the one shown first, unless the table was sorted again meanwhile.
        if (read.sortColumn == m_sortColumn && read.sortOrder == m_sortOrder) {
            m_pages.insert(0, read.firstPage);
            m_recent.append(0);
        }
    }
    endResetModel();
    return true;
}

void TicketTableModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed != m_filter.text)
        resetWith([&] { m_filter.text = trimmed; });
}

void TicketTableModel::setSeverityFilter(int severity)
{
    severity = severity >= 1 && severity <= 4 ? severity : 0;
    if (severity != m_filter.severity)
        resetWith([&] { m_filter.severity = severity; });
}

void TicketTableModel::setStateFilter(const QString &stateId)
{
    Storage::TicketBrowseFilter next = m_filter;
    setStateId(&next, stateId);
    if (next != m_filter)
        resetWith([&] { m_filter = next; });
}

void TicketTableModel::setKindFilter(const std::optional<Domain::TicketKind> &kind)
{
    if (kind != m_filter.kind)
        resetWith([&] { m_filter.kind = kind; });
}

void TicketTableModel::setMonthFilter(const QDate &month)
{
    const QDate first = month.isValid() ? QDate(month.year(), month.month(), 1) : QDate();
    if (first != m_filter.month)
        resetWith([&] { m_filter.month = first; });
}

int TicketTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_counts.shown, std::numeric_limits<int>::max()));
}

int TicketTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TicketTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    // The same tickets in another order: the filter's count (and its ids, when few) stay.
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    forgetRows();
    endResetModel();
}

int TicketTableModel::cachedRowCount() const
{
    int rows = 0;
    for (const QVector<Storage::TicketBrowseRow> &p : m_pages)
        rows += int(p.size());
    return rows;
}

void TicketTableModel::reportLater(const QString &message) const
{
    // Never emitted from inside data(): the view may be in the middle of painting.
    auto *self = const_cast<TicketTableModel *>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { emit self->errorOccurred(message); }, Qt::QueuedConnection);
}

const QVector<Storage::TicketBrowseRow> *TicketTableModel::page(int index) const
{
    const auto it = m_pages.constFind(index);
    if (it != m_pages.constEnd()) {
        m_recent.removeOne(index);
        m_recent.append(index);
        return &*it;
    }
    if (!m_database || m_failed)
        return nullptr;
    const Storage::TicketBrowseRepository repository(*m_database);
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (m_orderElsewhere && repository.readsOrder(m_filter, sortKeyOf(m_sortColumn), descending,
                                                  qint64(index) * PageSize, PageSize, m_counts, m_order)) {
        if (!std::exchange(m_orderWanted, true)) {
            auto *self = const_cast<TicketTableModel *>(this);
            QMetaObject::invokeMethod(
                self, [self] { emit self->orderNeeded(); }, Qt::QueuedConnection);
        }
        return nullptr; // blank until setOrder()
    }
    QVector<Storage::TicketBrowseRow> rows;
    const Storage::StorageError error =
        repository.rows(m_engagementId, m_filter, sortKeyOf(m_sortColumn), descending,
                        qint64(index) * PageSize, PageSize, m_counts, &rows, &m_order);
    if (error) {
        m_failed = true;
        reportLater(StorageText::message(error));
        return nullptr;
    }
    ++m_pagesRead;
    while (m_recent.size() >= MaxCachedPages)
        m_pages.remove(m_recent.takeFirst());
    m_recent.append(index);
    return &*m_pages.insert(index, rows);
}

TicketTableModel::OrderRead TicketTableModel::orderRequest() const
{
    OrderRead read;
    read.generation = m_generation;
    read.engagementId = m_engagementId;
    read.filter = m_filter;
    read.sort = sortKeyOf(m_sortColumn);
    read.descending = m_sortOrder == Qt::DescendingOrder;
    read.counts = m_counts;
    return read;
}

void TicketTableModel::readOrder(const Storage::Database &database, OrderRead *read)
{
    read->error = Storage::TicketBrowseRepository(database).order(
        read->engagementId, read->filter, read->sort, read->descending, read->counts, &read->order);
}

bool TicketTableModel::setOrder(const OrderRead &read)
{
    if (!m_database || read.generation != m_generation || !m_orderWanted)
        return false;
    m_orderWanted = false;
    if (read.error) {
        m_failed = true;
        reportLater(StorageText::message(read.error));
    } else {
        m_order = read.order;
    }
    // The pages that waited are read now, by id from the order, as the view asks for them again.
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    return true;
}

const Storage::TicketBrowseRow *TicketTableModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const QVector<Storage::TicketBrowseRow> *rows = page(row / PageSize);
    const int offset = row % PageSize;
    // A page can come back short when tickets were removed since the count was read.
    return rows && offset < rows->size() ? &rows->at(offset) : nullptr;
}

} // namespace Models
