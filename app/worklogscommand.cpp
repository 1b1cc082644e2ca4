#include "app/worklogscommand.h"

#include "app/bytewriter.h"
#include "app/command.h"
#include "app/texttable.h"
#include "models/capacitytext.h"
#include "models/storagetext.h"
#include "models/worklogloader.h"

#include <memory>
#include <optional>

namespace App {

namespace {

/// Where a worklog stands against the budget, as the budget ledger counts it.
const char *const s_budgetClassIds[] = {"counted", "billed_outside", "outside_period",
                                        "service_not_contracted", "role_not_covered"};

QString budgetClassId(const Domain::BudgetPolicy &policy, const Domain::Worklog &w)
{
    return QLatin1String(s_budgetClassIds[int(policy.classify(w))]);
}

QStringList cells(const Domain::BudgetPolicy &policy, const Domain::Worklog &w)
{
    return {w.sourceKey,
            w.date.toString(Qt::ISODate),
            w.person,
            w.role ? Domain::roleId(*w.role) : QString(),
            QString::number(w.minutes()),
            w.ticketKey,
            Domain::serviceLevelId(w.serviceLevel),
            w.activity,
            w.description,
            budgetClassId(policy, w)};
}

const QStringList s_header = {QStringLiteral("key"),           QStringLiteral("date"),
                              QStringLiteral("person"),        QStringLiteral("role"),
                              QStringLiteral("minutes"),       QStringLiteral("ticket"),
                              QStringLiteral("service_level"), QStringLiteral("activity"),
                              QStringLiteral("description"),   QStringLiteral("budget")};

/// Prints the worklogs as they are read, one at a time, in constant memory. The table is for people:
/// aligned columns (widths from the first rows, see TextTable), translated headings, hours with the
/// locale's decimals. CSV and JSON are written by hand into a buffer: JSON as QJsonDocument indents
/// an array of objects (keys in its sorted order), CSV as cells() quoted and joined.
class WorklogPrinter
{
public:
    WorklogPrinter(QTextStream &out, const QString &format) : m_format(format), m_bytes(out)
    {
        if (m_format == QLatin1String("table")) {
            using Align = TextTable::Align;
            m_table = std::make_unique<TextTable>(
                out,
                QStringList{WorklogsCommand::tr("Key"), WorklogsCommand::tr("Date"),
                            WorklogsCommand::tr("Person"), WorklogsCommand::tr("Role"),
                            WorklogsCommand::tr("Hours"), WorklogsCommand::tr("Ticket"),
                            WorklogsCommand::tr("Level"), WorklogsCommand::tr("Activity"),
                            WorklogsCommand::tr("Budget"), WorklogsCommand::tr("Description")},
                QVector<Align>{Align::Left, Align::Left, Align::Left, Align::Left, Align::Right, Align::Left,
                               Align::Left, Align::Left, Align::Left, Align::Left});
        } else if (m_format == QLatin1String("json")) {
            m_bytes << "[\n";
        } else {
            m_bytes << s_header.join(QLatin1Char(',')) << '\n';
        }
    }

    void row(const Domain::BudgetPolicy &policy, const Domain::Worklog &w)
    {
        if (m_table) {
            const QStringList c = cells(policy, w);
            m_table->addRow({c.at(0), c.at(1), c.at(2), c.at(3),
                             TextTable::number(double(w.seconds) / 3600.0, 2), c.at(5), c.at(6), c.at(7),
                             Models::CapacityText::budgetClass(policy.classify(w)), c.at(8)});
        } else if (m_format == QLatin1String("json")) {
            json(policy, w);
        } else {
            const QStringList c = cells(policy, w);
            for (int i = 0; i < c.size(); ++i) {
                if (i > 0)
                    m_bytes << ',';
                m_bytes.appendCsvCell(c.at(i));
            }
            m_bytes << '\n';
        }
        m_bytes.rowDone();
    }

    void end()
    {
        if (m_table)
            m_table->finish();
        else if (m_format == QLatin1String("json"))
            m_bytes << (m_rows > 0 ? "\n]\n" : "]\n");
        m_bytes.flush();
    }

private:
    void json(const Domain::BudgetPolicy &policy, const Domain::Worklog &w)
    {
        if (m_rows++ > 0)
            m_bytes << ",\n";
        m_bytes << "    {\n        \"activity\": ";
        m_bytes.appendJsonString(w.activity);
        m_bytes << ",\n        \"budget\": ";
        m_bytes.appendJsonString(budgetClassId(policy, w));
        m_bytes << ",\n        \"date\": ";
        m_bytes.appendJsonString(w.date.toString(Qt::ISODate));
        m_bytes << ",\n        \"description\": ";
        m_bytes.appendJsonString(w.description);
        m_bytes << ",\n        \"key\": ";
        m_bytes.appendJsonString(w.sourceKey);
        m_bytes << ",\n        \"minutes\": ";
        m_bytes.appendNumber(w.minutes());
        m_bytes << ",\n        \"person\": ";
        m_bytes.appendJsonString(w.person);
        m_bytes << ",\n        \"role\": ";
        if (w.role)
            m_bytes.appendJsonString(Domain::roleId(*w.role));
        else
            m_bytes << "null";
        m_bytes << ",\n        \"seconds\": ";
        m_bytes.appendNumber(w.seconds);
        m_bytes << ",\n        \"service_level\": ";
        m_bytes.appendJsonString(Domain::serviceLevelId(w.serviceLevel));
        m_bytes << ",\n        \"ticket\": ";
        m_bytes.appendJsonString(w.ticketKey);
        m_bytes << "\n    }";
    }

    QString m_format;
    ByteWriter m_bytes;
    std::unique_ptr<TextTable> m_table;
    qint64 m_rows = 0;
};

} // namespace

const CommandSpec &WorklogsCommand::spec(const QStringList &)
{
    static const CommandSpec s_spec{
        "worklogs",
        "WorklogsCommand",
        QT_TRANSLATE_NOOP("WorklogsCommand", "List the worklogs stored for an engagement."),
        {CommandOption::engagement(),
         {"from", QT_TRANSLATE_NOOP("WorklogsCommand", "First date (YYYY-MM-DD)."),
          QT_TRANSLATE_NOOP("Command", "DATE")},
         {"to", QT_TRANSLATE_NOOP("WorklogsCommand", "Last date (YYYY-MM-DD)."),
          QT_TRANSLATE_NOOP("Command", "DATE")},
         CommandOption::tableCsvJson()},
        {CommandArgument::action("list", QT_TRANSLATE_NOOP("WorklogsCommand", "list"))},
        &WorklogsCommand::run};
    return s_spec;
}

int WorklogsCommand::run(CommandCall &call)
{
    const QDate from = QDate::fromString(call.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(call.value(QStringLiteral("to")), Qt::ISODate);
    if (call.arguments() != QStringList{QStringLiteral("list")})
        return call.usageError(tr("worklogs needs list"));
    const std::optional<QString> format =
        call.format({QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")});
    if (!format)
        return UsageError;
    if ((call.isSet(QStringLiteral("from")) && !from.isValid()) ||
        (call.isSet(QStringLiteral("to")) && !to.isValid()))
        return call.usageError(tr("dates are written YYYY-MM-DD"));
    if (from.isValid() && to.isValid() && from > to)
        return call.usageError(
            tr("--from %1 is after --to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));

    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    if (const int code = call.openEngagement(QStringLiteral("worklogs list"), &portfolio,
                                             Storage::Database::Access::ReadOnly, &engagement))
        return code;
    Domain::BudgetPolicy policy;
    // The printer starts with the first row (or at the end), once the policy is read: a failure
    // before any row prints no heading.
    std::optional<WorklogPrinter> printer;
    const Storage::StorageError error =
        Models::WorklogLoader(*portfolio.database())
            .forEach(engagement, from, to, &policy, [&](const Domain::Worklog &w) {
                if (!printer)
                    printer.emplace(call.out(), *format);
                printer->row(policy, w);
                return true;
            });
    // Rows already written stay written: the reason follows them on stderr, and the exit code says so.
    if (error)
        return call.fail(Models::StorageText::message(error));
    if (!printer)
        printer.emplace(call.out(), *format);
    printer->end();
    return Success;
}

} // namespace App
