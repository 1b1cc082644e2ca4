#include "models/ticketfilterjob.h"

#include <memory>

namespace Models {

bool TicketFilterJob::start(qint64 engagementId, const TicketTableModel::Summary &summary,
                            const Storage::TicketBrowseFilter &filter, int sortColumn,
                            Qt::SortOrder sortOrder)
{
    return run([this, engagementId, summary, filter, sortColumn, sortOrder]() -> Delivery {
        auto read = std::make_shared<TicketTableModel::FilterRead>(
            TicketTableModel::readFilter(database(), engagementId, summary, filter, sortColumn, sortOrder));
        return [this, read](bool cancelled) {
            m_read = std::move(*read);
            emit finished(cancelled);
        };
    });
}

bool TicketOrderJob::start(const TicketTableModel::OrderRead &request)
{
    return run([this, request]() -> Delivery {
        auto read = std::make_shared<TicketTableModel::OrderRead>(request);
        TicketTableModel::readOrder(database(), read.get());
        return [this, read](bool cancelled) {
            m_read = std::move(*read);
            emit finished(cancelled);
        };
    });
}

} // namespace Models
