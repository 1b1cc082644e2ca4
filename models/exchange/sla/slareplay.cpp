#include "models/exchange/sla/slareplay.h"

#include "models/domain/sla/slapolicyevaluator.h"
#include "models/exchange/calendar/calendarfile.h"
#include "models/exchange/csv/csvreader.h"
#include "models/exchange/isoinstant.h"
#include "models/exchange/sla/policyfile.h"
#include "models/exchange/sla/slaexplaintext.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace Exchange {

using Domain::SlaResult;
using Domain::StatusChange;
using Domain::Ticket;

namespace {

/// Column indexes of the required names, or an error naming the first missing one.
bool findColumns(const CsvReader &reader, const QStringList &names, QVector<int> *indexes, ExchangeError *error)
{
    indexes->clear();
    for (const QString &name : names) {
        const int i = reader.column(name);
        if (i < 0) {
            *error = ExchangeError{reader.fileName(), 1, 0,
                                   SlaReplay::tr("missing column \"%1\" (expected %2)")
                                       .arg(name, names.join(QLatin1Char(',')))};
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

/// "2", "2 - High", "P2" → 2; false for text without a number.
bool readSeverity(const QString &text, int *severity)
{
    static const QRegularExpression pattern(QStringLiteral("^[Pp]?(\\d+)(\\s*[-–:].*)?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return false;
    bool ok = false;
    *severity = m.captured(1).toInt(&ok);
    return ok;
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

bool readHistory(QIODevice *device, const QString &name, History *history, ExchangeError *error)
{
    CsvReader reader(device, name);
    QVector<int> c;
    if (!openReader(&reader, error)
        || !findColumns(reader, {QStringLiteral("key"), QStringLiteral("at"), QStringLiteral("status")}, &c, error))
        return false;
    const int severityColumn = reader.column(QStringLiteral("severity"));
    CsvRow row;
    while (reader.next(&row)) {
        const QString key = field(row, c[0]);
        if (key.isEmpty()) {
            *error = ExchangeError{name, row.line, c[0] + 1, SlaReplay::tr("the key is empty")};
            return false;
        }
        std::optional<qint64> at;
        if (!readInstant(reader, row, c[1], QStringLiteral("at"), &at, error))
            return false;
        if (!at) {
            *error = ExchangeError{name, row.line, c[1] + 1, SlaReplay::tr("the instant of the status change is empty")};
            return false;
        }
        int severity = 0;
        const QString severityText = field(row, severityColumn);
        if (!severityText.isEmpty() && !readSeverity(severityText, &severity)) {
            *error = ExchangeError{name, row.line, severityColumn + 1,
                                   SlaReplay::tr("severity \"%1\" is not a number 1–4").arg(severityText)};
            return false;
        }
        (*history)[key].append(StatusChange{*at, field(row, c[2]), severity});
    }
    if (reader.hasError()) {
        *error = reader.error();
        return false;
    }
    return true;
}

bool readTicketRow(const CsvReader &reader, const CsvRow &row, const QVector<int> &c, Ticket *t, ExchangeError *error)
{
    t->key = field(row, c[0]);
    if (t->key.isEmpty()) {
        *error = ExchangeError{reader.fileName(), row.line, c[0] + 1, SlaReplay::tr("the key is empty")};
        return false;
    }
    const QString severity = field(row, c[1]);
    if (!readSeverity(severity, &t->severity)) {
        *error = ExchangeError{reader.fileName(), row.line, c[1] + 1,
                               SlaReplay::tr("severity \"%1\" is not a number 1–4").arg(severity)};
        return false;
    }
    std::optional<qint64> created;
    if (!readInstant(reader, row, c[2], QStringLiteral("created"), &created, error)
        || !readInstant(reader, row, c[3], QStringLiteral("first_response"), &t->firstResponse, error)
        || !readInstant(reader, row, c[4], QStringLiteral("resolved"), &t->resolved, error))
        return false;
    t->created = created.value_or(0);
    return true;
}

bool readTicketsFile(QIODevice *device, const QString &name, QVector<Ticket> *tickets, QVector<qint64> *lines,
                     ExchangeError *error)
{
    CsvReader reader(device, name);
    QVector<int> c;
    const QStringList names = {QStringLiteral("key"), QStringLiteral("severity"), QStringLiteral("created"),
                               QStringLiteral("first_response"), QStringLiteral("resolved")};
    if (!openReader(&reader, error) || !findColumns(reader, names, &c, error))
        return false;
    QHash<QString, qint64> seen;
    CsvRow row;
    while (reader.next(&row)) {
        Ticket t;
        if (!readTicketRow(reader, row, c, &t, error))
            return false;
        if (seen.contains(t.key)) {
            *error = ExchangeError{name, row.line, c[0] + 1,
                                   SlaReplay::tr("ticket \"%1\" already appears on line %2")
                                       .arg(t.key)
                                       .arg(seen.value(t.key))};
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

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString instantField(const std::optional<qint64> &t) { return t ? formatIsoInstantUtc(*t) : QString(); }

QString secondsField(const Domain::SlaClock &c)
{
    return c.outcome == Domain::SlaClockOutcome::NotMeasurable ? QString() : QString::number(c.businessSeconds);
}

QString metField(const Domain::SlaClock &c)
{
    if (c.isMet())
        return QStringLiteral("true");
    if (c.isBreached())
        return QStringLiteral("false");
    return QString();
}

QString outputRow(const Ticket &t, const SlaResult &r)
{
    // A ticket that could not be evaluated at all gets empty figures rather than zeros.
    const bool evaluated = !(quint32(r.problems.toInt()) & Domain::SlaBlockingProblems);
    const bool resolutionMeasured = r.resolution.outcome != Domain::SlaClockOutcome::NotMeasurable;
    const QStringList fields = {
        csvField(t.key),
        QString::number(t.severity),
        t.created > 0 ? formatIsoInstantUtc(t.created) : QString(),
        instantField(r.response.due),
        instantField(r.response.stoppedAt),
        secondsField(r.response),
        metField(r.response),
        instantField(r.resolution.due),
        instantField(r.resolution.stoppedAt),
        secondsField(r.resolution),
        evaluated && resolutionMeasured ? QString::number(r.pausedSeconds) : QString(),
        metField(r.resolution),
        Domain::slaStateId(r.state),
    };
    return fields.join(QLatin1Char(',')) + QLatin1Char('\n');
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

/// One entry per data problem of `result`, naming the ticket's line.
void noteProblems(const TicketRows &rows, qsizetype i, const SlaResult &result, QVector<ExchangeError> *problems)
{
    for (const Domain::SlaDataProblem p : Domain::AllSlaDataProblems) {
        if (result.problems.testFlag(p)) {
            problems->append(ExchangeError{rows.fileName, rows.lines.value(i), 0,
                                           SlaReplay::tr("%1: %2").arg(rows.tickets.at(i).key,
                                                                       SlaExplainText::problemText(p))});
        }
    }
}

bool writeRows(const Domain::SlaPolicyEvaluator &evaluator, const TicketRows &rows, qint64 now, QIODevice *out,
               ExchangeError *e, QVector<ExchangeError> *problems)
{
    QByteArray text = SlaReplay::columns().join(QLatin1Char(',')).toUtf8() + '\n';
    for (qsizetype i = 0; i < rows.tickets.size(); ++i) {
        const SlaResult result = evaluator.evaluate(rows.tickets.at(i), now);
        text += outputRow(rows.tickets.at(i), result).toUtf8();
        if (problems && result.problems)
            noteProblems(rows, i, result, problems);
    }
    if (out->write(text) != text.size()) {
        *e = ExchangeError{QString(), 0, 0, SlaReplay::tr("cannot write the result: %1").arg(out->errorString())};
        return false;
    }
    return true;
}

} // namespace

QStringList SlaReplay::columns()
{
    return {QStringLiteral("key"), QStringLiteral("severity"), QStringLiteral("created"),
            QStringLiteral("response_due"), QStringLiteral("responded"),
            QStringLiteral("response_business_seconds"), QStringLiteral("response_met"),
            QStringLiteral("resolution_due"), QStringLiteral("resolved"),
            QStringLiteral("resolution_business_seconds"), QStringLiteral("paused_seconds"),
            QStringLiteral("resolution_met"), QStringLiteral("state")};
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
                    QVector<ExchangeError> *problems)
{
    ExchangeError localError;
    ExchangeError *e = error ? error : &localError;
    TicketRows rows;
    rows.fileName = ticketsName;
    if (!readTickets(tickets, ticketsName, history, historyName, &rows.tickets, e, &rows.lines))
        return false;
    return writeRows(Domain::SlaPolicyEvaluator(policy, calendar), rows, now, out, e, problems);
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
                    QVector<ExchangeError> *problems)
{
    ExchangeError localError;
    ExchangeError *e = error ? error : &localError;
    ReplayInput input;
    if (!loadFiles(calendarPath, policyPath, ticketsPath, historyPath, &input, e))
        return false;
    return writeRows(Domain::SlaPolicyEvaluator(input.policy, input.calendar), input.rows, now, out, e, problems);
}

std::optional<Domain::SlaExplanation> SlaReplay::explain(const QString &calendarPath, const QString &policyPath,
                                                         const QString &ticketsPath, const QString &historyPath,
                                                         const QString &key, qint64 now, ExchangeError *error)
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
