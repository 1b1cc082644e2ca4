#pragma once

#include "models/domain/calendar/businesscalendar.h"
#include "models/exchange/exchangeerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Exchange {

/// Calendar files: the JSON form of a Domain::BusinessCalendar (format in docs/sla/calendars.md).
/// Reading is strict: an unknown key, a wrong type or a bad value is refused with a message that
/// names the key path and the value, e.g. `week.mon[1]: "25:00-26:00" is not a time range HH:MM-HH:MM`.
class CalendarFile
{
    Q_DECLARE_TR_FUNCTIONS(CalendarFile)
public:
    /// Reads the calendar file at `path`; on failure returns nothing and fills `error`.
    static std::optional<Domain::BusinessCalendar> read(const QString &path, ExchangeError *error);
    /// Parses calendar JSON; `fileName` only goes into `error`.
    static std::optional<Domain::BusinessCalendar> fromJson(const QByteArray &json, ExchangeError *error,
                                                            const QString &fileName = QString());
    /// The calendar as indented JSON that fromJson() reads back to an equal calendar.
    static QByteArray toJson(const Domain::BusinessCalendar &calendar);
    /// Writes toJson() atomically (QSaveFile); false with `error` filled on failure.
    static bool write(const QString &path, const Domain::BusinessCalendar &calendar, ExchangeError *error);

    /// "HH:MM-HH:MM" (24:00 allowed as a closing time) to an interval; nothing when malformed.
    static std::optional<Domain::WorkInterval> parseTimeRange(const QString &text);
    static QString formatTimeRange(const Domain::WorkInterval &interval);
};

} // namespace Exchange
