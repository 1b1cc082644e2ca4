#pragma once

#include "models/tickettablemodel.h"
#include "models/workerjob.h"

namespace Models {

/// Reads what the tickets table shows for a new filter off the GUI thread: the filter's count and
/// its first page (TicketTableModel::readFilter()). finished() comes on the job's thread; read()
/// then holds what was read, for TicketTableModel::setFilter().
class TicketFilterJob : public WorkerJob
{
    Q_OBJECT

public:
    using WorkerJob::WorkerJob;

    /// As TicketTableModel::readFilter(); false (nothing started) while a read runs.
    bool start(qint64 engagementId, const TicketTableModel::Summary &summary,
               const Storage::TicketBrowseFilter &filter, int sortColumn, Qt::SortOrder sortOrder);

    /// What the last finished read brought (a failed read: its error()).
    const TicketTableModel::FilterRead &read() const { return m_read; }
    /// Drops what was read (the model holds its own copy).
    void clear() { m_read = {}; }

signals:
    void finished(bool cancelled);

private:
    TicketTableModel::FilterRead m_read;
};

/// Reads a large filter's order for the tickets table off the GUI thread
/// (TicketTableModel::readOrder(), for setOrder()): the pages far from the filter's ends wait for
/// it, blank, instead of the window waiting.
class TicketOrderJob : public WorkerJob
{
    Q_OBJECT

public:
    using WorkerJob::WorkerJob;

    /// Reads `request`'s order; false (nothing started) while a read runs.
    bool start(const TicketTableModel::OrderRead &request);
    /// What the last finished read brought.
    const TicketTableModel::OrderRead &read() const { return m_read; }
    void clear() { m_read = {}; }

signals:
    void finished(bool cancelled);

private:
    TicketTableModel::OrderRead m_read;
};

} // namespace Models
