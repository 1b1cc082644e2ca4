// Writes an N-row ServiceNow event-log style CSV (same 36 columns as the real sample,
// day-first dates, `?` for missing values, about 7 updates per incident).
//   gen_servicenow OUT.csv [ROWS=1000000]
#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

namespace {

const char *const s_header =
    "number,incident_state,active,reassignment_count,reopen_count,sys_mod_count,made_sla,caller_id,"
    "opened_by,opened_at,sys_created_by,sys_created_at,sys_updated_by,sys_updated_at,contact_type,location,"
    "category,subcategory,u_symptom,cmdb_ci,impact,urgency,priority,assignment_group,assigned_to,knowledge,"
    "u_priority_confirmation,notify,problem_id,rfc,vendor,caused_by,closed_code,resolved_by,resolved_at,"
    "closed_at\n";
const char *const s_states[] = {"New", "Active", "Awaiting User Info", "Active", "Awaiting Vendor", "Active"};
const char *const s_priorities[] = {"1 - Critical", "2 - High", "3 - Moderate", "4 - Low"};

QByteArray stamp(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC)
        .toString(QStringLiteral("dd-MM-yyyy HH:mm"))
        .toLatin1();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: gen_servicenow OUT.csv [ROWS]\n");
        return 2;
    }
    const qint64 rows = argc > 2 ? QByteArray(argv[2]).toLongLong() : 1000000;
    QFile out(QString::fromLocal8Bit(argv[1]));
    if (!out.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", argv[1]);
        return 1;
    }
    QRandomGenerator random(20260301);
    QByteArray buffer = s_header;
    qint64 written = 0;
    qint64 incident = 1;
    qint64 opened = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
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
        if (buffer.size() > (1 << 20)) {
            out.write(buffer);
            buffer.clear();
        }
    }
    out.write(buffer);
    std::printf("wrote %lld rows, %lld incidents, %lld bytes to %s\n", static_cast<long long>(written),
                static_cast<long long>(incident - 1), static_cast<long long>(out.size()), argv[1]);
    return 0;
}
