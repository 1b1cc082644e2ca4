#include "models/exchange/csv/datetimeparser.h"

#include "models/exchange/csv/numberparser.h"

#include <QDateTime>
#include <QLocale>

namespace Exchange {

namespace {

constexpr qint64 s_unixEpochJulianDay = 2440588;
constexpr int s_maxCachedHours = 100000;
constexpr qint64 s_bucket = 1800;

struct Cursor
{
    const QChar *p;
    const QChar *end;

    bool atEnd() const { return p == end; }
    QChar peek() const { return p < end ? *p : QChar(); }
    bool take(char16_t c)
    {
        if (p < end && p->unicode() == c) {
            ++p;
            return true;
        }
        return false;
    }
    void skipSpaces()
    {
        while (p < end && p->isSpace())
            ++p;
    }
    /// Reads 1..maxDigits ASCII digits; returns how many were read.
    int digits(int maxDigits, int *value)
    {
        int n = 0;
        int v = 0;
        while (p < end && n < maxDigits && p->unicode() >= u'0' && p->unicode() <= u'9') {
            v = v * 10 + (p->unicode() - u'0');
            ++p;
            ++n;
        }
        *value = v;
        return n;
    }
    bool dateSeparator() { return take(u'-') || take(u'/') || take(u'.'); }
};

int twoDigitYear(int yy)
{
    // Jira writes yy; exports are about recent work, so 00-69 is this century.
    return yy < 70 ? 2000 + yy : 1900 + yy;
}

bool readYear(Cursor *c, int *year)
{
    const int n = c->digits(4, year);
    if (n == 2)
        *year = twoDigitYear(*year);
    return n == 2 || n == 4;
}

/// AM/PM, a.m./p.m., Swedish FM/EM (f.m./e.m.): 0 none (cursor unchanged), 1 am, 2 pm.
int readMeridiem(Cursor *c)
{
    const QChar *start = c->p;
    QString letters;
    while (!c->atEnd() && (c->peek().isLetter() || c->peek() == QLatin1Char('.'))) {
        if (c->peek() != QLatin1Char('.'))
            letters += c->peek().toLower();
        ++c->p;
    }
    if (letters == u"am" || letters == u"fm")
        return 1;
    if (letters == u"pm" || letters == u"em")
        return 2;
    c->p = start;
    return 0;
}

struct Fields
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    bool hasOffset = false;
    int offsetSeconds = 0;
};

bool readDatePart(Cursor *c, DateTimeParser::Format format, Fields *f)
{
    using Format = DateTimeParser::Format;
    int first = 0;
    const int firstDigits = c->digits(4, &first);
    if (firstDigits == 4) { // year first: ISO in every format
        f->year = first;
        return c->dateSeparator() && c->digits(2, &f->month) && c->dateSeparator() && c->digits(2, &f->day);
    }
    if (firstDigits == 0 || firstDigits > 2 || format == Format::Iso8601)
        return false;
    if (format == Format::DayMonthNameYear) {
        f->day = first;
        if (!c->take(u'/') && !c->take(u'-') && !c->take(u' ') && !c->take(u'.'))
            return false;
        // German and other day-first Jira accounts write numbers: 23.10.2024 11:02.
        if (c->peek().isDigit())
            return c->digits(2, &f->month) > 0 && c->dateSeparator() && readYear(c, &f->year);
        const QChar *nameStart = c->p;
        while (!c->atEnd() && (c->peek().isLetter() || c->peek() == QLatin1Char('.')))
            ++c->p;
        f->month = DateTimeParser::monthFromName(QStringView(nameStart, c->p));
        // "06 abr 2026, 0:36": a comma may follow the year.
        const bool ok =
            f->month != 0 && (c->take(u'/') || c->take(u'-') || c->take(u' ')) && readYear(c, &f->year);
        c->take(u',');
        return ok;
    }
    int second = 0;
    if (!c->dateSeparator() || !c->digits(2, &second) || !c->dateSeparator() || !readYear(c, &f->year))
        return false;
    const bool monthFirst = format == Format::MonthDayYear;
    f->month = monthFirst ? first : second;
    f->day = monthFirst ? second : first;
    return true;
}

/// HH:mm[:ss[.fff]] [AM|PM] [Z|±HH[:mm]] up to the end of the text.
bool readTimePart(Cursor *c, Fields *f)
{
    if (!c->digits(2, &f->hour) || !c->take(u':') || c->digits(2, &f->minute) != 2)
        return false;
    if (c->take(u':')) {
        if (c->digits(2, &f->second) != 2)
            return false;
        int ignored = 0;
        if (c->take(u'.') || c->take(u','))
            while (c->digits(9, &ignored) == 9) {
            }
    }
    c->skipSpaces();
    const int meridiem = readMeridiem(c);
    if (meridiem > 0 && (f->hour < 1 || f->hour > 12))
        return false;
    if (meridiem == 1 && f->hour == 12)
        f->hour = 0;
    else if (meridiem == 2 && f->hour < 12)
        f->hour += 12;
    c->skipSpaces();
    if (c->take(u'Z')) {
        f->hasOffset = true;
    } else if (c->peek() == QLatin1Char('+') || c->peek() == QLatin1Char('-')) {
        const int sign = c->take(u'-') ? -1 : (c->take(u'+'), 1);
        int hh = 0, mm = 0;
        if (c->digits(2, &hh) != 2)
            return false;
        c->take(u':');
        c->digits(2, &mm);
        f->hasOffset = true;
        f->offsetSeconds = sign * (hh * 3600 + mm * 60);
    }
    c->skipSpaces();
    return c->atEnd() && f->hour <= 23 && f->minute <= 59 && f->second <= 60;
}

DateTimeParser::Result parseFields(QStringView text, DateTimeParser::Format format, Fields *f)
{
    using Result = DateTimeParser::Result;
    const QStringView t = text.trimmed();
    if (NumberParser::isMissing(t))
        return Result::Missing;
    Cursor c{t.data(), t.data() + t.size()};
    if (!readDatePart(&c, format, f) || !QDate::isValid(f->year, f->month, f->day))
        return Result::Invalid;
    if (!c.take(u'T'))
        c.skipSpaces();
    if (c.atEnd())
        return Result::Ok;
    return readTimePart(&c, f) ? Result::Ok : Result::Invalid;
}

} // namespace

DateTimeParser::DateTimeParser(Format format, const QTimeZone &zone)
    : m_format(format), m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
    // A zone without daylight saving (UTC, fixed offsets) needs no lookup at all.
    if (!m_zone.hasTransitions() || m_zone == QTimeZone::utc()) {
        m_fixedOffset = true;
        m_offset = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    }
}

QString DateTimeParser::formatId(Format format)
{
    switch (format) {
    case Format::Iso8601:
        return QStringLiteral("iso");
    case Format::DayMonthYear:
        return QStringLiteral("dmy");
    case Format::MonthDayYear:
        return QStringLiteral("mdy");
    case Format::DayMonthNameYear:
        return QStringLiteral("dmony");
    }
    return QString();
}

bool DateTimeParser::formatFromId(const QString &id, Format *format)
{
    for (const Format f :
         {Format::Iso8601, Format::DayMonthYear, Format::MonthDayYear, Format::DayMonthNameYear}) {
        if (formatId(f) == id) {
            *format = f;
            return true;
        }
    }
    return false;
}

namespace {

QString monthKey(QStringView name)
{
    QString key = name.trimmed().toString().toLower();
    while (key.endsWith(QLatin1Char('.')))
        key.chop(1);
    return key;
}

/// Month names and abbreviations of the languages Jira exports are read in, from the locale
/// data Qt ships (CLDR, the data Jira's Java formats months with): English, Swedish, Spanish,
/// German and French, short and long, with and without the abbreviation point.
const QHash<QString, int> &monthNames()
{
    static const QHash<QString, int> s_names = [] {
        QHash<QString, int> names;
        for (const QLocale::Language language :
             {QLocale::English, QLocale::Swedish, QLocale::Spanish, QLocale::German, QLocale::French}) {
            const QLocale locale(language);
            for (int month = 1; month <= 12; ++month) {
                for (const QLocale::FormatType type : {QLocale::ShortFormat, QLocale::LongFormat}) {
                    names.insert(monthKey(locale.monthName(month, type)), month);
                    names.insert(monthKey(locale.standaloneMonthName(month, type)), month);
                }
            }
        }
        return names;
    }();
    return s_names;
}

} // namespace

int DateTimeParser::monthFromName(QStringView name)
{
    const QString key = monthKey(name);
    if (key.size() < 3)
        return 0;
    if (const auto it = monthNames().constFind(key); it != monthNames().constEnd())
        return it.value();
    // English and Swedish three-letter prefixes ("Sept", "sept.", "Mars" and the like).
    static const char *const s_names[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul",
                                          "aug", "sep", "oct", "nov", "dec", "maj", "okt"};
    static const int s_months[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 5, 10};
    const QString prefix = key.left(3);
    for (int i = 0; i < 14; ++i) {
        if (prefix == QLatin1String(s_names[i]))
            return s_months[i];
    }
    return 0;
}

DateTimeParser::Result DateTimeParser::parse(QStringView text, qint64 *utcSeconds)
{
    Fields f;
    const Result result = parseFields(text, m_format, &f);
    if (result != Result::Ok)
        return result;
    const qint64 days = QDate(f.year, f.month, f.day).toJulianDay() - s_unixEpochJulianDay;
    const qint64 local = days * 86400 + f.hour * 3600 + f.minute * 60 + qMin(f.second, 59);
    *utcSeconds = f.hasOffset ? local - f.offsetSeconds : localToUtc(local);
    return Result::Ok;
}

DateTimeParser::Result DateTimeParser::parseDate(QStringView text, QDate *date) const
{
    Fields f;
    const Result result = parseFields(text, m_format, &f);
    if (result == Result::Ok)
        *date = QDate(f.year, f.month, f.day);
    return result;
}

qint64 DateTimeParser::localToUtc(qint64 localSeconds)
{
    if (m_fixedOffset)
        return localSeconds - m_offset;
    // Half-hour buckets: some zones (Lord Howe) change by 30 minutes at :00 or :30.
    const qint64 bucket =
        localSeconds >= 0 ? localSeconds / s_bucket : -((-localSeconds + s_bucket - 1) / s_bucket);
    if (bucket != m_lastHour) {
        auto it = m_hourOffsets.constFind(bucket);
        if (it == m_hourOffsets.constEnd()) {
            if (m_hourOffsets.size() >= s_maxCachedHours)
                m_hourOffsets.clear();
            it = m_hourOffsets.insert(bucket, offsetForLocalHour(bucket * s_bucket));
        }
        m_lastHour = bucket;
        m_lastHourOffset = it.value();
    }
    return localSeconds - m_lastHourOffset;
}

int DateTimeParser::offsetForLocalHour(qint64 local) const
{
    // The offsets half a day before and after are the only candidates (zones change at most
    // once a day). In the repeated autumn hour both fit and the first occurrence wins; in the
    // spring gap neither fits and the wall time is read with the offset before the change.
    const auto offsetAt = [this](qint64 utc) {
        return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC));
    };
    const int before = offsetAt(local - 43200);
    if (offsetAt(local - before) == before)
        return before;
    const int after = offsetAt(local + 43200);
    if (offsetAt(local - after) == after)
        return after;
    return before;
}

} // namespace Exchange
