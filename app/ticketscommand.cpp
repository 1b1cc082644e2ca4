#include "app/ticketscommand.h"

#include "app/command.h"
#include "app/texttable.h"
#include "models/storagetext.h"
#include "models/ticketlistloader.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace App {

namespace {

struct Row
{
    Domain::Ticket ticket;
    qint64 pausedSeconds = 0;
};

QString instant(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QString optionalInstant(const std::optional<qint64> &seconds)
{
    return seconds ? instant(*seconds) : QString();
}

QString csvCell(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
           QLatin1Char('"');
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

QJsonObject toJson(const Domain::Ticket &t, qint64 pausedSeconds)
{
    auto optional = [](const std::optional<qint64> &v) { return v ? QJsonValue(instant(*v)) : QJsonValue(); };
    QJsonObject o;
    o.insert(QStringLiteral("key"), t.key);
    o.insert(QStringLiteral("kind"), Domain::ticketKindId(t.kind));
    o.insert(QStringLiteral("severity"), t.severity);
    o.insert(QStringLiteral("service_level"), Domain::serviceLevelId(t.serviceLevel));
    o.insert(QStringLiteral("activity"), t.activity);
    o.insert(QStringLiteral("status"), t.status);
    o.insert(QStringLiteral("created"), instant(t.created));
    o.insert(QStringLiteral("first_response"), optional(t.firstResponse));
    o.insert(QStringLiteral("resolved"), optional(t.resolved));
    o.insert(QStringLiteral("status_changes"), int(t.history.size()));
    o.insert(QStringLiteral("paused_seconds"), double(pausedSeconds));
    o.insert(QStringLiteral("title"), t.title);
    return o;
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
void printTable(QTextStream &out, const QVector<Row> &rows)
{
    using Align = TextTable::Align;
    TextTable table(out,
                    {TicketsCommand::tr("Key"), TicketsCommand::tr("Kind"), TicketsCommand::tr("Sev"),
                     TicketsCommand::tr("Level"), TicketsCommand::tr("Activity"),
                     TicketsCommand::tr("Status"), TicketsCommand::tr("Created (UTC)"),
                     TicketsCommand::tr("First response"), TicketsCommand::tr("Resolved"),
                     TicketsCommand::tr("Changes"), TicketsCommand::tr("Paused h"),
                     TicketsCommand::tr("Title")},
                    {Align::Left, Align::Left, Align::Right, Align::Left, Align::Left, Align::Left,
                     Align::Left, Align::Left, Align::Left, Align::Right, Align::Right, Align::Left});
    for (const Row &row : rows) {
        QStringList line = cells(row.ticket, row.pausedSeconds);
        line[10] = TextTable::number(double(row.pausedSeconds) / 3600.0, 2);
        table.addRow(line);
    }
}

/// CSV and JSON stream one ticket at a time (a million tickets in constant memory): `begin` before
/// the first, `row` for each, `end` after the last. JSON is written as QJsonDocument indents an
/// array of these objects, object by object.
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
    void row(const Domain::Ticket &ticket, qint64 pausedSeconds)
    {
        if (!m_json) {
            QStringList line = cells(ticket, pausedSeconds);
            std::transform(line.begin(), line.end(), line.begin(), csvCell);
            m_out << line.join(QLatin1Char(',')) << '\n';
            return;
        }
        const QByteArray object =
            QJsonDocument(toJson(ticket, pausedSeconds)).toJson(QJsonDocument::Indented);
        if (m_rows++ > 0)
            m_out << ",\n";
        const QList<QByteArray> lines = object.trimmed().split('\n');
        for (int i = 0; i < lines.size(); ++i) {
            m_out << "    ";
            m_out << QString::fromUtf8(lines.at(i));
            if (i + 1 < lines.size())
                m_out << '\n';
        }
    }
    void end()
    {
        if (m_json)
            m_out << (m_rows > 0 ? "\n]\n" : "]\n");
    }

private:
    QTextStream &m_out;
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
        // Aligned columns need every row's width first: the table is for people, not for a million rows.
        QVector<Row> rows;
        const Storage::StorageError error =
            tickets.forEach(engagement, [&](const Domain::Ticket &ticket, qint64 paused) {
                rows.append(Row{ticket, paused});
                return true;
            });
        if (error)
            return call.fail(Models::StorageText::message(error));
        printTable(call.out(), rows);
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
