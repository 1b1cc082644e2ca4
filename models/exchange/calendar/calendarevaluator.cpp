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

CalendarEvaluator::CalendarEvaluator(BusinessCalendar calendar) : m_calendar(std::move(calendar))
{
}

qint64 CalendarEvaluator::instantArgument(const QJsonObject &o, const QString &key)
{
    if (!o.contains(key))
        throw BadLine{tr("\"%1\" is missing").arg(key)};
    const QJsonValue value = o.value(key);
    const auto t = parseIsoInstant(value.toString());
    if (!value.isString() || !t)
        throw BadLine{tr("%1: %2 is not an ISO-8601 instant with an offset or Z").arg(key, quoted(value))};
    return *t;
}

qint64 CalendarEvaluator::secondsArgument(const QJsonObject &o)
{
    const QJsonValue v = o.value(QStringLiteral("seconds"));
    if (v.isUndefined())
        throw BadLine{tr("\"%1\" is missing").arg(QStringLiteral("seconds"))};
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d) || std::fabs(d) > 9.0e15) // exact in a double
        throw BadLine{tr("seconds: %1 is not a whole number of seconds").arg(quoted(v))};
    return qint64(d);
}

QByteArray CalendarEvaluator::answerFor(const QJsonObject &o) const
{
    const QString at = QStringLiteral("at");
    const QString start = QStringLiteral("start");
    const QString instantKey = QStringLiteral("instant");
    if (!o.contains(QStringLiteral("op")))
        throw BadLine{tr("\"%1\" is missing").arg(QStringLiteral("op"))};
    const QString op = o.value(QStringLiteral("op")).toString();
    if (op == QLatin1String("elapsed")) {
        const qint64 from = instantArgument(o, start);
        const qint64 to = instantArgument(o, QStringLiteral("end"));
        return answer(QStringLiteral("seconds"), double(m_calendar.elapsed(from, to)));
    }
    if (op == QLatin1String("add")) {
        const qint64 from = instantArgument(o, start);
        return answer(instantKey, instantValue(m_calendar.add(from, secondsArgument(o))));
    }
    if (op == QLatin1String("subtract")) {
        const bool hasStart = o.contains(start);
        if (hasStart && o.contains(QStringLiteral("end")))
            throw BadLine{tr("give either \"start\" or \"end\", not both")};
        const qint64 from = instantArgument(o, hasStart ? start : QStringLiteral("end"));
        return answer(instantKey, instantValue(m_calendar.subtract(from, secondsArgument(o))));
    }
    if (op == QLatin1String("is_working"))
        return answer(QStringLiteral("working"), m_calendar.isWorking(instantArgument(o, at)));
    if (op == QLatin1String("next_opening"))
        return answer(instantKey, instantValue(m_calendar.nextOpening(instantArgument(o, at))));
    if (op == QLatin1String("next_closing"))
        return answer(instantKey, instantValue(m_calendar.nextClosing(instantArgument(o, at))));
    throw BadLine{tr("op: %1 is not one of elapsed, add, subtract, is_working, next_opening, next_closing")
                      .arg(quoted(o.value(QStringLiteral("op"))))};
}

QByteArray CalendarEvaluator::evaluateLine(const QByteArray &line, bool *ok) const
{
    *ok = false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return answer(QStringLiteral("error"), tr("not valid JSON: %1").arg(parseError.errorString()));
    if (!document.isObject())
        return answer(QStringLiteral("error"), tr("not a JSON object"));
    try {
        const QByteArray result = answerFor(document.object());
        *ok = true;
        return result;
    } catch (const BadLine &bad) {
        return answer(QStringLiteral("error"), bad.message);
    }
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
