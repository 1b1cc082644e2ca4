#pragma once

#include <QDate>
#include <QHash>
#include <QStringView>
#include <QTimeZone>

#include <limits>

namespace Exchange {

/// Reads instants as exports write them and converts them to UTC epoch seconds.
///
/// Values without an offset are wall-clock times in the exporting account's zone, given per
/// import. The day/month order is fixed per source (`Format`), never guessed per row; every
/// format also accepts year-first ISO-8601 (`2026-03-12T09:15:00+01:00`, `2026-03-12 09:15`),
/// which cannot be mistaken for anything else. Digits are parsed by hand and the zone offset is
/// cached per local half hour: this runs once or twice per row of a million-row file.
class DateTimeParser
{
public:
    enum class Format {
        Iso8601,          ///< yyyy-MM-dd[( |T)HH:mm[:ss[.zzz]]][Z|±HH[:mm]]
        DayMonthYear,     ///< dd-MM-yyyy HH:mm (ServiceNow event log), also / and . separators
        MonthDayYear,     ///< M/d/yyyy h:mm[:ss] AM|PM (US exports)
        DayMonthNameYear, ///< d/MMM/yy h:mm AM|PM (Jira) in en/sv/es/de/fr, or day-first numbers
    };
    enum class Result { Ok, Missing, Invalid };

    explicit DateTimeParser(Format format = Format::Iso8601, const QTimeZone &zone = QTimeZone::utc());

    Format format() const { return m_format; }
    QTimeZone zone() const { return m_zone; }

    /// An instant (a date alone means its midnight) -> UTC epoch seconds.
    Result parse(QStringView text, qint64 *utcSeconds);
    /// A calendar date; a time part, if present, must be valid and is ignored (Tempo writes
    /// `2026-03-12 00:00` for a work date).
    Result parseDate(QStringView text, QDate *date) const;

    /// Month 1..12 from an English, Swedish, Spanish, German or French name or abbreviation
    /// (`Mar`, `maj`, `okt.`, `abr`, `Mär`, `juil.`), 0 if not a month.
    static int monthFromName(QStringView name);
    /// Stable identifiers for files and profiles ("iso", "dmy", "mdy", "dmony").
    static QString formatId(Format format);
    static bool formatFromId(const QString &id, Format *format);

private:
    qint64 localToUtc(qint64 localSeconds);
    int offsetForLocalHour(qint64 hourStart) const;

    Format m_format;
    QTimeZone m_zone;
    bool m_fixedOffset = false;
    int m_offset = 0;
    qint64 m_lastHour = std::numeric_limits<qint64>::min();
    int m_lastHourOffset = 0;
    QHash<qint64, int> m_hourOffsets;
};

} // namespace Exchange
