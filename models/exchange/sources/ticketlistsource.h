#pragma once

#include "models/exchange/sources/ticketsource.h"

#include <vector>

namespace Exchange {

/// Header names (alternatives, first match wins) of the columns a ticket list can have.
struct TicketColumns
{
    QStringList key, type, priority, status, created, resolved, closed, title;
    QStringList firstResponse;     ///< an instant (Jira's "[CHART] Date of First Response")
    QStringList firstReplyMinutes; ///< minutes after `created` (Zendesk)
    /// The tool's own SLA values (Jira's "Time to first response": time *remaining*), kept as
    /// imported data and never turned into an instant.
    QStringList vendorSla;
    QStringList comment;         ///< repeated columns "date;author;text" (Jira)
    QStringList reporter;        ///< the reporter's id or name, to tell replies from the reporter's own
    QStringList issueId, parent; ///< the ticket's own id, and its parent's id or key (sub-tasks)

    bool operator==(const TicketColumns &o) const
    {
        return key == o.key && type == o.type && priority == o.priority && status == o.status &&
               created == o.created && resolved == o.resolved && closed == o.closed && title == o.title &&
               firstResponse == o.firstResponse && firstReplyMinutes == o.firstReplyMinutes &&
               vendorSla == o.vendorSla && comment == o.comment && reporter == o.reporter &&
               issueId == o.issueId && parent == o.parent;
    }
};

/// A ticket per row: the shape of ServiceNow incident lists, Jira and Zendesk exports and mapped
/// CSV files. Key, priority (unless one severity is chosen for all rows) and created are
/// required; a list has no status history, so `history` stays empty and the SLA engine works from
/// created / first response / resolved. When `resolved` is empty and the ticket is closed, the
/// close time counts as resolution; closed tickets in a file with neither column are reported.
///
/// The first response is an instant column, or created + minutes (Zendesk), or the first comment
/// by someone other than the reporter; never derived from a tool's remaining-time SLA field.
/// Sub-tasks take their parent's class (a story's sub-task is L3 work), parents looked up in two
/// passes over the file before the import (what sub-tasks name, then those tickets' types).
class TicketListSource : public TicketSource
{
    Q_DECLARE_TR_FUNCTIONS(TicketListSource)

public:
    TicketListSource(const ImportSettings &settings, DateTimeParser::Format usualDateFormat,
                     const TicketColumns &columns);

    bool wantsPrescan() const override;
    bool prescanRow(const CsvRow &row) override;
    void endPrescan(ImportBatch *batch) override;
    bool wantsSecondPrescan() const override;
    void prescanRowAgain(const CsvRow &row) override;
    void addRow(const CsvRow &row, ImportBatch *batch) override;
    void finish(ImportBatch *batch) override;

protected:
    bool findColumns(ImportBatch *batch) override;
    /// The class of a ticket: by its type column, else `defaultClass(key)`.
    virtual WorkClass defaultClass(QStringView key) const;
    /// How to get the missing priority column into this tool's export (a sentence), or empty.
    virtual QString missingPriorityHint() const { return QString(); }
    /// Whether `type` names a sub-task (English Jira names).
    static bool isSubtask(QStringView type);
    /// Whether tickets left without a first response are reported even when the file has no
    /// column that could have held one (Jira: the user can export the [CHART] field or comments).
    virtual bool reportsFirstResponseColumnsMissing() const { return false; }

    int m_created = -1, m_resolved = -1, m_closed = -1;

private:
    bool readFirstResponse(const CsvRow &row, qint64 created, ImportBatch *batch,
                           std::optional<qint64> *value);
    std::optional<qint64> firstReplyComment(const CsvRow &row);
    void readVendorSla(const CsvRow &row, Domain::Ticket *ticket) const;
    WorkClass classOf(const CsvRow &row, const QString &key, ImportBatch *batch);
    bool looksClosed(QStringView status) const;

    TicketColumns m_names;
    int m_key = -1, m_type = -1, m_priority = -1, m_status = -1;
    int m_title = -1, m_firstResponse = -1, m_firstReplyMinutes = -1, m_reporter = -1;
    int m_issueId = -1, m_parent = -1;
    QVector<int> m_vendorSla, m_comments;
    /// Jira's parents, in two passes. The first keeps the 64-bit digests (as the duplicate-key
    /// check keeps keys) of the keys and ids that sub-tasks name, sorted, once each; the second
    /// the type of each of those tickets: 12 bytes a named parent, nothing for other tickets
    /// (session 28 kept 32 bytes for every ticket; a QHash of strings before, ~225).
    void compactParentRefs();
    QString typeOfParent(QStringView parent) const;
    static constexpr std::size_t s_firstParentRefsCompaction = 1 << 16;
    std::vector<quint64> m_parentRefs;
    std::size_t m_compactParentRefsAt = s_firstParentRefsCompaction;
    std::vector<quint32> m_parentRefType;   ///< per m_parentRefs: 1 + index into m_parentTypes, 0 unknown
    QStringList m_parentTypes;              ///< the distinct types of named parents, once each
    QHash<QString, quint32> m_parentTypeAt; ///< type -> index into m_parentTypes
    qint64 m_subtasks = 0, m_subtasksWithoutParent = 0, m_withoutFirstResponse = 0;
    qint64 m_withoutFirstResponseColumn = 0; ///< tickets of a file with no column that could tell
    qint64 m_closedWithoutResolution = 0;
};

} // namespace Exchange
