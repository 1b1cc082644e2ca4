#include "models/exchange/sla/slareplay.h"

#include "models/domain/sla/slapolicyevaluator.h"
#include "models/exchange/calendar/calendarfile.h"
#include "models/exchange/csv/csvreader.h"
#include "models/exchange/isoinstant.h"
#include "models/exchange/sla/policyfile.h"
#include "models/exchange/sla/slareplayrow.h"
#include "models/exchange/sla/slareplaystream.h"

#include <QFile>
#include <QHash>

#include <memory>

namespace Exchange {

using Domain::SlaResult;
using Domain::StatusChange;
using Domain::Ticket;

namespace {

/// Column indexes of the required names, or an error naming the first missing one.
bool findColumns(const CsvReader &reader, const QStringList &names, QVector<int> *indexes,
                 ExchangeError *error)
{
    indexes->clear();
    for (const QString &name : names) {
        const int i = reader.column(name);
        if (i < 0) {
            *error = ExchangeError{
                reader.fileName(), 1, 0,
                SlaReplay::tr("missing column \"%1\" (expected %2)").arg(name, names.join(QLatin1Char(',')))};
            return false;
        }
        indexes->append(i);
    }
    return true;
}

QString field(const CsvRow &row, int index)
{
    return index >= 0 && index < row.fields.size() ? row.fields.at(index).trimmed() : QString();
}

/// An optional instant: empty text is none; anything else must be ISO-8601 with an offset.
bool readInstant(const CsvReader &reader, const CsvRow &row, int index, const QString &name,
                 std::optional<qint64> *out, ExchangeError *error)
{
    const QString text = field(row, index);
    if (text.isEmpty()) {
        out->reset();
        return true;
    }
    *out = parseIsoInstant(text);
    if (!*out) {
        *error = ExchangeError{reader.fileName(), row.line, index + 1,
                               SlaReplay::tr("%1 \"%2\" is not an ISO-8601 instant with an offset, "
                                             "e.g. 2026-03-02T09:00:00+01:00")
                                   .arg(name, text)};
        return false;
    }
    return true;
}

bool openReader(CsvReader *reader, ExchangeError *error)
{
    if (!reader->readHeader()) {
        *error = reader->error();
        return false;
    }
    return true;
}

using History = QHash<QString, QVector<StatusChange>>;

/// One row of HISTORY.csv: its key and the change. False with `error` on a bad value.
bool readHistoryRow(const CsvReader &reader, const CsvRow &row, const QVector<int> &c, int severityColumn,
                    QString *key, StatusChange *change, ExchangeError *error)
{
    const QString &name = reader.fileName();
    *key = field(row, c[0]);
    if (key->isEmpty()) {
        *error = ExchangeError{name, row.line, c[0] + 1, SlaReplay::tr("the key is empty")};
        return false;
    }
    std::optional<qint64> at;
    if (!readInstant(reader, row, c[1], QStringLiteral("at"), &at, error))
        return false;
    if (!at) {
        *error = ExchangeError{name, row.line, c[1] + 1,
                               SlaReplay::tr("the instant of the status change is empty")};
        return false;
    }
    int severity = 0;
    const QString severityText = field(row, severityColumn);
    if (!severityText.isEmpty() && !SlaReplayRow::readSeverity(severityText, &severity)) {
        *error = ExchangeError{name, row.line, severityColumn + 1,
                               SlaReplay::tr("severity \"%1\" is not a number 1–4").arg(severityText)};
        return false;
    }
    *change = StatusChange{*at, field(row, c[2]), severity};
    return true;
}

bool readHistory(QIODevice *device, const QString &name, History *history, ExchangeError *error)
{
    CsvReader reader(device, name);
    QVector<int> c;
    if (!openReader(&reader, error) || !findColumns(reader, SlaReplayRow::historyColumns(), &c, error))
        return false;
    const int severityColumn = reader.column(QStringLiteral("severity"));
    CsvRow row;
    QString key;
    StatusChange change;
    while (reader.next(&row)) {
        if (!readHistoryRow(reader, row, c, severityColumn, &key, &change, error))
            return false;
        (*history)[key].append(change);
    }
    if (reader.hasError()) {
        *error = reader.error();
        return false;
    }
    return true;
}

bool readTicketRow(const CsvReader &reader, const CsvRow &row, const QVector<int> &c, Ticket *t,
                   ExchangeError *error)
{
    t->key = field(row, c[0]);
    if (t->key.isEmpty()) {
        *error = ExchangeError{reader.fileName(), row.line, c[0] + 1, SlaReplay::tr("the key is empty")};
        return false;
    }
    const QString severity = field(row, c[1]);
    if (!SlaReplayRow::readSeverity(severity, &t->severity)) {
        *error = ExchangeError{reader.fileName(), row.line, c[1] + 1,
                               SlaReplay::tr("severity \"%1\" is not a number 1–4").arg(severity)};
        return false;
    }
    std::optional<qint64> created;
    if (!readInstant(reader, row, c[2], QStringLiteral("created"), &created, error) ||
        !readInstant(reader, row, c[3], QStringLiteral("first_response"), &t->firstResponse, error) ||
        !readInstant(reader, row, c[4], QStringLiteral("resolved"), &t->resolved, error))
        return false;
    t->created = created.value_or(0);
    return true;
}

bool readTicketsFile(QIODevice *device, const QString &name, QVector<Ticket> *tickets, QVector<qint64> *lines,
                     ExchangeError *error)
{
    CsvReader reader(device, name);
    QVector<int> c;
    if (!openReader(&reader, error) || !findColumns(reader, SlaReplayRow::ticketColumns(), &c, error))
        return false;
    QHash<QString, qint64> seen;
    CsvRow row;
    while (reader.next(&row)) {
        Ticket t;
        if (!readTicketRow(reader, row, c, &t, error))
            return false;
        if (seen.contains(t.key)) {
            *error = ExchangeError{
                name, row.line, c[0] + 1,
                SlaReplay::tr("ticket \"%1\" already appears on line %2").arg(t.key).arg(seen.value(t.key))};
            return false;
        }
        seen.insert(t.key, row.line);
        tickets->append(t);
        lines->append(row.line);
    }
    if (reader.hasError()) {
        *error = reader.error();
        return false;
    }
    return true;
}

/// The header and one row per ticket, written in one go so that a failure leaves nothing half-written
/// by us (the device may still hold what it accepted).
/// The tickets read from TICKETS.csv with their history, and where each came from.
struct TicketRows
{
    QString fileName;
    QVector<Ticket> tickets;
    QVector<qint64> lines;
};

bool writeRows(const Domain::SlaPolicyEvaluator &evaluator, const TicketRows &rows, qint64 now,
               QIODevice *out, ExchangeError *e, const std::function<void(const ExchangeError &)> &problem)
{
    QByteArray text = SlaReplayRow::headerLine();
    for (qsizetype i = 0; i < rows.tickets.size(); ++i) {
        const Ticket &t = rows.tickets.at(i);
        const SlaResult result = evaluator.evaluate(t, now);
        SlaReplayRow::append(&text, t.key.toUtf8(), t, result);
        if (problem && result.problems)
            SlaReplayRow::noteProblems(rows.fileName, rows.lines.value(i), t.key, result, problem);
    }
    if (out->write(text) != text.size()) {
        *e = SlaReplayRow::writeError(out);
        return false;
    }
    return true;
}

} // namespace

namespace {

/// Two independent 64-bit hashes of a key: a million keys are told apart without keeping them.
struct KeyDigest
{
    size_t a = 0;
    size_t b = 0;
    bool operator==(const KeyDigest &o) const { return a == o.a && b == o.b; }
};

size_t qHash(const KeyDigest &d, size_t seed = 0)
{
    return d.a ^ seed;
}

KeyDigest digestOf(const QString &key)
{
    return KeyDigest{qHash(key, 0x9e3779b97f4a7c15ULL), qHash(key, 0x2545f4914f6cdd1dULL)};
}

/// What the first, checking pass learnt: whether HISTORY.csv holds each ticket's changes
/// together and in the order of TICKETS.csv (then the second pass joins the two files row by
/// row, holding one ticket's history), or not (then the history is held in memory).
struct StreamPlan
{
    QHash<KeyDigest, qint32> groupOf; ///< history key -> its group's position in the file
    bool grouped = true;              ///< every key's changes are contiguous
    bool inTicketOrder = true;        ///< the groups come in the tickets' order
};

/// Checks HISTORY.csv row by row (the same checks readHistory makes) and notes its grouping.
bool checkHistory(QIODevice *device, const QString &name, StreamPlan *plan, ExchangeError *error)
{
    CsvReader reader(device, name);
    QVector<int> c;
    if (!openReader(&reader, error) || !findColumns(reader, SlaReplayRow::historyColumns(), &c, error))
        return false;
    const int severityColumn = reader.column(QStringLiteral("severity"));
    CsvRow row;
    QString previous;
    while (reader.next(&row)) {
        StatusChange change;
        QString key;
        if (!readHistoryRow(reader, row, c, severityColumn, &key, &change, error))
            return false;
        if (key == previous)
            continue;
        const KeyDigest digest = digestOf(key);
        if (plan->groupOf.contains(digest))
            plan->grouped = false;
        else
            plan->groupOf.insert(digest, qint32(plan->groupOf.size()));
        previous = key;
    }
    if (reader.hasError()) {
        *error = reader.error();
        return false;
    }
    return true;
}

/// Checks TICKETS.csv row by row (values and duplicate keys) and whether the history groups
/// follow the tickets' order.
bool checkTickets(QIODevice *device, const QString &name, StreamPlan *plan, ExchangeError *error)
{
    CsvReader reader(device, name);
    QVector<int> c;
    if (!openReader(&reader, error) || !findColumns(reader, SlaReplayRow::ticketColumns(), &c, error))
        return false;
    QHash<KeyDigest, qint64> seen;
    CsvRow row;
    qint32 lastGroup = -1;
    Ticket t;
    while (reader.next(&row)) {
        if (!readTicketRow(reader, row, c, &t, error))
            return false;
        const KeyDigest digest = digestOf(t.key);
        const auto it = seen.constFind(digest);
        if (it != seen.constEnd()) {
            *error =
                ExchangeError{name, row.line, c[0] + 1,
                              SlaReplay::tr("ticket \"%1\" already appears on line %2").arg(t.key).arg(*it)};
            return false;
        }
        seen.insert(digest, row.line);
        const qint32 group = plan->groupOf.value(digest, -1);
        if (group >= 0) {
            if (group < lastGroup)
                plan->inTicketOrder = false;
            lastGroup = group;
        }
    }
    if (reader.hasError()) {
        *error = reader.error();
        return false;
    }
    return true;
}

/// Joins checked, grouped files row by row and writes each ticket's row as it goes: memory holds
/// one ticket's history and a block of output.
bool streamRows(const Domain::SlaPolicyEvaluator &evaluator, QIODevice *tickets, const QString &ticketsName,
                QIODevice *history, const QString &historyName, const StreamPlan &plan, qint64 now,
                QIODevice *out, ExchangeError *e, const std::function<void(const ExchangeError &)> &problem)
{
    CsvReader ticketReader(tickets, ticketsName);
    QVector<int> c;
    if (!openReader(&ticketReader, e) || !findColumns(ticketReader, SlaReplayRow::ticketColumns(), &c, e))
        return false;
    std::unique_ptr<CsvReader> historyReader;
    QVector<int> h;
    int severityColumn = -1;
    if (history) {
        historyReader = std::make_unique<CsvReader>(history, historyName);
        if (!openReader(historyReader.get(), e) ||
            !findColumns(*historyReader, SlaReplayRow::historyColumns(), &h, e))
            return false;
        severityColumn = historyReader->column(QStringLiteral("severity"));
    }
    // The history row read ahead, and the group it belongs to.
    CsvRow historyRow;
    QString historyKey;
    StatusChange change;
    qint32 historyGroup = -1;
    const auto advance = [&]() -> bool {
        historyGroup = -1;
        if (!historyReader || !historyReader->next(&historyRow))
            return true;
        if (!readHistoryRow(*historyReader, historyRow, h, severityColumn, &historyKey, &change, e))
            return false;
        historyGroup = plan.groupOf.value(digestOf(historyKey), -1);
        return true;
    };
    if (!advance())
        return false;
    QByteArray text = SlaReplayRow::headerLine();
    CsvRow row;
    Ticket t;
    while (ticketReader.next(&row)) {
        if (!readTicketRow(ticketReader, row, c, &t, e))
            return false;
        t.history.clear();
        const qint32 group = plan.groupOf.value(digestOf(t.key), -1);
        // Groups of keys no ticket has come before or between: skipped, as the in-memory join does.
        while (historyGroup >= 0 && group >= 0 && historyGroup < group) {
            if (!advance())
                return false;
        }
        while (historyGroup >= 0 && historyGroup == group && historyKey == t.key) {
            t.history.append(change);
            if (!advance())
                return false;
        }
        const SlaResult result = evaluator.evaluate(t, now);
        SlaReplayRow::append(&text, t.key.toUtf8(), t, result);
        if (problem && result.problems)
            SlaReplayRow::noteProblems(ticketsName, row.line, t.key, result, problem);
        if (text.size() > (1 << 20)) {
            if (out->write(text) != text.size())
                break;
            text.clear();
        }
    }
    if (out->write(text) != text.size()) {
        *e = SlaReplayRow::writeError(out);
        return false;
    }
    return true;
}

bool seekToStart(QIODevice *tickets, const QString &ticketsName, QIODevice *history, ExchangeError *error)
{
    if (tickets->seek(0) && (!history || history->seek(0)))
        return true;
    *error = SlaReplayRow::cannotReadAgain(ticketsName);
    return false;
}

} // namespace

QStringList SlaReplay::columns()
{
    return {QStringLiteral("key"),
            QStringLiteral("severity"),
            QStringLiteral("created"),
            QStringLiteral("response_due"),
            QStringLiteral("responded"),
            QStringLiteral("response_business_seconds"),
            QStringLiteral("response_met"),
            QStringLiteral("resolution_due"),
            QStringLiteral("resolved"),
            QStringLiteral("resolution_business_seconds"),
            QStringLiteral("paused_seconds"),
            QStringLiteral("resolution_met"),
            QStringLiteral("state")};
}

bool SlaReplay::readTickets(QIODevice *tickets, const QString &ticketsName, QIODevice *history,
                            const QString &historyName, QVector<Ticket> *out, ExchangeError *error,
                            QVector<qint64> *lines)
{
    ExchangeError localError;
    ExchangeError *e = error ? error : &localError;
    History changes;
    if (history && !readHistory(history, historyName, &changes, e))
        return false;
    QVector<Ticket> list;
    QVector<qint64> rowLines;
    if (!readTicketsFile(tickets, ticketsName, &list, &rowLines, e))
        return false;
    for (Ticket &t : list)
        t.history = changes.value(t.key);
    *out = std::move(list);
    if (lines)
        *lines = std::move(rowLines);
    return true;
}

bool SlaReplay::run(const Domain::BusinessCalendar &calendar, const Domain::SlaPolicyHistory &policy,
                    QIODevice *tickets, const QString &ticketsName, QIODevice *history,
                    const QString &historyName, qint64 now, QIODevice *out, ExchangeError *error,
                    const std::function<void(const ExchangeError &)> &problem)
{
    ExchangeError localError;
    ExchangeError *e = error ? error : &localError;
    const Domain::SlaPolicyEvaluator evaluator(policy, calendar);
    // Files that can be read twice are checked completely first (nothing is written when a value
    // is wrong), then joined and written row by row. Plain UTF-8 files are read as bytes
    // (SlaReplayStream); other shapes, and files with a bad value (for CsvReader's message), here.
    if (!tickets->isSequential() && (!history || !history->isSequential())) {
        const SlaReplayStream::Outcome streamed =
            SlaReplayStream::run(evaluator, tickets, ticketsName, history, historyName, now, out, e, problem);
        if (streamed == SlaReplayStream::Outcome::Written)
            return true;
        if (streamed == SlaReplayStream::Outcome::Failed || !seekToStart(tickets, ticketsName, history, e))
            return false;
        if (streamed == SlaReplayStream::Outcome::Unsupported) {
            StreamPlan plan;
            if ((history && !checkHistory(history, historyName, &plan, e)) ||
                !checkTickets(tickets, ticketsName, &plan, e) ||
                !seekToStart(tickets, ticketsName, history, e))
                return false;
            if (plan.grouped && plan.inTicketOrder)
                return streamRows(evaluator, tickets, ticketsName, history, historyName, plan, now, out, e,
                                  problem);
        }
    }
    // History in another order than the tickets (or a pipe): every ticket is held in memory.
    TicketRows rows;
    rows.fileName = ticketsName;
    if (!readTickets(tickets, ticketsName, history, historyName, &rows.tickets, e, &rows.lines))
        return false;
    return writeRows(evaluator, rows, now, out, e, problem);
}

namespace {

/// The calendar, the policy and the tickets with their history, read from replay files.
struct ReplayInput
{
    Domain::BusinessCalendar calendar;
    Domain::SlaPolicyHistory policy;
    TicketRows rows;
};

bool loadFiles(const QString &calendarPath, const QString &policyPath, const QString &ticketsPath,
               const QString &historyPath, ReplayInput *input, ExchangeError *e)
{
    const auto calendar = CalendarFile::read(calendarPath, e);
    if (!calendar)
        return false;
    const auto policy = PolicyFile::read(policyPath, e);
    if (!policy)
        return false;
    input->calendar = *calendar;
    input->policy = *policy;
    QFile tickets(ticketsPath);
    if (!tickets.open(QIODevice::ReadOnly)) {
        *e = ExchangeError{ticketsPath, 0, 0,
                           SlaReplay::tr("cannot open the tickets file: %1").arg(tickets.errorString())};
        return false;
    }
    QFile history(historyPath);
    if (!historyPath.isEmpty() && !history.open(QIODevice::ReadOnly)) {
        *e = ExchangeError{historyPath, 0, 0,
                           SlaReplay::tr("cannot open the history file: %1").arg(history.errorString())};
        return false;
    }
    input->rows.fileName = ticketsPath;
    return SlaReplay::readTickets(&tickets, ticketsPath, historyPath.isEmpty() ? nullptr : &history,
                                  historyPath, &input->rows.tickets, e, &input->rows.lines);
}

} // namespace

bool SlaReplay::run(const QString &calendarPath, const QString &policyPath, const QString &ticketsPath,
                    const QString &historyPath, qint64 now, QIODevice *out, ExchangeError *error,
                    const std::function<void(const ExchangeError &)> &problem)
{
    ExchangeError localError;
    ExchangeError *e = error ? error : &localError;
    const auto calendar = CalendarFile::read(calendarPath, e);
    if (!calendar)
        return false;
    const auto policy = PolicyFile::read(policyPath, e);
    if (!policy)
        return false;
    QFile tickets(ticketsPath);
    if (!tickets.open(QIODevice::ReadOnly)) {
        *e = ExchangeError{ticketsPath, 0, 0,
                           tr("cannot open the tickets file: %1").arg(tickets.errorString())};
        return false;
    }
    QFile history(historyPath);
    if (!historyPath.isEmpty() && !history.open(QIODevice::ReadOnly)) {
        *e = ExchangeError{historyPath, 0, 0,
                           tr("cannot open the history file: %1").arg(history.errorString())};
        return false;
    }
    return run(*calendar, *policy, &tickets, ticketsPath, historyPath.isEmpty() ? nullptr : &history,
               historyPath, now, out, e, problem);
}

std::optional<Domain::SlaExplanation>
SlaReplay::explain(const QString &calendarPath, const QString &policyPath, const QString &ticketsPath,
                   const QString &historyPath, const QString &key, qint64 now, ExchangeError *error)
{
    ExchangeError localError;
    ExchangeError *e = error ? error : &localError;
    ReplayInput input;
    if (!loadFiles(calendarPath, policyPath, ticketsPath, historyPath, &input, e))
        return std::nullopt;
    for (const Ticket &t : std::as_const(input.rows.tickets)) {
        if (t.key == key)
            return Domain::SlaPolicyEvaluator(input.policy, input.calendar).explain(t, now);
    }
    *e = ExchangeError{ticketsPath, 0, 0, tr("no ticket \"%1\" in the tickets file").arg(key)};
    return std::nullopt;
}

} // namespace Exchange
