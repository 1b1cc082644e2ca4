#pragma once

#include "models/exchange/sources/ticketsource.h"

namespace Exchange {

/// Header names (alternatives, first match wins) of the columns a ticket list can have.
struct TicketColumns
{
    QStringList key, type, priority, status, created, resolved, closed, title;
    QStringList firstResponse;     ///< an instant, or a duration after `created` (Jira SLA fields)
    QStringList firstReplyMinutes; ///< minutes after `created` (Zendesk)

    bool operator==(const TicketColumns &o) const
    {
        return key == o.key && type == o.type && priority == o.priority && status == o.status &&
               created == o.created && resolved == o.resolved && closed == o.closed && title == o.title &&
               firstResponse == o.firstResponse && firstReplyMinutes == o.firstReplyMinutes;
    }
};

/// A ticket per row: the shape of ServiceNow incident lists, Jira and Zendesk exports and mapped
/// CSV files. Key, priority and created are required; a list has no status history, so
/// `history` stays empty and the SLA engine works from created / first response / resolved.
/// When `resolved` is empty and the ticket is closed, the close time counts as resolution.
class TicketListSource : public TicketSource
{
    Q_DECLARE_TR_FUNCTIONS(TicketListSource)

public:
    TicketListSource(const ImportSettings &settings, DateTimeParser::Format usualDateFormat,
                     const TicketColumns &columns);

    void addRow(const CsvRow &row, ImportBatch *batch) override;

protected:
    bool findColumns(ImportBatch *batch) override;
    /// The class of a ticket: by its type column, else `defaultClass(key)`.
    virtual WorkClass defaultClass(QStringView key) const;

private:
    bool readFirstResponse(const CsvRow &row, qint64 created, ImportBatch *batch,
                           std::optional<qint64> *value);

    TicketColumns m_names;
    int m_key = -1, m_type = -1, m_priority = -1, m_status = -1, m_created = -1, m_resolved = -1;
    int m_closed = -1, m_title = -1, m_firstResponse = -1, m_firstReplyMinutes = -1;
};

} // namespace Exchange
