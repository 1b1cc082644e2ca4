#pragma once

#include "models/domain/sla/slaresult.h"
#include "models/domain/ticket.h"
#include "models/exchange/export/tablestream.h"
#include "models/storage/ticketbrowserepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QTimeZone>
#include <functional>
#include <optional>

namespace Storage {
class Database;
}

namespace Models {

/// Every ticket of one engagement with its stored SLA result, for a table that must open,
/// sort and filter a million tickets at once: rowCount() is the COUNT of the filter, and rows
/// are read from SQL a page at a time as the view asks for them (the windowed cache of
/// sqlitebrowser's lazy model), keeping at most MaxCachedRows rows. Sorting and filtering are
/// done in SQL (Storage::TicketBrowseRepository); both are a reload (model reset).
/// Instants are shown in the engagement's time zone, business times as "2 h 05 min".
class TicketTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KeyColumn,
        TitleColumn,
        SeverityColumn,
        KindColumn,
        ServiceLevelColumn,
        StatusColumn,
        CreatedColumn,
        RespondedColumn,
        ResolvedColumn,
        ResponseTimeColumn,
        ResolutionTimeColumn,
        PausedTimeColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        TicketIdRole = Qt::UserRole + 1, ///< qint64 row id of the ticket
        TicketKeyRole,                   ///< QString
        StateIdRole,     ///< "met", "breached", "running", "at-risk", "paused", "invalid", "not-evaluated"
        EvaluatedAtRole, ///< qint64 `now` of the stored evaluation; 0 when not evaluated
    };
    static constexpr int PageSize = 100;
    static constexpr int MaxCachedPages = 8;
    static constexpr int MaxCachedRows = PageSize * MaxCachedPages;

    explicit TicketTableModel(QObject *parent = nullptr);
    ~TicketTableModel() override;

    /// How many tickets an engagement has and whether each has a stored SLA result: two counts
    /// over its tickets and results (tens of milliseconds at a million), which a page reading off
    /// the GUI thread reads there (readSummary()) and hands to setEngagement().
    struct Summary
    {
        qint64 tickets = 0;
        bool complete = true;
    };
    static Storage::StorageError readSummary(const Storage::Database &database, qint64 engagementId,
                                             Summary *out);

    /// The summary of the engagement shown (as read with it).
    Summary summary() const { return {m_counts.tickets, m_counts.complete}; }

    /// What the table reads when its filter changes, read off the GUI thread (readFilter()) and
    /// handed to setFilter(): a text filter over a million titles is half a second of reading,
    /// seconds on a cold disk.
    struct FilterRead
    {
        qint64 engagementId = 0;
        Storage::TicketBrowseFilter filter;
        int sortColumn = CreatedColumn;
        Qt::SortOrder sortOrder = Qt::DescendingOrder;
        Storage::TicketBrowseCounts counts; ///< the summary given, with the filter's count
        QVector<Storage::TicketBrowseRow> firstPage;
        Storage::StorageError error;
    };
    /// Reads the count of `filter` and its first page in the given sort, as the table would:
    /// `summary` is the engagement's (summary()). Touches no model: safe on any thread with its
    /// own connection.
    static FilterRead readFilter(const Storage::Database &database, qint64 engagementId,
                                 const Summary &summary, const Storage::TicketBrowseFilter &filter,
                                 int sortColumn, Qt::SortOrder sortOrder);
    /// Shows the tickets that pass `filter`, their count read here.
    void setFilter(const Storage::TicketBrowseFilter &filter);
    /// Shows `read`'s filter with what it read: its counts (the summary it was given too), and its
    /// first page where the table still sorts as it did. False (nothing changed) for a read of
    /// another engagement.
    bool setFilter(const FilterRead &read);

    /// Shows the tickets of `engagementId` in `database` (nullptr or 0: none), instants in `zone`;
    /// `summary`, when given, is the engagement's summary read just before (not read again here).
    void setEngagement(const Storage::Database *database, qint64 engagementId, const QTimeZone &zone,
                       const std::optional<Summary> &summary = {});
    /// Shows the tickets of `engagementId` under `filter` before they are counted: no rows until
    /// setFilter(FilterRead) brings the count and the first page, read off the GUI thread.
    void setEngagementUncounted(const Storage::Database *database, qint64 engagementId, const QTimeZone &zone,
                                const Summary &summary, const Storage::TicketBrowseFilter &filter);
    /// False from setEngagementUncounted() until the filter's count is read or given.
    bool isCounted() const { return m_counted; }
    qint64 engagementId() const { return m_engagementId; }
    const Storage::Database *database() const { return m_database; }
    QTimeZone zone() const { return m_zone; }
    /// Reads the count again and forgets every cached row (after an import or a recomputation).
    void reload();

    void setTextFilter(const QString &text);
    void setSeverityFilter(int severity); ///< 1–4, 0 = every severity
    /// A state id of Domain::slaStateId, "not-evaluated", or empty for every state.
    void setStateFilter(const QString &stateId);
    void setKindFilter(const std::optional<Domain::TicketKind> &kind); ///< empty = every kind
    void setMonthFilter(const QDate &month); ///< resolved in (compliance month); invalid = every month
    const Storage::TicketBrowseFilter &filter() const { return m_filter; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// How many rows are held in memory now (never more than MaxCachedRows).
    int cachedRowCount() const;
    /// How many pages have been read from SQL since the last reload (for tests and the bench).
    int pagesRead() const { return m_pagesRead; }
    /// The row at `row`, read from SQL when not cached; nullptr outside the table or on an error.
    const Storage::TicketBrowseRow *rowAt(int row) const;

    /// A large filter's order (the ids in the shown order, read once for the pages far from its
    /// ends): up to 2,000,000 ids, half a second or more of reading at a million tickets. With
    /// setReadsOrderElsewhere(true) the table does not read it in data(): the rows of such a page
    /// are blank, orderNeeded() asks for it, and setOrder() brings it (read off the GUI thread by
    /// readOrder() from orderRequest()). Otherwise the table reads it itself when a page needs it.
    struct OrderRead
    {
        int generation = 0; ///< the reset it is for: a read for an earlier one is dropped
        qint64 engagementId = 0;
        Storage::TicketBrowseFilter filter;
        Storage::TicketSortKey sort = Storage::TicketSortKey::Created;
        bool descending = true;
        Storage::TicketBrowseCounts counts;
        Storage::TicketBrowseOrder order;
        Storage::StorageError error;
    };
    void setReadsOrderElsewhere(bool elsewhere) { m_orderElsewhere = elsewhere; }
    /// From orderNeeded() until setOrder() brings the order asked for or a reset drops the need.
    bool isWaitingForOrder() const { return m_orderWanted; }
    /// What to read for the order asked for (orderNeeded()).
    OrderRead orderRequest() const;
    /// Reads `read`'s order. Touches no model: safe on any thread with its own connection.
    static void readOrder(const Storage::Database &database, OrderRead *read);
    /// Shows the rows of the pages that waited for `read`'s order; false (nothing changed) for a
    /// read made before the last reset.
    bool setOrder(const OrderRead &read);

    /// The most rows an XLSX export writes: an Excel sheet holds 1,048,576 rows, the heading one.
    static constexpr qint64 MaxXlsxRows = 1048575;
    /// What an export of the rows shown reads: the filter, the sort and the count of the table,
    /// and its headings as shown (made on the GUI thread by exportRequest(), read anywhere).
    struct ExportRequest
    {
        qint64 engagementId = 0;
        Storage::TicketBrowseFilter filter;
        int sortColumn = CreatedColumn;
        Qt::SortOrder sortOrder = Qt::DescendingOrder;
        Storage::TicketBrowseCounts counts;
        QTimeZone zone = QTimeZone::utc();
        QVector<Exchange::ExportColumn> columns;
    };
    ExportRequest exportRequest() const;
    /// Writes the rows of `request` into `stream` as the table "tickets" and commits it: words as
    /// shown, instants in the engagement's zone, business times in decimal hours. Reads a chunk
    /// at a time (memory holds one chunk whatever the count); `goOn(written)` is asked before each
    /// chunk and at the end, and false stops the export with nothing committed. False with a
    /// translated `error` when a read or a write fails, or with none when `goOn` stopped it.
    /// Safe on any thread with its own connection.
    static bool writeExport(const Storage::Database &database, const ExportRequest &request,
                            Exchange::TableStream &stream, const std::function<bool(qint64 written)> &goOn,
                            QString *error);

    /// Translated words of a ticket kind and of an SLA state id (see StateIdRole).
    static QString kindText(Domain::TicketKind kind);
    static QString stateText(const QString &stateId);
    /// The colour the table shows beside a state (never the only sign: the words come with it).
    static QColor stateColor(const QString &stateId);
    static QString stateIdOf(const Storage::TicketBrowseRow &row);
    /// A filter's SLA state as a state id (see setStateFilter()), and back.
    static QString stateIdOf(const Storage::TicketBrowseFilter &filter);
    static void setStateId(Storage::TicketBrowseFilter *filter, const QString &stateId);

signals:
    /// A read failed: one translated sentence.
    void errorOccurred(const QString &message);
    /// Rows wait for the filter's order (setReadsOrderElsewhere()): read orderRequest() and give it
    /// to setOrder(). Queued: never emitted from inside data().
    void orderNeeded();

private:
    static Storage::TicketSortKey sortKeyOf(int column);
    /// The engagement read (none when `database` or `engagementId` is), instants in `zone` (UTC when
    /// invalid).
    void setSource(const Storage::Database *database, qint64 engagementId, const QTimeZone &zone);
    /// Resets around `change`; reads the engagement's summary again when `summary`, else only the
    /// count of the filter.
    /// `summary`: the engagement's summary is read again, unless `given`.
    void resetWith(const std::function<void()> &change, bool summary = false,
                   const std::optional<Summary> &given = {});
    void readCount(bool summary, const std::optional<Summary> &given);
    void forgetRows(); ///< every cached page and the filter's order
    const QVector<Storage::TicketBrowseRow> *page(int index) const;
    QVariant display(const Storage::TicketBrowseRow &row, int column) const;
    QString instant(const std::optional<qint64> &seconds) const;
    void reportLater(const QString &message) const;

    const Storage::Database *m_database = nullptr;
    qint64 m_engagementId = 0;
    QTimeZone m_zone = QTimeZone::utc();
    Storage::TicketBrowseFilter m_filter;
    int m_sortColumn = CreatedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    Storage::TicketBrowseCounts m_counts; ///< the engagement's tickets, those shown, results complete
    mutable QHash<int, QVector<Storage::TicketBrowseRow>> m_pages;
    /// A large filter's ids in the shown order, once a page far from its ends was read.
    mutable Storage::TicketBrowseOrder m_order;
    mutable QList<int> m_recent; ///< cached page numbers, most recently used last
    mutable int m_pagesRead = 0;
    mutable bool m_failed = false; ///< a page read failed since the last reload: reported once
    bool m_orderElsewhere = false;
    mutable bool m_orderWanted = false; ///< rows wait for the order (orderNeeded() was emitted)
    int m_generation = 0;               ///< resets so far (OrderRead::generation)
    bool m_counted = true;              ///< m_counts.shown is the filter's (see isCounted())
};

} // namespace Models
