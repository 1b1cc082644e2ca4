#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Domain {

/// One day off produced by a national holiday rule set.
struct Holiday
{
    QDate date;
    /// Stable, untranslated id such as "good-friday" or "christmas-eve" (the UI translates it).
    QString id;
    /// A de-facto day off that is not a public holiday by law (Sweden's Midsummer Eve, Christmas
    /// Eve and New Year's Eve); a calendar may choose not to observe these.
    bool deFacto = false;
    /// A weekday that replaces a holiday falling on a weekend (GB substitute day, US observed day).
    bool substitute = false;

    bool operator==(const Holiday &o) const
    {
        return date == o.date && id == o.id && deFacto == o.deFacto && substitute == o.substitute;
    }
    bool operator!=(const Holiday &o) const { return !(*this == o); }
};

/// Built-in national holiday rule sets ("SE", "FI", ...). The exact days of each set are listed in
/// docs/sla/calendars.md. Pure date arithmetic (Boost.Date_Time inside the .cpp).
class HolidayRules
{
public:
    /// The codes this build knows, e.g. {"DE", "DK", "FI", ...}, sorted.
    static QStringList supportedCodes();
    static bool isSupported(const QString &code);

    /// The holidays of rule set `code` whose date lies in `year`, sorted by date. Empty for an
    /// unknown code or a year outside 1900..2199. A substitute/observed day is listed in the year
    /// it falls in (the US New Year's Day of 2022 is observed on 2021-12-31).
    static QVector<Holiday> holidays(const QString &code, int year);

    /// Easter Sunday of `year` in the Gregorian calendar (anonymous Gregorian algorithm).
    static QDate easterSunday(int year);
};

} // namespace Domain
