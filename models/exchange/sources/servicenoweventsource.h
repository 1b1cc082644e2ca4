#pragma once

#include "models/exchange/sources/ticketsource.h"

#include <QSet>

namespace Exchange {

/// ServiceNow incident event log (audit export): one row per update of an incident. The rows of
/// one incident become its status history, ordered by sys_updated_at then sys_mod_count.
///
/// Rows of one incident must be adjacent (ServiceNow writes them so, and sorting by number
/// keeps them so): an incident is emitted as soon as the next number starts, which keeps memory
/// flat for a million-row log. A number that comes back after another one is rejected.
/// Consecutive rows with the same state and priority are one status; the first change away
/// from "New" is taken as the first response (the log has no response column).
class ServiceNowEventSource : public TicketSource
{
    Q_DECLARE_TR_FUNCTIONS(ServiceNowEventSource)

public:
    /// Day-first dates by default (dd-MM-yyyy HH:mm, as the sample log writes them).
    explicit ServiceNowEventSource(const ImportSettings &settings);

    QString id() const override { return QStringLiteral("servicenow-events"); }
    QString displayName() const override { return tr("ServiceNow event log"); }
    void addRow(const CsvRow &row, ImportBatch *batch) override;
    void finish(ImportBatch *batch) override;

protected:
    bool findColumns(ImportBatch *batch) override;

private:
    struct Event
    {
        qint64 at = 0;
        qint64 modCount = -1;
        QString status;
        int severity = 0;
    };
    void flush(ImportBatch *batch);
    QString intern(QStringView status);

    int m_number = -1, m_state = -1, m_updatedAt = -1, m_modCount = -1, m_priority = -1;
    int m_openedAt = -1, m_resolvedAt = -1, m_title = -1, m_category = -1;

    QString m_key;
    bool m_rejected = false;       // a row of the current incident was rejected: skip it whole
    // From the latest row of the current incident. Only parsed values are kept: holding on to
    // the row would make the reader reallocate every field of the next one.
    CsvRow m_lastLine;             // line number only, for problems found when emitting
    qint64 m_created = 0;
    std::optional<qint64> m_resolved;
    QString m_lastTitle;
    QString m_lastCategory;
    QVector<Event> m_events;
    QSet<quint64> m_done;          // digests of the numbers already emitted
    QHash<QString, QString> m_statuses; // shares one string per distinct state
};

} // namespace Exchange
