#include "models/exchange/sources/columnmapping.h"

#include "models/exchange/sources/importmappings.h"

#include <QSet>

namespace Exchange {

namespace {

using Field = ColumnMapping::Field;

struct FieldInfo
{
    Field field;
    const char *id;
    bool required;
    /// Header names, English and Swedish, most specific first.
    std::initializer_list<const char *> names;
};

const FieldInfo s_ticketFields[] = {
    {Field::Key,
     "key",
     true,
     {"issue key", "key", "ticket id", "id", "number", "ticket", "case number", "nyckel", "ärendenyckel",
      "ärendenummer", "ärende", "nummer"}},
    {Field::Title,
     "title",
     false,
     {"summary", "subject", "title", "short description", "short_description", "sammanfattning", "rubrik",
      "ämne", "titel"}},
    {Field::Type,
     "type",
     false,
     {"issue type", "ticket type", "type", "ärendetyp", "typ", "kategori", "category"}},
    {Field::Priority, "priority", true, {"priority", "severity", "prio", "prioritet", "allvarlighetsgrad"}},
    {Field::Status, "status", false, {"status", "state", "tillstånd"}},
    {Field::Created,
     "created",
     true,
     {"created", "created at", "opened", "opened at", "opened_at", "creation date", "date created", "skapad",
      "skapat", "skapades", "registrerad", "öppnad"}},
    {Field::FirstResponse,
     "firstResponse",
     false,
     {"first response", "first response at", "first reply", "first replied at", "första svar",
      "första respons"}},
    {Field::Resolved,
     "resolved",
     false,
     {"resolved", "resolved at", "solved at", "resolved_at", "closed", "löst", "åtgärdad", "stängd"}},
};

const FieldInfo s_worklogFields[] = {
    {Field::WorklogId, "worklogId", false, {"worklog id", "entry id", "time entry id", "id", "post-id"}},
    {Field::Date, "date", true, {"work date", "date", "day", "datum", "arbetsdatum", "dag"}},
    {Field::Person,
     "person",
     true,
     {"full name", "person", "user", "username", "employee", "name", "användare", "namn", "medarbetare",
      "anställd", "konsult"}},
    {Field::Duration,
     "duration",
     true,
     {"hours", "duration", "time spent", "minutes", "time", "timmar", "varaktighet", "nedlagd tid", "minuter",
      "tid"}},
    {Field::Activity,
     "activity",
     false,
     {"activity", "activity name", "task", "work type", "aktivitet", "uppgift", "arbetstyp"}},
    {Field::Description,
     "description",
     false,
     {"description", "work description", "notes", "comment", "beskrivning", "anteckningar", "anteckning",
      "kommentar"}},
    {Field::TicketKey,
     "ticketKey",
     false,
     {"issue key", "issue", "ticket", "ticket key", "ärendenyckel", "ärende"}},
    {Field::Role, "role", false, {"role", "roles", "roll", "roller"}},
};

const FieldInfo *info(Field field)
{
    for (const FieldInfo &f : s_ticketFields)
        if (f.field == field)
            return &f;
    for (const FieldInfo &f : s_worklogFields)
        if (f.field == field)
            return &f;
    return nullptr;
}

/// Header index per normalised name, first occurrence.
QHash<QString, int> headerIndex(const QStringList &header)
{
    QHash<QString, int> index;
    for (int i = 0; i < header.size(); ++i) {
        const QString key = ImportMappings::normalized(header.at(i));
        if (!index.contains(key))
            index.insert(key, i);
    }
    return index;
}

template<std::size_t N>
void assign(ColumnMapping *mapping, const FieldInfo (&fields)[N], const QStringList &header)
{
    const QHash<QString, int> index = headerIndex(header);
    QSet<int> used;
    for (const FieldInfo &f : fields) {
        for (const char *name : f.names) {
            const int column = index.value(QString::fromUtf8(name), -1);
            if (column >= 0 && !used.contains(column)) {
                used.insert(column);
                mapping->setHeader(f.field, header.at(column).trimmed());
                break;
            }
        }
    }
}

} // namespace

void ColumnMapping::setHeader(Field field, const QString &header)
{
    if (header.isEmpty())
        m_headers.remove(field);
    else
        m_headers.insert(field, header);
}

ColumnMapping ColumnMapping::suggest(const QStringList &header)
{
    ColumnMapping worklogs;
    worklogs.rowKind = RowKind::Worklogs;
    assign(&worklogs, s_worklogFields, header);
    ColumnMapping tickets;
    assign(&tickets, s_ticketFields, header);
    // A file with a date and a duration but no created column is a timesheet.
    const bool isTimesheet = !worklogs.header(Field::Date).isEmpty() &&
                             !worklogs.header(Field::Duration).isEmpty() &&
                             tickets.header(Field::Created).isEmpty();
    ColumnMapping m = isTimesheet ? worklogs : tickets;
    const QString duration = ImportMappings::normalized(m.header(Field::Duration));
    if (duration.contains(QLatin1String("minut")))
        m.durationUnit = NumberParser::DurationUnit::Minutes;
    else if (duration.contains(QLatin1String("second")) || duration.contains(QLatin1String("sekund")))
        m.durationUnit = NumberParser::DurationUnit::Seconds;
    return m;
}

DateTimeParser::Format ColumnMapping::suggestDateFormat(const QStringList &samples)
{
    using F = DateTimeParser::Format;
    F best = F::Iso8601;
    int bestCount = -1;
    for (const F format : {F::Iso8601, F::DayMonthYear, F::DayMonthNameYear, F::MonthDayYear}) {
        DateTimeParser parser(format);
        int count = 0;
        qint64 ignored = 0;
        for (const QString &sample : samples)
            count += parser.parse(sample, &ignored) == DateTimeParser::Result::Ok ? 1 : 0;
        if (count > bestCount) {
            best = format;
            bestCount = count;
        }
    }
    return best;
}

QVector<ColumnMapping::Field> ColumnMapping::fields(RowKind kind)
{
    QVector<Field> out;
    if (kind == RowKind::Tickets) {
        for (const FieldInfo &f : s_ticketFields)
            out << f.field;
    } else {
        for (const FieldInfo &f : s_worklogFields)
            out << f.field;
    }
    return out;
}

QVector<ColumnMapping::Field> ColumnMapping::missingFields() const
{
    QVector<Field> out;
    for (const Field field : fields(rowKind)) {
        if (info(field)->required && header(field).isEmpty())
            out << field;
    }
    return out;
}

QString ColumnMapping::fieldId(Field field)
{
    return QString::fromLatin1(info(field)->id);
}

bool ColumnMapping::fieldFromId(const QString &id, Field *field)
{
    for (const RowKind kind : {RowKind::Tickets, RowKind::Worklogs}) {
        for (const Field f : fields(kind)) {
            if (fieldId(f) == id) {
                *field = f;
                return true;
            }
        }
    }
    return false;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject columns;
    for (auto it = m_headers.constBegin(); it != m_headers.constEnd(); ++it)
        columns.insert(fieldId(it.key()), it.value());
    const char *unit = durationUnit == NumberParser::DurationUnit::Hours     ? "hours"
                       : durationUnit == NumberParser::DurationUnit::Minutes ? "minutes"
                                                                             : "seconds";
    return QJsonObject{{QStringLiteral("version"), 1},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("rows"),
                        rowKind == RowKind::Tickets ? QStringLiteral("tickets") : QStringLiteral("worklogs")},
                       {QStringLiteral("dateFormat"), DateTimeParser::formatId(dateFormat)},
                       {QStringLiteral("durationUnit"), QLatin1String(unit)},
                       {QStringLiteral("columns"), columns}};
}

bool ColumnMapping::fromJson(const QJsonObject &json, ColumnMapping *mapping, QString *error)
{
    const auto failWith = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (json.value(QStringLiteral("version")).toInt() != 1)
        return failWith(tr("Unsupported profile version."));
    ColumnMapping m;
    m.name = json.value(QStringLiteral("name")).toString();
    const QString rows = json.value(QStringLiteral("rows")).toString();
    if (rows != QLatin1String("tickets") && rows != QLatin1String("worklogs"))
        return failWith(tr("The profile says rows are \"%1\"; expected tickets or worklogs.").arg(rows));
    m.rowKind = rows == QLatin1String("tickets") ? RowKind::Tickets : RowKind::Worklogs;
    const QString format = json.value(QStringLiteral("dateFormat")).toString();
    if (!DateTimeParser::formatFromId(format, &m.dateFormat))
        return failWith(tr("Unknown date format \"%1\".").arg(format));
    const QString unit = json.value(QStringLiteral("durationUnit")).toString();
    if (unit == QLatin1String("hours"))
        m.durationUnit = NumberParser::DurationUnit::Hours;
    else if (unit == QLatin1String("minutes"))
        m.durationUnit = NumberParser::DurationUnit::Minutes;
    else if (unit == QLatin1String("seconds"))
        m.durationUnit = NumberParser::DurationUnit::Seconds;
    else
        return failWith(tr("Unknown duration unit \"%1\".").arg(unit));
    const QJsonObject columns = json.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        Field field;
        if (!fieldFromId(it.key(), &field))
            return failWith(tr("Unknown field \"%1\".").arg(it.key()));
        m.setHeader(field, it.value().toString());
    }
    *mapping = m;
    return true;
}

bool ColumnMapping::operator==(const ColumnMapping &o) const
{
    return name == o.name && rowKind == o.rowKind && dateFormat == o.dateFormat &&
           durationUnit == o.durationUnit && m_headers == o.m_headers;
}

} // namespace Exchange
