#include "models/reviewfingerprint.h"

#include "models/domain/supportmodel.h"

#include <QCryptographicHash>
#include <QStringList>

#include <algorithm>

namespace Models {

namespace {

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray optionalNumber(const std::optional<qint64> &value)
{
    return value ? number(*value) : QByteArray("-");
}

QByteArray join(std::initializer_list<QByteArray> fields)
{
    QByteArray row;
    for (const QByteArray &f : fields) {
        if (!row.isEmpty())
            row += '|';
        row += f;
    }
    return row;
}

QByteArray clock(const Domain::SlaClock &c)
{
    return number(int(c.outcome)) + ',' + number(c.businessSeconds) + ',' + number(c.targetSeconds) + ',' +
           optionalNumber(c.due) + ',' + optionalNumber(c.stoppedAt) + ',' + optionalNumber(c.breachedAt);
}

} // namespace

QByteArray ReviewFingerprint::field(const QString &text)
{
    QByteArray out = text.toUtf8();
    out.replace('\\', "\\\\").replace('|', "\\p").replace('\n', "\\n").replace('\r', "\\r");
    return out;
}

QByteArray ReviewFingerprint::ticketRow(const Domain::Ticket &t)
{
    QByteArray history;
    for (const Domain::StatusChange &c : t.history)
        history += number(c.at) + ':' + field(c.status) + ':' + number(c.severity) + ';';
    return join({"T", field(t.key), field(Domain::ticketKindId(t.kind)), number(t.severity),
                 field(Domain::serviceLevelId(t.serviceLevel)), field(t.activity), field(t.title),
                 field(t.status), number(t.created), optionalNumber(t.firstResponse),
                 optionalNumber(t.resolved), history});
}

QByteArray ReviewFingerprint::slaRow(const QString &ticketKey, const Domain::SlaResult &r)
{
    // The evaluation instant is left out: recomputing the same data gives the same fingerprint.
    return join({"S", field(ticketKey), number(r.severity), field(Domain::slaStateId(r.state)),
                 clock(r.response), clock(r.resolution), number(r.pausedSeconds), number(r.reopenCount),
                 number(r.pausedNow ? 1 : 0), number(qint64(r.problems.toInt()))});
}

QByteArray ReviewFingerprint::worklogRow(const Domain::Worklog &w)
{
    return join({"W", w.date.toString(Qt::ISODate).toLatin1(), field(w.person),
                 w.role ? field(Domain::roleId(*w.role)) : "-", number(w.seconds), field(w.ticketKey),
                 field(Domain::serviceLevelId(w.serviceLevel)), field(w.activity), field(w.sourceKey),
                 field(w.description)});
}

QByteArray ReviewFingerprint::budgetRow(const QDate &month, qint64 committedMinutes, qint64 usedMinutes)
{
    return join({"B", month.toString(QStringLiteral("yyyy-MM")).toLatin1(), number(committedMinutes),
                 number(usedMinutes)});
}

QByteArray ReviewFingerprint::allocationRow(const Domain::Allocation &a)
{
    return join({"A", a.month.toString(QStringLiteral("yyyy-MM")).toLatin1(), field(a.engagementKey),
                 field(a.person), number(a.minutes)});
}

QByteArray ReviewFingerprint::policyRow(const Domain::SlaPolicy &p)
{
    QByteArray targets;
    for (int s = 1; s <= Domain::SlaPolicy::SeverityCount; ++s) {
        const Domain::SlaSeverityTarget &t = p.target(s);
        targets += number(t.responseMinutes) + ',' + number(t.resolutionMinutes) + ',' +
                   number(t.response24x7) + ',' + number(t.resolution24x7) + ',' +
                   QByteArray::number(t.targetPercent, 'f', 3) + ';';
    }
    return join({"P", p.effectiveFrom.toString(Qt::ISODate).toLatin1(), targets,
                 field(p.pauseStatuses.join(QLatin1Char(','))),
                 field(p.resolvedStatuses.join(QLatin1Char(',')))});
}

QByteArray ReviewFingerprint::noteRow(const QString &what, const QString &text)
{
    return join({"N", field(what), field(text)});
}

QByteArray ReviewFingerprint::of(QVector<QByteArray> rows)
{
    std::sort(rows.begin(), rows.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray &row : std::as_const(rows)) {
        hash.addData(row);
        hash.addData(QByteArrayView("\n", 1));
    }
    return hash.result().toHex();
}

} // namespace Models
