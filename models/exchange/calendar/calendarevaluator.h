#pragma once

#include "models/domain/calendar/businesscalendar.h"

#include <QByteArray>
#include <QCoreApplication>

class QIODevice;
class QJsonObject;

namespace Exchange {

/// The engine of `deliverydesk calendar eval`: answers JSON Lines questions about one calendar.
/// Each input line is an object with "op" and its arguments; each answer is one compact JSON line:
///   {"op":"elapsed","start":I,"end":I}                  -> {"seconds":N}
///   {"op":"add","start":I,"seconds":N}                  -> {"instant":"...Z"}
///   {"op":"subtract","start":I,"seconds":N}             -> {"instant":"...Z"} ("end" also accepted)
///   {"op":"is_working","at":I}                          -> {"working":true}
///   {"op":"next_opening"|"next_closing","at":I}         -> {"instant":"...Z"}
/// I is an ISO-8601 instant with an offset or Z. An instant that is never reached is null.
/// A bad line answers {"error":"..."}. Blank lines are skipped.
class CalendarEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(CalendarEvaluator)
public:
    explicit CalendarEvaluator(Domain::BusinessCalendar calendar);

    /// The answer to one line (without newline); `ok` is false when it is an error answer.
    QByteArray evaluateLine(const QByteArray &line, bool *ok) const;
    /// Answers every line of `input` on `output`, in order, until the end of `input`.
    /// Returns true when every line succeeded.
    bool run(QIODevice *input, QIODevice *output) const;

private:
    /// Thrown inside evaluateLine() only, to turn a bad argument into an error answer.
    struct BadLine
    {
        QString message;
    };

    QByteArray answerFor(const QJsonObject &request) const;
    static qint64 instantArgument(const QJsonObject &request, const QString &key);
    static qint64 secondsArgument(const QJsonObject &request);

    Domain::BusinessCalendar m_calendar;
};

} // namespace Exchange
