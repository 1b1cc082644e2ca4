// Test data at any size, reproducible (fixed seed), written at the speed of the disk:
//   gen_servicenow OUT.csv [ROWS=1000000]           ServiceNow event log (36 columns as the real
//                                                   sample, day-first dates, `?` for missing values,
//                                                   about 7 updates per incident)
//   gen_servicenow --list OUT.csv [TICKETS]         ServiceNow list export: one row per incident,
//                                                   ISO dates as ServiceNow writes them by default
//   gen_servicenow --replay DIR [TICKETS]           `sla replay` input: DIR/tickets.csv,
//                                                   DIR/history.csv (4 status changes a ticket),
//                                                   DIR/calendar.json, DIR/policy.json
// Dates are formatted by hand (no QDateTime): the generator must not be the slow part of a bench.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>
#include <cstring>

namespace {

const char *const s_header =
    "number,incident_state,active,reassignment_count,reopen_count,sys_mod_count,made_sla,caller_id,"
    "opened_by,opened_at,sys_created_by,sys_created_at,sys_updated_by,sys_updated_at,contact_type,location,"
    "category,subcategory,u_symptom,cmdb_ci,impact,urgency,priority,assignment_group,assigned_to,knowledge,"
    "u_priority_confirmation,notify,problem_id,rfc,vendor,caused_by,closed_code,resolved_by,resolved_at,"
    "closed_at\n";
const char *const s_states[] = {"New", "Active", "Awaiting User Info", "Active", "Awaiting Vendor", "Active"};
const char *const s_priorities[] = {"1 - Critical", "2 - High", "3 - Moderate", "4 - Low"};
const char *const s_words[] = {"Checkout", "payment", "fails",  "slow",  "search", "cart",
                               "price",    "wrong",   "order",  "stuck", "login",  "error",
                               "image",    "missing", "refund", "page"};
constexpr qint64 s_start2026 = 1767225600; // 2026-01-01T00:00:00Z

/// Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
void civil(qint64 days, int *y, int *m, int *d)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *d = int(doy - (153 * mp + 2) / 5 + 1);
    *m = int(mp < 10 ? mp + 3 : mp - 9);
    *y = int(yoe + era * 400 + (*m <= 2 ? 1 : 0));
}

enum class Style { DayFirstMinutes, IsoSpace, IsoUtc };

void appendStamp(QByteArray *out, qint64 secs, Style style)
{
    int y = 0, m = 0, d = 0;
    civil(secs / 86400, &y, &m, &d);
    const int s = int(secs % 86400);
    char text[32];
    int n = 0;
    switch (style) {
    case Style::DayFirstMinutes:
        n = std::snprintf(text, sizeof text, "%02d-%02d-%04d %02d:%02d", d, m, y, s / 3600, s / 60 % 60);
        break;
    case Style::IsoSpace:
        n = std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d:%02d", y, m, d, s / 3600, s / 60 % 60,
                          s % 60);
        break;
    case Style::IsoUtc:
        n = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, s / 3600, s / 60 % 60,
                          s % 60);
        break;
    }
    out->append(text, n);
}

QByteArray stamp(qint64 secs, Style style = Style::DayFirstMinutes)
{
    QByteArray out;
    appendStamp(&out, secs, style);
    return out;
}

/// Buffers output and writes it in 1 MB pieces.
class Output
{
public:
    explicit Output(const QString &path) : m_file(path) { m_ok = m_file.open(QIODevice::WriteOnly); }
    ~Output() { flush(); }
    bool ok() const { return m_ok; }
    QByteArray &buffer() { return m_buffer; }
    void maybeFlush()
    {
        if (m_buffer.size() > (1 << 20))
            flush();
    }
    void flush()
    {
        m_file.write(m_buffer);
        m_buffer.clear();
    }
    qint64 size()
    {
        flush();
        return m_file.size();
    }

private:
    QFile m_file;
    QByteArray m_buffer;
    bool m_ok = false;
};

int eventLog(const char *path, qint64 rows)
{
    Output out(QString::fromLocal8Bit(path));
    if (!out.ok()) {
        std::fprintf(stderr, "cannot write %s\n", path);
        return 1;
    }
    QRandomGenerator random(20260301);
    QByteArray &buffer = out.buffer();
    buffer = s_header;
    qint64 written = 0;
    qint64 incident = 1;
    qint64 opened = s_start2026;
    while (written < rows) {
        const int updates = qMin<qint64>(2 + random.bounded(10), rows - written);
        opened += random.bounded(600);
        const QByteArray number = "INC" + QByteArray::number(incident++).rightJustified(7, '0');
        const QByteArray priority = s_priorities[random.bounded(4)];
        const qint64 resolved = opened + 600 + random.bounded(86400 * 3);
        const QByteArray common = ",Phone,Location " + QByteArray::number(random.bounded(200)) +
                                  ",Category " + QByteArray::number(random.bounded(60)) + ",Subcategory " +
                                  QByteArray::number(random.bounded(200)) + ",Symptom " +
                                  QByteArray::number(random.bounded(500)) + ",?,2 - Medium,2 - Medium," +
                                  priority + ",Group " + QByteArray::number(random.bounded(80)) +
                                  ",Resolver " + QByteArray::number(random.bounded(200)) +
                                  ",TRUE,FALSE,Do Not Notify,?,?,?,?,code 5,Resolved by " +
                                  QByteArray::number(random.bounded(200)) + ",";
        for (int u = 0; u < updates; ++u) {
            const bool last = u == updates - 1;
            const bool resolvedRow = last && updates > 2;
            const QByteArray state = resolvedRow ? QByteArray("Resolved") : QByteArray(s_states[qMin(u, 5)]);
            const qint64 at = resolvedRow ? resolved : opened + (resolved - opened) * u / updates;
            buffer += number + ',' + state + (resolvedRow ? ",FALSE" : ",TRUE") + ",0,0," +
                      QByteArray::number(u) + ",TRUE,Caller " + QByteArray::number(random.bounded(3000)) +
                      ",Opened by 8," + stamp(opened) + ",Created by 6," + stamp(opened) + ",Updated by " +
                      QByteArray::number(random.bounded(900)) + ',' + stamp(at) + common +
                      (updates > 2 ? stamp(resolved) : QByteArray("?")) + ",?\n";
            ++written;
        }
        out.maybeFlush();
    }
    std::printf("wrote %lld rows, %lld incidents, %lld bytes to %s\n", static_cast<long long>(written),
                static_cast<long long>(incident - 1), static_cast<long long>(out.size()), path);
    return 0;
}

void appendTitle(QByteArray *buffer, QRandomGenerator &random)
{
    const int words = 2 + random.bounded(4);
    for (int w = 0; w < words; ++w) {
        if (w > 0)
            buffer->append(' ');
        buffer->append(s_words[random.bounded(16)]);
    }
    buffer->append(' ');
    buffer->append(QByteArray::number(random.bounded(100000)));
}

/// One row per incident; one in 10 still open, one in 20 closed without a resolved time; a tenth
/// of the titles quoted with a comma inside.
int listExport(const char *path, qint64 tickets)
{
    Output out(QString::fromLocal8Bit(path));
    if (!out.ok()) {
        std::fprintf(stderr, "cannot write %s\n", path);
        return 1;
    }
    QRandomGenerator random(20260302);
    QByteArray &buffer = out.buffer();
    buffer = "number,priority,state,opened_at,resolved_at,closed_at,short_description,assignment_group,"
             "caller_id\n";
    qint64 opened = s_start2026;
    for (qint64 i = 1; i <= tickets; ++i) {
        opened += random.bounded(120);
        const qint64 resolved = opened + 300 + random.bounded(86400 * 4);
        const int kind = random.bounded(20);
        buffer += "INC";
        buffer += QByteArray::number(i).rightJustified(8, '0');
        buffer += ',';
        buffer += s_priorities[random.bounded(4)];
        buffer += kind < 2 ? ",Active," : (kind == 2 ? ",Closed," : ",Resolved,");
        appendStamp(&buffer, opened, Style::IsoSpace);
        buffer += ',';
        if (kind >= 3)
            appendStamp(&buffer, resolved, Style::IsoSpace);
        buffer += ',';
        if (kind >= 2)
            appendStamp(&buffer, resolved + 3600, Style::IsoSpace);
        buffer += ',';
        const bool quoted = kind == 19;
        if (quoted)
            buffer += "\"Urgent, ";
        appendTitle(&buffer, random);
        if (quoted)
            buffer += '"';
        buffer += ",Group ";
        buffer += QByteArray::number(random.bounded(80));
        buffer += ",Caller ";
        buffer += QByteArray::number(random.bounded(5000));
        buffer += '\n';
        out.maybeFlush();
    }
    std::printf("wrote %lld tickets, %lld bytes to %s\n", static_cast<long long>(tickets),
                static_cast<long long>(out.size()), path);
    return 0;
}

const char *const s_calendar = R"({
  "name": "Stockholm office",
  "timezone": "Europe/Stockholm",
  "week": { "mon": ["08:00-17:00"], "tue": ["08:00-17:00"], "wed": ["08:00-17:00"],
            "thu": ["08:00-17:00"], "fri": ["08:00-17:00"], "sat": [], "sun": [] },
  "holiday_rules": ["SE"]
}
)";
const char *const s_policy = R"({
  "name": "Bench SLA",
  "versions": [
    {
      "effective": "2026-01-01",
      "pause_statuses": ["Waiting for customer", "Awaiting User Info", "Awaiting Vendor"],
      "resolved_statuses": ["Resolved", "Closed"],
      "severities": {
        "1": { "response_minutes": 30,  "resolution_minutes": 240,  "response_24x7": true, "resolution_24x7": true, "warning_at": 0.75, "target_percent": 95 },
        "2": { "response_minutes": 60,  "resolution_minutes": 480,  "warning_at": 0.75, "target_percent": 95 },
        "3": { "response_minutes": 240, "resolution_minutes": 1440, "warning_at": 0.8,  "target_percent": 90 },
        "4": { "response_minutes": 480, "resolution_minutes": 4800, "target_percent": 90 }
      }
    }
  ]
}
)";

bool writeSmall(const QString &path, const char *text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) &&
           file.write(text, qint64(std::strlen(text))) == qint64(std::strlen(text));
}

/// tickets.csv and history.csv: each ticket opens, waits for the customer, becomes active again
/// and is resolved (4 status changes), most of them within the SLA.
int replayFiles(const char *dir, qint64 tickets)
{
    const QDir folder(QString::fromLocal8Bit(dir));
    if (!QDir().mkpath(folder.path()) ||
        !writeSmall(folder.filePath(QStringLiteral("calendar.json")), s_calendar) ||
        !writeSmall(folder.filePath(QStringLiteral("policy.json")), s_policy)) {
        std::fprintf(stderr, "cannot write into %s\n", dir);
        return 1;
    }
    Output ticketsOut(folder.filePath(QStringLiteral("tickets.csv")));
    Output historyOut(folder.filePath(QStringLiteral("history.csv")));
    if (!ticketsOut.ok() || !historyOut.ok()) {
        std::fprintf(stderr, "cannot write into %s\n", dir);
        return 1;
    }
    QRandomGenerator random(20260303);
    QByteArray &t = ticketsOut.buffer();
    QByteArray &h = historyOut.buffer();
    t = "key,severity,created,first_response,resolved\n";
    h = "key,at,status\n";
    qint64 created = s_start2026;
    for (qint64 i = 1; i <= tickets; ++i) {
        created += random.bounded(60);
        const qint64 response = created + 60 + random.bounded(3 * 3600);
        const qint64 paused = response + 600 + random.bounded(4 * 3600);
        const qint64 resumed = paused + 600 + random.bounded(24 * 3600);
        const qint64 resolved = resumed + 600 + random.bounded(2 * 86400);
        const QByteArray key = "SUP-" + QByteArray::number(i);
        t += key;
        t += ',';
        t += char('1' + random.bounded(4));
        t += ',';
        appendStamp(&t, created, Style::IsoUtc);
        t += ',';
        appendStamp(&t, response, Style::IsoUtc);
        t += ',';
        appendStamp(&t, resolved, Style::IsoUtc);
        t += '\n';
        const struct
        {
            qint64 at;
            const char *status;
        } changes[] = {{response, "Active"},
                       {paused, "Waiting for customer"},
                       {resumed, "Active"},
                       {resolved, "Resolved"}};
        for (const auto &change : changes) {
            h += key;
            h += ',';
            appendStamp(&h, change.at, Style::IsoUtc);
            h += ',';
            h += change.status;
            h += '\n';
        }
        ticketsOut.maybeFlush();
        historyOut.maybeFlush();
    }
    std::printf("wrote %lld tickets (%lld bytes) and %lld status changes (%lld bytes) into %s\n",
                static_cast<long long>(tickets), static_cast<long long>(ticketsOut.size()),
                static_cast<long long>(tickets * 4), static_cast<long long>(historyOut.size()), dir);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const bool list = argc > 1 && std::strcmp(argv[1], "--list") == 0;
    const bool replay = argc > 1 && std::strcmp(argv[1], "--replay") == 0;
    const int first = list || replay ? 2 : 1;
    if (argc <= first) {
        std::fprintf(stderr, "usage: gen_servicenow OUT.csv [ROWS]\n"
                             "       gen_servicenow --list OUT.csv [TICKETS]\n"
                             "       gen_servicenow --replay DIR [TICKETS]\n");
        return 2;
    }
    const qint64 count = argc > first + 1 ? QByteArray(argv[first + 1]).toLongLong() : 1000000;
    if (count < 0) {
        std::fprintf(stderr, "the count must be 0 or more\n");
        return 2;
    }
    if (list)
        return listExport(argv[first], count);
    if (replay)
        return replayFiles(argv[first], count);
    return eventLog(argv[first], count);
}
