#include "app/ticketscommand.h"

#include "app/bytewriter.h"
#include "app/command.h"
#include "app/texttable.h"
#include "models/exchange/isoinstant.h"
#include "models/storagetext.h"
#include "models/ticketlistloader.h"

#include <QDateTime>
#include <QTimeZone>

#include <memory>

namespace App {

namespace {

QString instant(qint64 seconds)
{
    // Years 1–9999 by Exchange's writer (a QDateTime and its text cost a tenth of the table);
    // outside them QDateTime's own text, as before.
    constexpr qint64 FirstSecondOfYear1 = -62135596800;
    constexpr qint64 FirstSecondOfYear10000 = 253402300800;
    if (seconds >= FirstSecondOfYear1 && seconds < FirstSecondOfYear10000)
        return Exchange::formatIsoInstantUtc(seconds);
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QString optionalInstant(const std::optional<qint64> &seconds)
{
    return seconds ? instant(*seconds) : QString();
}

QStringList cells(const Domain::Ticket &t, qint64 pausedSeconds)
{
    return {t.key,
            Domain::ticketKindId(t.kind),
            QString::number(t.severity),
            Domain::serviceLevelId(t.serviceLevel),
            t.activity,
            t.status,
            instant(t.created),
            optionalInstant(t.firstResponse),
            optionalInstant(t.resolved),
            QString::number(t.history.size()),
            QString::number(pausedSeconds),
            t.title};
}

const QStringList s_header = {QStringLiteral("key"),
                              QStringLiteral("kind"),
                              QStringLiteral("severity"),
                              QStringLiteral("service_level"),
                              QStringLiteral("activity"),
                              QStringLiteral("status"),
                              QStringLiteral("created"),
                              QStringLiteral("first_response"),
                              QStringLiteral("resolved"),
                              QStringLiteral("status_changes"),
                              QStringLiteral("paused_seconds"),
                              QStringLiteral("title")};

/// For people: aligned columns, translated headings, paused time in hours with the locale's decimals.
/// Streamed like CSV and JSON: the widths are those of the first rows (TextTable holds 1,000 to
/// measure, as `worklogs list` does), so a million tickets start printing at once in constant memory;
/// a later, longer cell pushes its own line out and is never cut. Keys, kinds, levels, instants and
/// counts are about as wide in every row, and the title, the widest, is last and never padded.
std::unique_ptr<TextTable> newTable(QTextStream &out)
{
    using Align = TextTable::Align;
    return std::make_unique<TextTable>(
        out,
        QStringList{TicketsCommand::tr("Key"), TicketsCommand::tr("Kind"), TicketsCommand::tr("Sev"),
                    TicketsCommand::tr("Level"), TicketsCommand::tr("Activity"), TicketsCommand::tr("Status"),
                    TicketsCommand::tr("Created (UTC)"), TicketsCommand::tr("First response"),
                    TicketsCommand::tr("Resolved"), TicketsCommand::tr("Changes"),
                    TicketsCommand::tr("Paused h"), TicketsCommand::tr("Title")},
        QVector<Align>{Align::Left, Align::Left, Align::Right, Align::Left, Align::Left, Align::Left,
                       Align::Left, Align::Left, Align::Left, Align::Right, Align::Right, Align::Left});
}

/// CSV and JSON stream one ticket at a time (a million tickets in constant memory): `begin` before
/// the first, `row` for each, `end` after the last. Both are written by hand into a buffer, each
/// value formatted once: JSON as QJsonDocument indents an array of the tickets' objects (keys in its
/// sorted order), CSV as cells() quoted and joined (tst_streamedoutputs compares both with them).
class StreamPrinter
{
public:
    StreamPrinter(QTextStream &out, const QString &format)
        : m_out(out), m_json(format == QLatin1String("json"))
    {
    }

    void begin()
    {
        if (m_json)
            m_out << "[\n";
        else
            m_out << s_header.join(QLatin1Char(',')) << '\n';
    }
    void row(const Domain::Ticket &t, qint64 pausedSeconds)
    {
        if (m_json)
            json(t, pausedSeconds);
        else
            csv(t, pausedSeconds);
        m_out.rowDone();
    }
    void end()
    {
        if (m_json)
            m_out << (m_rows > 0 ? "\n]\n" : "]\n");
        m_out.flush();
    }

private:
    void csv(const Domain::Ticket &t, qint64 pausedSeconds)
    {
        m_out.appendCsvCell(t.key);
        m_out << ',' << Domain::ticketKindId(t.kind) << ',';
        m_out.appendNumber(t.severity);
        m_out << ',' << Domain::serviceLevelId(t.serviceLevel) << ',';
        m_out.appendCsvCell(t.activity);
        m_out << ',';
        m_out.appendCsvCell(t.status);
        m_out << ',';
        m_out.appendIsoInstant(t.created);
        m_out << ',';
        m_out.appendIsoInstant(t.firstResponse);
        m_out << ',';
        m_out.appendIsoInstant(t.resolved);
        m_out << ',';
        m_out.appendNumber(t.history.size());
        m_out << ',';
        m_out.appendNumber(pausedSeconds);
        m_out << ',';
        m_out.appendCsvCell(t.title);
        m_out << '\n';
    }
    void optionalInstant(const std::optional<qint64> &seconds)
    {
        if (!seconds) {
            m_out << "null";
            return;
        }
        m_out << '"';
        m_out.appendIsoInstant(*seconds);
        m_out << '"';
    }
    void json(const Domain::Ticket &t, qint64 pausedSeconds)
    {
        if (m_rows++ > 0)
            m_out << ",\n";
        m_out << "    {\n        \"activity\": ";
        m_out.appendJsonString(t.activity);
        m_out << ",\n        \"created\": ";
        optionalInstant(t.created);
        m_out << ",\n        \"first_response\": ";
        optionalInstant(t.firstResponse);
        m_out << ",\n        \"key\": ";
        m_out.appendJsonString(t.key);
        m_out << ",\n        \"kind\": ";
        m_out.appendJsonString(Domain::ticketKindId(t.kind));
        m_out << ",\n        \"paused_seconds\": ";
        m_out.appendJsonDouble(double(pausedSeconds));
        m_out << ",\n        \"resolved\": ";
        optionalInstant(t.resolved);
        m_out << ",\n        \"service_level\": ";
        m_out.appendJsonString(Domain::serviceLevelId(t.serviceLevel));
        m_out << ",\n        \"severity\": ";
        m_out.appendNumber(t.severity);
        m_out << ",\n        \"status\": ";
        m_out.appendJsonString(t.status);
        m_out << ",\n        \"status_changes\": ";
        m_out.appendNumber(t.history.size());
        m_out << ",\n        \"title\": ";
        m_out.appendJsonString(t.title);
        m_out << "\n    }";
    }

    ByteWriter m_out;
    bool m_json;
    qint64 m_rows = 0;
};

} // namespace

const CommandSpec &TicketsCommand::spec(const QStringList &)
{
    static const CommandSpec s_spec{
        "tickets",
        "TicketsCommand",
        QT_TRANSLATE_NOOP("TicketsCommand", "List the tickets stored for an engagement."),
        {CommandOption::engagement(), CommandOption::tableCsvJson()},
        {CommandArgument::action("list", QT_TRANSLATE_NOOP("TicketsCommand", "list"))},
        &TicketsCommand::run};
    return s_spec;
}

int TicketsCommand::run(CommandCall &call)
{
    if (call.arguments() != QStringList{QStringLiteral("list")})
        return call.usageError(tr("tickets needs list"));
    const std::optional<QString> format =
        call.format({QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")});
    if (!format)
        return UsageError;
    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    if (const int code = call.openEngagement(QStringLiteral("tickets list"), &portfolio,
                                             Storage::Database::Access::ReadOnly, &engagement))
        return code;
    const Models::TicketListLoader tickets(*portfolio.database());
    if (*format == QLatin1String("table")) {
        const std::unique_ptr<TextTable> table = newTable(call.out());
        const Storage::StorageError error =
            tickets.forEach(engagement, [&](const Domain::Ticket &ticket, qint64 paused) {
                QStringList line = cells(ticket, paused);
                line[10] = TextTable::number(double(paused) / 3600.0, 2);
                table->addRow(line);
                return true;
            });
        table->finish(); // the rows read before an error are printed, as CSV and JSON print theirs
        if (error)
            return call.fail(Models::StorageText::message(error));
        return Success;
    }
    StreamPrinter printer(call.out(), *format);
    printer.begin();
    const Storage::StorageError error =
        tickets.forEach(engagement, [&](const Domain::Ticket &ticket, qint64 paused) {
            printer.row(ticket, paused);
            return true;
        });
    // Rows already written stay written: the reason follows them on stderr, and the exit code says so.
    if (error)
        return call.fail(Models::StorageText::message(error));
    printer.end();
    return Success;
}

} // namespace App
