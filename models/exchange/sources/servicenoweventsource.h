#pragma once

#include "models/exchange/sources/ticketsource.h"

#include <QSet>

namespace Exchange {

/// ServiceNow incident event log (audit export): one row per update of an incident. The rows of
/// one incident become its status history, ordered by sys_updated_at then sys_mod_count.
///
/// By default the rows of one incident must be adjacent (ServiceNow writes them so, and sorting
/// by number keeps them so): an incident is emitted as soon as the next number starts, which keeps
/// memory flat for a million-row log, and a number that comes back later is rejected. With
/// RowOrder::Any every incident is held until the end of the file (memory grows with the rows)
/// and emitted in order of first appearance.
/// Consecutive rows with the same state and priority are one status; the first change away
/// from "New" is taken as the first response (the log has no response column).
class ServiceNowEventSource : public TicketSource
{
    Q_DECLARE_TR_FUNCTIONS(ServiceNowEventSource)

public:
    enum class RowOrder { GroupedByNumber, Any };

    /// Day-first dates by default (dd-MM-yyyy HH:mm, as the sample log writes them).
    explicit ServiceNowEventSource(const ImportSettings &settings,
                                   RowOrder order = RowOrder::GroupedByNumber);

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
    /// What is known of one incident so far. Only parsed values of its latest update are kept:
    /// holding on to the row would make the reader reallocate every field of the next one.
    struct Incident
    {
        QVector<Event> events;
        qint64 created = 0;
        std::optional<qint64> resolved;
        QString title;
        QString category;
        qint64 latestAt = 0; // the latest update so far (sys_updated_at, sys_mod_count)
        qint64 latestModCount = -1;
        CsvRow lastLine;       // line of the latest update, for problems found when emitting
        bool rejected = false; // a row was rejected: the incident is skipped whole
    };
    /// Reads one row into `incident`; false (row rejected) when a value is wrong.
    bool readEvent(const CsvRow &row, Incident *incident, ImportBatch *batch);
    void emitIncident(const QString &key, Incident *incident, ImportBatch *batch);
    QString intern(QStringView status);

    RowOrder m_order;
    int m_number = -1, m_state = -1, m_updatedAt = -1, m_modCount = -1, m_priority = -1;
    int m_openedAt = -1, m_resolvedAt = -1, m_title = -1, m_category = -1;

    QString m_key; // grouped: the incident being read
    Incident m_current;
    QSet<quint64> m_done;               // grouped: digests of the numbers already emitted
    QHash<QString, Incident> m_pending; // any order: every incident until the end
    QStringList m_firstSeen;            // any order: emission order
    QHash<QString, QString> m_statuses; // shares one string per distinct state
};

} // namespace Exchange
