#include "models/exchange/calendar/calendarevaluator.h"

#include "models/exchange/isoinstant.h"

#include <QFileDevice>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Exchange {

namespace {

using Domain::BusinessCalendar;

/// Thrown inside evaluateLine() only, to turn a bad argument into an error answer.
struct BadLine
{
    QString message;
};

QString quoted(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    QJsonObject wrapper{{QStringLiteral("v"), value}};
    const QByteArray json = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(5, json.size() - 6));
}

QByteArray answer(const QString &key, const QJsonValue &value)
{
    return QJsonDocument(QJsonObject{{key, value}}).toJson(QJsonDocument::Compact);
}

QJsonValue instantValue(qint64 t)
{
    if (t == BusinessCalendar::NeverAfter || t == BusinessCalendar::NeverBefore)
        return QJsonValue(QJsonValue::Null);
    return formatIsoInstantUtc(t);
}

} // namespace

CalendarEvaluator::CalendarEvaluator(BusinessCalendar calendar) : m_calendar(std::move(calendar)) {}

QByteArray CalendarEvaluator::evaluateLine(const QByteArray &line, bool *ok) const
{
    *ok = false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return answer(QStringLiteral("error"), tr("not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject o = document.object();

    auto instant = [&o](const QString &key) -> qint64 {
        if (!o.contains(key))
            throw BadLine{tr("\"%1\" is missing").arg(key)};
        const auto t = parseIsoInstant(o.value(key).toString());
        if (!o.value(key).isString() || !t)
            throw BadLine{tr("%1: %2 is not an ISO-8601 instant with an offset or Z")
                              .arg(key, quoted(o.value(key)))};
        return *t;
    };
    auto seconds = [&o]() -> qint64 {
        const QJsonValue v = o.value(QStringLiteral("seconds"));
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || std::fabs(d) > 9.0e15)
            throw BadLine{tr("seconds: %1 is not a whole number of seconds").arg(quoted(v))};
        return qint64(d);
    };

    const QString op = o.value(QStringLiteral("op")).toString();
    QByteArray result;
    try {
        if (!o.contains(QStringLiteral("op")))
            throw BadLine{tr("\"%1\" is missing").arg(QStringLiteral("op"))};
        if (op == QLatin1String("elapsed")) {
            result = answer(QStringLiteral("seconds"),
                            double(m_calendar.elapsed(instant(QStringLiteral("start")), instant(QStringLiteral("end")))));
        } else if (op == QLatin1String("add")) {
            result = answer(QStringLiteral("instant"),
                            instantValue(m_calendar.add(instant(QStringLiteral("start")), seconds())));
        } else if (op == QLatin1String("subtract")) {
            const bool hasStart = o.contains(QStringLiteral("start"));
            if (hasStart && o.contains(QStringLiteral("end")))
                throw BadLine{tr("give either \"start\" or \"end\", not both")};
            const qint64 from = instant(hasStart ? QStringLiteral("start") : QStringLiteral("end"));
            result = answer(QStringLiteral("instant"), instantValue(m_calendar.subtract(from, seconds())));
        } else if (op == QLatin1String("is_working")) {
            result = answer(QStringLiteral("working"), m_calendar.isWorking(instant(QStringLiteral("at"))));
        } else if (op == QLatin1String("next_opening")) {
            result = answer(QStringLiteral("instant"), instantValue(m_calendar.nextOpening(instant(QStringLiteral("at")))));
        } else if (op == QLatin1String("next_closing")) {
            result = answer(QStringLiteral("instant"), instantValue(m_calendar.nextClosing(instant(QStringLiteral("at")))));
        } else {
            throw BadLine{tr("op: %1 is not one of elapsed, add, subtract, is_working, next_opening, next_closing")
                              .arg(quoted(o.value(QStringLiteral("op"))))};
        }
    } catch (const BadLine &bad) {
        return answer(QStringLiteral("error"), bad.message);
    }
    *ok = true;
    return result;
}

bool CalendarEvaluator::run(QIODevice *input, QIODevice *output) const
{
    bool allOk = true;
    auto *file = qobject_cast<QFileDevice *>(output);
    for (;;) {
        const QByteArray line = input->readLine();
        if (line.isEmpty()) {
            // A socket or process may still deliver more; files and buffers are at their end.
            if (input->waitForReadyRead(-1))
                continue;
            break;
        }
        if (line.trimmed().isEmpty())
            continue;
        bool ok = false;
        output->write(evaluateLine(line, &ok) + '\n');
        if (file)
            file->flush(); // answer interactive callers line by line
        allOk = allOk && ok;
    }
    return allOk;
}

} // namespace Exchange
