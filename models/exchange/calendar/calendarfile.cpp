#include "models/exchange/calendar/calendarfile.h"

#include "models/exchange/strictjson.h"

#include "models/domain/calendar/holidayrules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

namespace Exchange {

namespace {

using Domain::BusinessCalendar;
using Domain::DayHours;
using Domain::WorkInterval;

const char *const DayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

/// A JSON value as the user wrote it, for messages: strings quoted, everything else compact.
QString shown(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isUndefined())
        return QStringLiteral("nothing");
    QJsonArray wrapper{value};
    const QByteArray json = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString indexed(const QString &key, qsizetype i)
{
    return key + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

/// Collects the first error; every parse step returns false once something is wrong.
class Reader
{
public:
    explicit Reader(BusinessCalendar *calendar) : m_calendar(calendar) {}

    bool readObject(const QJsonObject &root);
    QString error() const { return m_error; }

private:
    bool fail(const QString &key, const QString &message)
    {
        m_error = key.isEmpty() ? message : key + QLatin1String(": ") + message;
        return false;
    }
    bool failValue(const QString &key, const QJsonValue &value, const QString &expected)
    {
        return fail(key, CalendarFile::tr("%1 is not %2").arg(shown(value), expected));
    }
    bool readKey(const QString &key, const QJsonValue &value);
    bool readWeek(const QJsonValue &value);
    bool readDayHours(const QString &key, const QJsonValue &value, DayHours *hours);
    bool readDates(const QJsonValue &value);
    bool readRecurring(const QJsonValue &value);
    bool readRules(const QJsonValue &value);
    bool readOverrides(const QJsonValue &value);
    bool readArray(const QString &key, const QJsonValue &value, QJsonArray *array)
    {
        if (!value.isArray())
            return failValue(key, value, CalendarFile::tr("a list"));
        *array = value.toArray();
        return true;
    }

    BusinessCalendar *m_calendar;
    QString m_error;
};

bool Reader::readObject(const QJsonObject &root)
{
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (!readKey(it.key(), it.value()))
            return false;
    }
    return true;
}

bool Reader::readKey(const QString &key, const QJsonValue &value)
{
    if (key == QLatin1String("name")) {
        if (!value.isString())
            return failValue(key, value, CalendarFile::tr("a text"));
        m_calendar->setName(value.toString());
        return true;
    }
    if (key == QLatin1String("timezone")) {
        if (!value.isString() || !m_calendar->setTimeZone(value.toString().toUtf8()))
            return failValue(key, value,
                             CalendarFile::tr("a known IANA time zone such as \"Europe/Stockholm\""));
        return true;
    }
    if (key == QLatin1String("always_open") || key == QLatin1String("de_facto_holidays")) {
        if (!value.isBool())
            return failValue(key, value, CalendarFile::tr("true or false"));
        if (key == QLatin1String("always_open"))
            m_calendar->setAlwaysOpen(value.toBool());
        else
            m_calendar->setObservesDeFactoHolidays(value.toBool());
        return true;
    }
    if (key == QLatin1String("week"))
        return readWeek(value);
    if (key == QLatin1String("holidays"))
        return readDates(value);
    if (key == QLatin1String("recurring_holidays"))
        return readRecurring(value);
    if (key == QLatin1String("holiday_rules"))
        return readRules(value);
    if (key == QLatin1String("overrides"))
        return readOverrides(value);
    return fail(key, CalendarFile::tr("unknown key"));
}

bool Reader::readWeek(const QJsonValue &value)
{
    if (!value.isObject())
        return failValue(QStringLiteral("week"), value, CalendarFile::tr("an object of weekdays"));
    const QJsonObject week = value.toObject();
    for (auto it = week.constBegin(); it != week.constEnd(); ++it) {
        const QString key = QLatin1String("week.") + it.key();
        int day = 0;
        while (day < 7 && it.key() != QLatin1String(DayKeys[day]))
            ++day;
        if (day == 7)
            return fail(key, CalendarFile::tr("unknown weekday (mon, tue, wed, thu, fri, sat, sun)"));
        DayHours hours;
        if (!readDayHours(key, it.value(), &hours))
            return false;
        m_calendar->setWeekHours(Qt::DayOfWeek(day + 1), hours);
    }
    return true;
}

bool Reader::readDayHours(const QString &key, const QJsonValue &value, DayHours *hours)
{
    QJsonArray array;
    if (!readArray(key, value, &array))
        return false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        const auto interval = CalendarFile::parseTimeRange(item.toString());
        if (!item.isString() || !interval)
            return failValue(indexed(key, i), item, CalendarFile::tr("a time range HH:MM-HH:MM"));
        for (const WorkInterval &other : qAsConst(*hours)) {
            if (interval->openMinute < other.closeMinute && other.openMinute < interval->closeMinute) {
                return fail(indexed(key, i), CalendarFile::tr("%1 overlaps \"%2\"")
                                                 .arg(shown(item), CalendarFile::formatTimeRange(other)));
            }
        }
        hours->push_back(*interval);
    }
    return true;
}

bool Reader::readDates(const QJsonValue &value)
{
    const QString key = QStringLiteral("holidays");
    QJsonArray array;
    if (!readArray(key, value, &array))
        return false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QDate date = QDate::fromString(array.at(i).toString(), Qt::ISODate);
        if (!array.at(i).isString() || !date.isValid() || array.at(i).toString().size() != 10)
            return failValue(indexed(key, i), array.at(i), CalendarFile::tr("a date YYYY-MM-DD"));
        m_calendar->addHoliday(date);
    }
    return true;
}

bool Reader::readRecurring(const QJsonValue &value)
{
    const QString key = QStringLiteral("recurring_holidays");
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2})-(\\d{2})$"));
    QJsonArray array;
    if (!readArray(key, value, &array))
        return false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QRegularExpressionMatch m = pattern.match(array.at(i).toString());
        const int month = m.captured(1).toInt();
        const int day = m.captured(2).toInt();
        if (!array.at(i).isString() || !m.hasMatch() || !QDate::isValid(2000, month, day))
            return failValue(indexed(key, i), array.at(i), CalendarFile::tr("a yearly date MM-DD"));
        m_calendar->addRecurringHoliday(month, day);
    }
    return true;
}

bool Reader::readRules(const QJsonValue &value)
{
    const QString key = QStringLiteral("holiday_rules");
    QJsonArray array;
    if (!readArray(key, value, &array))
        return false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || !m_calendar->addHolidayRule(array.at(i).toString())) {
            const QString known = Domain::HolidayRules::supportedCodes().join(QLatin1String(", "));
            return failValue(indexed(key, i), array.at(i),
                             CalendarFile::tr("a supported holiday rule set (%1)").arg(known));
        }
    }
    return true;
}

bool Reader::readOverrides(const QJsonValue &value)
{
    if (!value.isObject())
        return failValue(QStringLiteral("overrides"), value, CalendarFile::tr("an object of dates"));
    const QJsonObject overrides = value.toObject();
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        const QString key = QLatin1String("overrides.") + it.key();
        const QDate date = QDate::fromString(it.key(), Qt::ISODate);
        if (!date.isValid() || it.key().size() != 10)
            return fail(key, CalendarFile::tr("\"%1\" is not a date YYYY-MM-DD").arg(it.key()));
        DayHours hours;
        if (!readDayHours(key, it.value(), &hours))
            return false;
        m_calendar->setOverride(date, hours);
    }
    return true;
}

QJsonArray hoursToJson(const DayHours &hours)
{
    QJsonArray array;
    for (const WorkInterval &interval : hours)
        array.append(CalendarFile::formatTimeRange(interval));
    return array;
}

/// 1-based line and column of a byte offset, for JSON syntax errors.
void locate(const QByteArray &json, int offset, ExchangeError *error)
{
    error->line = 1;
    error->column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++error->line;
            error->column = 1;
        } else {
            ++error->column;
        }
    }
}

} // namespace

std::optional<WorkInterval> CalendarFile::parseTimeRange(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int openHour = m.captured(1).toInt();
    const int openMinute = m.captured(2).toInt();
    const int closeHour = m.captured(3).toInt();
    const int closeMinute = m.captured(4).toInt();
    if (openHour > 23 || openMinute > 59 || closeHour > 24 || closeMinute > 59 ||
        (closeHour == 24 && closeMinute != 0))
        return std::nullopt;
    const WorkInterval interval{openHour * 60 + openMinute, closeHour * 60 + closeMinute};
    if (!interval.isValid())
        return std::nullopt;
    return interval;
}

QString CalendarFile::formatTimeRange(const WorkInterval &interval)
{
    auto hhmm = [](int minutes) {
        return QStringLiteral("%1:%2")
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    };
    return hhmm(interval.openMinute) + QLatin1Char('-') + hhmm(interval.closeMinute);
}

std::optional<BusinessCalendar> CalendarFile::fromJson(const QByteArray &json, ExchangeError *error,
                                                       const QString &fileName)
{
    *error = ExchangeError{fileName, 0, 0, QString()};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        locate(json, parseError.offset, error);
        error->reason = tr("not valid JSON: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    if (const StrictJson::Finding raw = StrictJson::findRawControlInString(json); raw.found) {
        error->line = raw.line;
        error->column = raw.column;
        error->reason =
            tr("not valid JSON: a raw control character (0x%1) inside a string; escape it (for example "
               "\\u0009 for a tab)")
                .arg(raw.byte, 2, 16, QLatin1Char('0'));
        return std::nullopt;
    }
    if (!document.isObject()) {
        error->reason = tr("a calendar file holds one JSON object");
        return std::nullopt;
    }
    BusinessCalendar calendar;
    Reader reader(&calendar);
    if (!reader.readObject(document.object())) {
        error->reason = reader.error();
        return std::nullopt;
    }
    return calendar;
}

std::optional<BusinessCalendar> CalendarFile::read(const QString &path, ExchangeError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ExchangeError{path, 0, 0, tr("cannot open: %1").arg(file.errorString())};
        return std::nullopt;
    }
    constexpr qint64 MaxCalendarFileSize = 16 * 1024 * 1024; // a calendar is a few kB
    if (file.size() > MaxCalendarFileSize) {
        *error = ExchangeError{path, 0, 0, tr("too large for a calendar file")};
        return std::nullopt;
    }
    return fromJson(file.readAll(), error, path);
}

QByteArray CalendarFile::toJson(const BusinessCalendar &calendar)
{
    QJsonObject root;
    root.insert(QStringLiteral("name"), calendar.name());
    root.insert(QStringLiteral("timezone"), QString::fromUtf8(calendar.timeZoneId()));
    root.insert(QStringLiteral("always_open"), calendar.isAlwaysOpen());
    QJsonObject week;
    for (int day = 0; day < 7; ++day)
        week.insert(QLatin1String(DayKeys[day]), hoursToJson(calendar.weekHours(Qt::DayOfWeek(day + 1))));
    root.insert(QStringLiteral("week"), week);
    QJsonArray holidays;
    for (const QDate &date : calendar.holidays())
        holidays.append(date.toString(Qt::ISODate));
    root.insert(QStringLiteral("holidays"), holidays);
    QJsonArray recurring;
    for (const auto &md : calendar.recurringHolidays())
        recurring.append(QStringLiteral("%1-%2")
                             .arg(md.first, 2, 10, QLatin1Char('0'))
                             .arg(md.second, 2, 10, QLatin1Char('0')));
    root.insert(QStringLiteral("recurring_holidays"), recurring);
    root.insert(QStringLiteral("holiday_rules"), QJsonArray::fromStringList(calendar.holidayRules()));
    root.insert(QStringLiteral("de_facto_holidays"), calendar.observesDeFactoHolidays());
    QJsonObject overrides;
    const QMap<QDate, DayHours> all = calendar.overrides();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it)
        overrides.insert(it.key().toString(Qt::ISODate), hoursToJson(it.value()));
    root.insert(QStringLiteral("overrides"), overrides);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool CalendarFile::write(const QString &path, const BusinessCalendar &calendar, ExchangeError *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(calendar)) < 0 || !file.commit()) {
        *error = ExchangeError{path, 0, 0, tr("cannot write: %1").arg(file.errorString())};
        return false;
    }
    return true;
}

} // namespace Exchange
