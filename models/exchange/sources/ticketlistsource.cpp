#include "models/exchange/sources/ticketlistsource.h"

#include "models/exchange/csv/numberparser.h"

#include <algorithm>
#include <climits>

namespace Exchange {

TicketListSource::TicketListSource(const ImportSettings &settings, DateTimeParser::Format usualDateFormat,
                                   const TicketColumns &columns)
    : TicketSource(settings, usualDateFormat), m_names(columns)
{
}

bool TicketListSource::findColumns(ImportBatch *batch)
{
    m_key = requireColumn(m_names.key, batch);
    setKeyColumn(m_key);
    m_priority = column(m_names.priority);
    if (m_priority < 0 && !m_settings.severity && batch->fileError.isNull()) {
        const QString hint = missingPriorityHint();
        batch->fileError = ExchangeError{
            m_fileName, 1, 0,
            tr("The column \"%1\" is missing, so no ticket has a severity.%2 Or import with one severity "
               "for every ticket (--severity N, or the choice in the import wizard).")
                .arg(m_names.priority.value(0), hint.isEmpty() ? QString() : QLatin1Char(' ') + hint)};
    }
    m_created = requireColumn(m_names.created, batch);
    m_type = column(m_names.type);
    m_status = column(m_names.status);
    m_resolved = column(m_names.resolved);
    m_closed = column(m_names.closed);
    m_title = column(m_names.title);
    m_firstResponse = column(m_names.firstResponse);
    m_firstReplyMinutes = column(m_names.firstReplyMinutes);
    m_reporter = column(m_names.reporter);
    m_issueId = column(m_names.issueId);
    m_parent = column(m_names.parent);
    m_vendorSla.clear();
    for (const QString &name : std::as_const(m_names.vendorSla)) {
        const int c = column(QStringList{name});
        if (c >= 0 && !m_vendorSla.contains(c))
            m_vendorSla.append(c);
    }
    m_comments.clear();
    for (int occurrence = 0; !m_names.comment.isEmpty(); ++occurrence) {
        const int c = column(m_names.comment, occurrence);
        if (c < 0)
            break;
        m_comments.append(c);
    }
    return batch->fileError.isNull();
}

WorkClass TicketListSource::defaultClass(QStringView) const
{
    return incidentClass();
}

bool TicketListSource::isSubtask(QStringView type)
{
    return type.compare(u"Sub-task", Qt::CaseInsensitive) == 0 ||
           type.compare(u"Subtask", Qt::CaseInsensitive) == 0;
}

bool TicketListSource::wantsPrescan() const
{
    return m_type >= 0 && m_parent >= 0;
}

bool TicketListSource::prescanRow(const CsvRow &row)
{
    // Parents may come after their sub-tasks. The first pass keeps what the sub-tasks name; the
    // second (prescanRowAgain) the types of those tickets only, not of every ticket of the file.
    const QStringView parent = cell(row, m_parent);
    if (isSubtask(cell(row, m_type)) && !parent.isEmpty()) {
        m_parentRefs.push_back(keyDigest(parent));
        if (m_parentRefs.size() >= m_compactParentRefsAt)
            compactParentRefs();
    }
    return true;
}

void TicketListSource::compactParentRefs()
{
    // Sorted and once each: many sub-tasks name the same parent.
    std::sort(m_parentRefs.begin(), m_parentRefs.end());
    m_parentRefs.erase(std::unique(m_parentRefs.begin(), m_parentRefs.end()), m_parentRefs.end());
    m_parentRefs.shrink_to_fit();
    m_compactParentRefsAt = std::max<std::size_t>(2 * m_parentRefs.size(), s_firstParentRefsCompaction);
}

void TicketListSource::endPrescan(ImportBatch *batch)
{
    TicketSource::endPrescan(batch);
    compactParentRefs();
    m_parentRefType.assign(m_parentRefs.size(), 0);
}

bool TicketListSource::wantsSecondPrescan() const
{
    return !m_parentRefs.empty();
}

void TicketListSource::prescanRowAgain(const CsvRow &row)
{
    const QStringView type = cell(row, m_type);
    if (type.isEmpty() || isSubtask(type))
        return;
    quint32 typeNumber = 0; // 1 + its index in m_parentTypes, once known
    for (int column : {m_key, m_issueId}) {
        if (isMissing(row, column))
            continue;
        const quint64 digest = keyDigest(cell(row, column));
        const auto at = std::lower_bound(m_parentRefs.cbegin(), m_parentRefs.cend(), digest);
        if (at == m_parentRefs.cend() || *at != digest)
            continue;
        if (typeNumber == 0) {
            auto known = m_parentTypeAt.constFind(type.toString());
            if (known == m_parentTypeAt.constEnd()) {
                known = m_parentTypeAt.insert(type.toString(), quint32(m_parentTypes.size()));
                m_parentTypes.append(type.toString());
            }
            typeNumber = known.value() + 1;
        }
        // In file order: a key or id written twice keeps its later type.
        m_parentRefType[std::size_t(at - m_parentRefs.cbegin())] = typeNumber;
    }
}

QString TicketListSource::typeOfParent(QStringView parent) const
{
    const quint64 digest = keyDigest(parent);
    const auto at = std::lower_bound(m_parentRefs.cbegin(), m_parentRefs.cend(), digest);
    if (at == m_parentRefs.cend() || *at != digest || m_parentRefType.empty())
        return {};
    const quint32 typeNumber = m_parentRefType[std::size_t(at - m_parentRefs.cbegin())];
    return typeNumber == 0 ? QString() : m_parentTypes.at(qsizetype(typeNumber - 1));
}

WorkClass TicketListSource::classOf(const CsvRow &row, const QString &key, ImportBatch *batch)
{
    const QStringView type = cell(row, m_type);
    if (!isSubtask(type))
        return workClassFor(type, defaultClass(key), batch);
    ++m_subtasks;
    const QString parentType = typeOfParent(cell(row, m_parent));
    if (parentType.isEmpty()) {
        ++m_subtasksWithoutParent;
        return workClassFor(type, defaultClass(key), batch);
    }
    // The parent's kind; a story's sub-task is L3 design and development like the story.
    return workClassFor(parentType, defaultClass(key), batch);
}

bool TicketListSource::looksClosed(QStringView status) const
{
    // ServiceNow's labels and its numeric states (6 resolved, 7 closed), Jira's and Zendesk's.
    for (const char16_t *word : {u"closed", u"resolved", u"solved", u"done", u"cancelled", u"canceled"}) {
        if (status.compare(QStringView(word), Qt::CaseInsensitive) == 0)
            return true;
    }
    return status == u"6" || status == u"7";
}

void TicketListSource::addRow(const CsvRow &row, ImportBatch *batch)
{
    if (!claimKey(row, m_key, batch))
        return;
    Domain::Ticket ticket;
    ticket.key = cell(row, m_key).toString();
    std::optional<qint64> created;
    std::optional<qint64> resolved;
    std::optional<qint64> closed;
    if (m_settings.severity)
        ticket.severity = *m_settings.severity;
    else if (!readSeverity(row, m_priority, batch, &ticket.severity))
        return;
    if (!readInstant(row, m_created, true, batch, &created) ||
        !readInstant(row, m_resolved, false, batch, &resolved) ||
        !readInstant(row, m_closed, false, batch, &closed) ||
        !readFirstResponse(row, *created, batch, &ticket.firstResponse))
        return;
    ticket.created = *created;
    ticket.resolved = resolved ? resolved : closed;
    const WorkClass wc = classOf(row, ticket.key, batch);
    ticket.kind = wc.kind;
    ticket.serviceLevel = wc.level;
    ticket.activity = wc.activity;
    ticket.title = cell(row, m_title).toString();
    ticket.status = cell(row, m_status).toString();
    if (m_resolved < 0 && m_closed < 0 && looksClosed(ticket.status))
        ++m_closedWithoutResolution;
    readVendorSla(row, &ticket);
    emitTicket(std::move(ticket), row, m_resolved >= 0 ? m_resolved : m_closed, batch);
}

void TicketListSource::finish(ImportBatch *batch)
{
    checkKeysAsPrescanned(batch);
    const auto note = [batch](const QString &text) { batch->warn(ImportProblem{0, 0, QString(), text}); };
    if (m_closedWithoutResolution > 0) {
        note(tr("%n closed or resolved tickets, but the file has no Resolved or Closed column: their "
                "resolution times are unknown. Add the column to the list before exporting.",
                nullptr, int(qMin<qint64>(m_closedWithoutResolution, INT_MAX))));
    }
    if (m_subtasks > 0) {
        note(tr("Types: %n sub-tasks were given their parent's kind (a story's sub-task is L3 work).",
                nullptr, int(qMin<qint64>(m_subtasks - m_subtasksWithoutParent, INT_MAX))));
    }
    if (m_subtasksWithoutParent > 0) {
        note(tr("Types: %n sub-tasks have no parent in the file and were typed by their own type.", nullptr,
                int(qMin<qint64>(m_subtasksWithoutParent, INT_MAX))));
    }
    if (m_withoutFirstResponse > 0) {
        note(tr("%n tickets have no first response in the file. The tool's \"Time to first response\" is "
                "the time left to the goal, not when the answer came, so it is kept as the tool's own SLA "
                "value only. Export \"[CHART] Date of First Response\" or the comments to have it.",
                nullptr, int(qMin<qint64>(m_withoutFirstResponse, INT_MAX))));
    }
    if (m_withoutFirstResponseColumn > 0) {
        note(tr("%n tickets have no first response: the file has neither \"[CHART] Date of First Response\" "
                "nor the comments. Export one of them with the tickets to have first responses measured.",
                nullptr, int(qMin<qint64>(m_withoutFirstResponseColumn, INT_MAX))));
    }
}

std::optional<qint64> TicketListSource::firstReplyComment(const CsvRow &row)
{
    // Jira writes each comment as "date;author;text"; the first by anyone but the reporter is
    // the first response.
    std::optional<qint64> first;
    const QStringView reporter = cell(row, m_reporter);
    for (const int c : std::as_const(m_comments)) {
        const QStringView comment = cell(row, c);
        const qsizetype firstSemicolon = comment.indexOf(QLatin1Char(';'));
        const qsizetype secondSemicolon = comment.indexOf(QLatin1Char(';'), firstSemicolon + 1);
        if (firstSemicolon < 0 || secondSemicolon < 0)
            continue;
        const QStringView author =
            comment.mid(firstSemicolon + 1, secondSemicolon - firstSemicolon - 1).trimmed();
        if (!reporter.isEmpty() && author.compare(reporter, Qt::CaseInsensitive) == 0)
            continue;
        qint64 at = 0;
        if (m_dates.parse(comment.left(firstSemicolon), &at) == DateTimeParser::Result::Ok &&
            (!first || at < *first))
            first = at;
    }
    return first;
}

void TicketListSource::readVendorSla(const CsvRow &row, Domain::Ticket *ticket) const
{
    for (const int c : std::as_const(m_vendorSla)) {
        if (isMissing(row, c))
            continue;
        Domain::VendorSlaValue value;
        value.metric = columnName(c);
        value.text = cell(row, c).toString();
        qint64 seconds = 0;
        if (NumberParser::parseDuration(value.text, NumberParser::DurationUnit::Minutes, &seconds)) {
            value.remainingSeconds = seconds;
            value.breached = seconds < 0;
        }
        ticket->vendorSla.append(value);
    }
}

bool TicketListSource::readFirstResponse(const CsvRow &row, qint64 created, ImportBatch *batch,
                                         std::optional<qint64> *value)
{
    value->reset();
    qint64 seconds = 0;
    if (m_firstReplyMinutes >= 0 && !isMissing(row, m_firstReplyMinutes)) {
        if (!NumberParser::parseDuration(cell(row, m_firstReplyMinutes), NumberParser::DurationUnit::Minutes,
                                         &seconds) ||
            seconds < 0) {
            reject(batch, row, m_firstReplyMinutes,
                   tr("\"%1\" is not a number of minutes.").arg(cell(row, m_firstReplyMinutes).toString()));
            return false;
        }
        *value = created + seconds;
        return true;
    }
    if (m_firstResponse >= 0 && !isMissing(row, m_firstResponse)) {
        // An instant; a mapped file's column may hold a duration after created instead. (Jira's
        // SLA fields, which hold the time remaining, are never read here: see vendorSla.)
        const QStringView text = cell(row, m_firstResponse);
        if (m_dates.parse(text, &seconds) == DateTimeParser::Result::Ok) {
            *value = seconds;
        } else if (NumberParser::parseDuration(text, NumberParser::DurationUnit::Minutes, &seconds) &&
                   seconds >= 0) {
            *value = created + seconds;
        } else {
            warn(batch, row, m_firstResponse,
                 tr("\"%1\" is neither a time nor a duration; no first response read.").arg(text.toString()));
        }
        return true;
    }
    if (!m_comments.isEmpty())
        *value = firstReplyComment(row);
    // A file that could have said (an SLA column or comments) gets one note; a Jira file without
    // any of those columns another, since the SLA's first-response clock cannot run for any ticket.
    if (!*value) {
        if (!m_vendorSla.isEmpty() || !m_comments.isEmpty() || m_firstResponse >= 0)
            ++m_withoutFirstResponse;
        else if (reportsFirstResponseColumnsMissing())
            ++m_withoutFirstResponseColumn;
    }
    return true;
}

} // namespace Exchange
