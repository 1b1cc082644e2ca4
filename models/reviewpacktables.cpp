#include "models/reviewpacktables.h"

#include "models/capacitytext.h"
#include "models/domaintext.h"
#include "models/exchange/export/csvtablewriter.h"
#include "models/exchange/export/xlsxtablewriter.h"
#include "models/reviewpacklines.h"
#include "models/tickettablemodel.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace Models {

namespace {

using Exchange::ExportColumn;
using Exchange::ExportTable;
using Type = ExportColumn::Type;

double hours(qint64 minutes)
{
    return qRound64(double(minutes) / 60.0 * 100.0) / 100.0;
}

QVariant percent(const std::optional<double> &p)
{
    return p ? QVariant(qRound64(*p * 10.0) / 10.0) : QVariant();
}

QDateTime instant(qint64 epochSeconds, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds, zone);
}

QTimeZone zoneOf(const QByteArray &id)
{
    const QTimeZone tz(id);
    return tz.isValid() ? tz : QTimeZone::utc();
}

/// A table of ticket lines without its rows: ticketRow() makes them one at a time, so that the
/// 33,000 breaches of a month of the 1M bench are never held a second time as cells.
ExportTable ticketTable(const QString &name, bool breaches)
{
    ExportTable t;
    t.name = name;
    t.columns = {{ReviewPackTables::tr("Ticket"), Type::Text, 14},
                 {ReviewPackTables::tr("Title"), Type::Text, 40},
                 {ReviewPackTables::tr("Kind"), Type::Text, 14},
                 {ReviewPackTables::tr("Service level"), Type::Text, 10},
                 {ReviewPackTables::tr("Severity"), Type::Integer, 8},
                 {ReviewPackTables::tr("Created"), Type::DateTime, 18},
                 {ReviewPackTables::tr("Resolved"), Type::DateTime, 18},
                 {ReviewPackTables::tr("Status"), Type::Text, 14}};
    if (breaches)
        t.columns += {{ReviewPackTables::tr("Breached at"), Type::DateTime, 18},
                      {ReviewPackTables::tr("What happened"), Type::Text, 60},
                      {ReviewPackTables::tr("Root cause"), Type::Text, 40}};
    return t;
}

QVector<QVariant> ticketRow(const ReviewTicket &r, const QTimeZone &zone, bool breaches)
{
    QVector<QVariant> row = {r.key,
                             r.title,
                             TicketTableModel::kindText(r.kind),
                             DomainText::serviceLevelShort(r.level),
                             r.severity,
                             instant(r.created, zone),
                             r.resolved ? QVariant(instant(*r.resolved, zone)) : QVariant(),
                             r.status};
    if (breaches)
        row += {instant(r.breachedAt, zone), r.explanation, r.rootCause};
    return row;
}

/// The ticket lines of the table named `name`, or nullopt for a table of figures.
std::optional<ReviewPackLines::Table> ticketsOf(const QString &name)
{
    if (name == QLatin1String("breaches"))
        return ReviewPackLines::Table::Breaches;
    if (name == QLatin1String("notable"))
        return ReviewPackLines::Table::Notable;
    if (name == QLatin1String("delivered"))
        return ReviewPackLines::Table::Delivered;
    return std::nullopt;
}

/// Calls `visit` with every line of `table` of `pack` (read back from its temporary file).
bool forEachLine(const ReviewPack &pack, ReviewPackLines::Table table,
                 const std::function<bool(const ReviewTicket &)> &visit, QString *error)
{
    return !pack.lines || pack.lines->forEach(table, visit, error);
}

ExportTable summaryTable(const ReviewPack &pack)
{
    ExportTable t;
    t.name = QStringLiteral("summary");
    t.columns = {{ReviewPackTables::tr("Figure id"), Type::Text, 26},
                 {ReviewPackTables::tr("Figure"), Type::Text, 44},
                 {ReviewPackTables::tr("This period"), Type::Decimal, 12},
                 {ReviewPackTables::tr("Previous period"), Type::Decimal, 14},
                 {ReviewPackTables::tr("Unit"), Type::Text, 8}};
    const ReviewFigures &a = pack.current;
    const ReviewFigures &b = pack.previous;
    auto add = [&](const char *id, const QString &name, const QVariant &x, const QVariant &y,
                   const QString &unit) {
        t.rows.append({QString::fromLatin1(id), name, x, y, unit});
    };
    auto minutes = [&](const char *id, const QString &name, qint64 x, qint64 y) {
        if (a.budgetKnown)
            add(id, name, x, b.budgetKnown ? QVariant(y) : QVariant(), ReviewPackTables::tr("minutes"));
    };
    minutes("committed_minutes", ReviewPackTables::tr("Hours committed"), a.committed, b.committed);
    minutes("used_minutes", ReviewPackTables::tr("Hours used"), a.used, b.used);
    minutes("carried_in_minutes", ReviewPackTables::tr("Hours carried in"), a.carriedIn, b.carriedIn);
    minutes("carried_out_minutes", ReviewPackTables::tr("Hours carried out"), a.carriedOut, b.carriedOut);
    minutes("forfeited_minutes", ReviewPackTables::tr("Hours forfeited"), a.forfeited, b.forfeited);
    if (a.slaKnown)
        add("breaches", ReviewPackTables::tr("SLA breaches"), a.breaches, b.breaches, QString());
    add("opened", ReviewPackTables::tr("Tickets opened"), a.opened, b.opened, QString());
    add("resolved", ReviewPackTables::tr("Tickets resolved"), a.resolved, b.resolved, QString());
    add("backlog", ReviewPackTables::tr("Backlog at period end"), a.backlog, b.backlog, QString());
    return t;
}

ExportTable slaTable(const ReviewPack &pack)
{
    ExportTable t;
    t.name = QStringLiteral("sla");
    t.columns = {{ReviewPackTables::tr("Period"), Type::Text, 24},
                 {ReviewPackTables::tr("Severity"), Type::Integer, 8},
                 {ReviewPackTables::tr("Tickets"), Type::Integer, 8},
                 {ReviewPackTables::tr("Response met"), Type::Integer, 10},
                 {ReviewPackTables::tr("Response measured"), Type::Integer, 10},
                 {ReviewPackTables::tr("Response met %"), Type::Decimal, 10},
                 {ReviewPackTables::tr("Resolution met"), Type::Integer, 10},
                 {ReviewPackTables::tr("Resolution measured"), Type::Integer, 10},
                 {ReviewPackTables::tr("Resolution met %"), Type::Decimal, 10},
                 {ReviewPackTables::tr("Target %"), Type::Decimal, 8},
                 {ReviewPackTables::tr("Breaches"), Type::Integer, 8}};
    for (const ReviewFigures *f : {&pack.current, &pack.previous}) {
        for (const ReviewFigures::Sla &s : f->sla)
            t.rows.append({f->period.id(), s.severity, s.tickets, s.responseMet, s.responseMeasured,
                           percent(s.responsePercent()), s.resolutionMet, s.resolutionMeasured,
                           percent(s.resolutionPercent()), s.targetPercent, s.breaches});
    }
    return t;
}

ExportTable ticketCountTable(const ReviewPack &pack)
{
    ExportTable t;
    t.name = QStringLiteral("tickets");
    t.columns = {{ReviewPackTables::tr("Period"), Type::Text, 24},
                 {ReviewPackTables::tr("Service level or kind"), Type::Text, 30},
                 {ReviewPackTables::tr("Opened"), Type::Integer, 8},
                 {ReviewPackTables::tr("Resolved"), Type::Integer, 8}};
    for (const ReviewFigures *f : {&pack.current, &pack.previous}) {
        for (int l = 0; l < Domain::ServiceLevelCount; ++l)
            t.rows.append({f->period.id(), DomainText::serviceLevel(Domain::ServiceLevel(l)),
                           f->openedByLevel[std::size_t(l)], f->resolvedByLevel[std::size_t(l)]});
        for (int k = 0; k < Domain::TicketKindCount; ++k)
            t.rows.append({f->period.id(), TicketTableModel::kindText(Domain::TicketKind(k)),
                           f->openedByKind[std::size_t(k)], f->resolvedByKind[std::size_t(k)]});
        t.rows.append({f->period.id(), ReviewPackTables::tr("All tickets"), f->opened, f->resolved});
    }
    return t;
}

ExportTable allocationTable(const ReviewPack &pack)
{
    ExportTable t;
    t.name = QStringLiteral("allocation");
    t.columns = {{ReviewPackTables::tr("Month"), Type::Date, 12},
                 {ReviewPackTables::tr("Role"), Type::Text, 20},
                 {ReviewPackTables::tr("Person"), Type::Text, 24},
                 {ReviewPackTables::tr("Minutes"), Type::Integer, 10},
                 {ReviewPackTables::tr("Hours"), Type::Decimal, 10}};
    qint64 sum = 0;
    for (const ReviewAllocation &a : pack.allocations) {
        t.rows.append({pack.nextMonth, DomainText::role(a.role), a.person, a.minutes, hours(a.minutes)});
        sum += a.minutes;
    }
    t.rows.append({pack.nextMonth, ReviewPackTables::tr("Allocated in all"), QVariant(), sum, hours(sum)});
    t.rows.append({pack.nextMonth, ReviewPackTables::tr("Committed"), QVariant(), pack.nextCommitted,
                   hours(pack.nextCommitted)});
    return t;
}

ExportTable ledgerTable(const ReviewPack &pack)
{
    ExportTable t;
    t.name = QStringLiteral("ledger");
    t.columns = {{ReviewPackTables::tr("Month"), Type::Date, 12},
                 {ReviewPackTables::tr("Committed minutes"), Type::Integer, 12},
                 {ReviewPackTables::tr("Carried in minutes"), Type::Integer, 12},
                 {ReviewPackTables::tr("Used minutes"), Type::Integer, 12},
                 {ReviewPackTables::tr("Remaining minutes"), Type::Integer, 12},
                 {ReviewPackTables::tr("Carried out minutes"), Type::Integer, 12},
                 {ReviewPackTables::tr("Forfeited minutes"), Type::Integer, 12},
                 {ReviewPackTables::tr("State"), Type::Text, 14}};
    for (const Domain::LedgerMonth &m : pack.ledger.months()) {
        if (m.month > pack.historyLastMonth.addMonths(-12) && m.month <= pack.historyLastMonth)
            t.rows.append({m.month, m.committed, m.carriedIn, m.used, m.remaining, m.carriedOut, m.forfeited,
                           CapacityText::ledgerMonthState(m.state)});
    }
    return t;
}

} // namespace

bool ReviewPackTables::isWorkbook(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

QVector<ExportTable> ReviewPackTables::tables(const ReviewPack &pack, QString *error)
{
    QVector<ExportTable> all = figureTables(pack);
    const QTimeZone zone = zoneOf(pack.engagement.timeZone);
    for (ExportTable &t : all) {
        if (const std::optional<ReviewPackLines::Table> table = ticketsOf(t.name)) {
            const bool breaches = *table == ReviewPackLines::Table::Breaches;
            QString failure;
            if (!forEachLine(
                    pack, *table,
                    [&](const ReviewTicket &r) {
                        t.rows.append(ticketRow(r, zone, breaches));
                        return true;
                    },
                    &failure)) {
                if (error)
                    *error = failure;
                return {};
            }
        }
    }
    return all;
}

bool ReviewPackTables::writeTo(const ReviewPack &pack, Exchange::TableStream *stream, QString *error)
{
    const QTimeZone zone = zoneOf(pack.engagement.timeZone);
    for (const ExportTable &t : figureTables(pack)) {
        if (!stream->beginTable(t.name, t.columns, error))
            return false;
        for (const QVector<QVariant> &row : t.rows) {
            if (!stream->addRow(row, error))
                return false;
        }
        if (const std::optional<ReviewPackLines::Table> table = ticketsOf(t.name)) {
            const bool breaches = *table == ReviewPackLines::Table::Breaches;
            const auto add = [&](const ReviewTicket &r) {
                return stream->addRow(ticketRow(r, zone, breaches), error);
            };
            if (!forEachLine(pack, *table, add, error))
                return false;
        }
        if (!stream->endTable(error))
            return false;
    }
    return stream->commit(error);
}

QVector<ExportTable> ReviewPackTables::figureTables(const ReviewPack &pack)
{
    ExportTable info;
    info.name = QStringLiteral("review");
    info.columns = {{tr("Field"), Type::Text, 20}, {tr("Value"), Type::Text, 70}};
    info.rows = {{tr("Client"), pack.engagement.client},
                 {tr("Engagement"), pack.engagement.key},
                 {tr("Support model"), DomainText::supportModel(pack.engagement.model)},
                 {tr("Period"), pack.period.id()},
                 {tr("First day"), pack.period.start.toString(Qt::ISODate)},
                 {tr("Last day"), pack.period.end.toString(Qt::ISODate)},
                 {tr("Previous period"), pack.previous.period.id()},
                 {tr("Prepared by"), pack.preparedBy},
                 {tr("As of"), pack.now.toString(Qt::ISODate)},
                 {tr("Fingerprint (SHA-256)"), QString::fromLatin1(pack.fingerprint)},
                 {tr("Rows fingerprinted"), QString::number(pack.fingerprintRows)}};
    ExportTable notes;
    notes.name = QStringLiteral("notes");
    notes.columns = {{tr("Note"), Type::Text, 14}, {tr("Text"), Type::Text, 90}};
    notes.rows = {{tr("Risks"), pack.risks}, {tr("Actions"), pack.actions}};
    return {info,
            summaryTable(pack),
            slaTable(pack),
            ticketCountTable(pack),
            ticketTable(QStringLiteral("breaches"), true),
            ticketTable(QStringLiteral("notable"), false),
            ticketTable(QStringLiteral("delivered"), false),
            allocationTable(pack),
            ledgerTable(pack),
            notes};
}

bool ReviewPackTables::write(const ReviewPack &pack, const QString &path, QString *error)
{
    if (isWorkbook(path)) {
        Exchange::XlsxTableStream stream(path);
        return writeTo(pack, &stream, error);
    }
    QStringList names;
    for (const ExportTable &t : figureTables(pack))
        names.append(t.name + QStringLiteral(".csv"));
    const auto filesIn = [&names](const QString &folder) {
        QStringList files;
        for (const QString &name : std::as_const(names))
            files.append(QDir(folder).filePath(name));
        return files;
    };
    const QFileInfo target(path);
    if (target.exists() && !target.isDir()) {
        *error = tr("Cannot write the data to %1: it is a file, not a folder.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (target.isDir()) {
        Exchange::CsvTableStream stream(filesIn(path));
        return writeTo(pack, &stream, error);
    }
    const QDir parent = target.absoluteDir();
    if (!parent.exists()) {
        *error = tr("Cannot write the data to %1: the folder %2 does not exist.")
                     .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(parent.path()));
        return false;
    }
    // Written beside its final name and renamed when every file is in: never a half-filled folder.
    QTemporaryDir temporary(parent.filePath(QStringLiteral(".%1-XXXXXX").arg(target.fileName())));
    if (!temporary.isValid()) {
        *error = tr("Cannot write the data to %1: %2")
                     .arg(QDir::toNativeSeparators(path), temporary.errorString());
        return false;
    }
    {
        Exchange::CsvTableStream stream(filesIn(temporary.path()));
        if (!writeTo(pack, &stream, error))
            return false;
    }
    if (!QDir().rename(temporary.path(), target.absoluteFilePath())) {
        *error = tr("Cannot write the data to %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    temporary.setAutoRemove(false);
    return true;
}

} // namespace Models
