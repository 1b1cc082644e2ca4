#pragma once

#include <QStringView>

namespace Exchange {

/// Numbers and durations as exports write them: decimal comma or point, grouping spaces,
/// `h:mm[:ss]`, `1h 30m`, or a plain number whose unit the column decides.
class NumberParser
{
public:
    enum class DurationUnit { Hours, Minutes, Seconds };
    enum class DurationResult { Ok, Invalid, TooLarge };
    /// Durations past this (about 3,000 years) cannot be meant and would overflow on the way to
    /// whole seconds; they are TooLarge rather than wrapped or read as negative.
    static constexpr qint64 s_maxDurationSeconds = 100000000000LL;

    /// Exports write a missing value as an empty cell or `?` (ServiceNow).
    static bool isMissing(QStringView text);
    /// `1,5` `1.5` `-2` `1 234,5` `1.234,5` `1,234.5`. With one kind of separator occurring once it
    /// is the decimal separator (hour and minute columns use decimal comma far more often than
    /// thousands grouping); occurring several times it groups thousands.
    static bool parseDecimal(QStringView text, double *value);
    /// Whole number, optional sign and grouping; no fraction.
    static bool parseInteger(QStringView text, qint64 *value);
    /// Duration in seconds, rounded to the nearest second. `h:mm` and `h:mm:ss` always mean
    /// hours and minutes; `1h 30m` / `45m` / `20s` name their units; a plain number is in `unit`.
    /// Negative durations are returned as such so the caller can say what is wrong.
    static bool parseDuration(QStringView text, DurationUnit unit, qint64 *seconds);
    /// parseDuration() saying why it failed. `exactSeconds`, when given, receives the value before
    /// rounding (decimal hours sum to a file's total without the rounding of each row).
    /// `[hh]:mm` (a spreadsheet's hour format, brackets kept) is read as `hh:mm`.
    static DurationResult readDuration(QStringView text, DurationUnit unit, qint64 *seconds,
                                       double *exactSeconds = nullptr);
};

} // namespace Exchange
