#pragma once

#include "models/domain/sla/slaexplanation.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

namespace Exchange {

/// Turns an SLA explanation into translated text: one line per timeline event, instants shown in
/// the engagement's time zone. Used by the UI's ticket detail and by `deliverydesk sla explain`.
class SlaExplainText
{
    Q_DECLARE_TR_FUNCTIONS(SlaExplainText)
public:
    /// A summary line, then one line per event: "2026-03-02 09:00 +01:00  Created with severity 2 …".
    static QString render(const Domain::SlaExplanation &explanation, const QTimeZone &zone);
    static QStringList lines(const Domain::SlaExplanation &explanation, const QTimeZone &zone);
    /// "SUP-1: breached — response met (0 h 10 min of 1 h 00 min), resolution breached (…)".
    static QString summary(const Domain::SlaExplanation &explanation);
    /// The event without its instant.
    static QString eventText(const Domain::SlaEvent &event);
    /// `epochSeconds` in `zone` as "yyyy-MM-dd HH:mm +hh:mm" (seconds shown when not zero).
    static QString instant(qint64 epochSeconds, const QTimeZone &zone);
    /// Business seconds as "2 h 05 min" (seconds shown when not whole minutes).
    static QString duration(qint64 seconds);
    static QString stateText(Domain::SlaState state);
    static QString outcomeText(Domain::SlaClockOutcome outcome);
    static QString problemText(Domain::SlaDataProblem problem);
};

} // namespace Exchange
