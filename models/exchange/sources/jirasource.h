#pragma once

#include "models/exchange/sources/ticketlistsource.h"

namespace Exchange {

/// Jira (Cloud, Service Management) issue CSV. Jira writes dates as `d/MMM/yy h:mm a` in the
/// user's language (`12/Mar/26 9:15 AM`, `18/jul/26 9:10 AM`, `06 abr 2026, 0:36`) or day-first
/// numbers (`23.10.2024 11:02`); headers in English, Spanish, German, French or Swedish. The
/// first response is "[CHART] Date of First Response" or the first comment by someone other than
/// the reporter; the SLA fields ("Time to first response", "Time to resolution") hold the time
/// *remaining* and are kept as the tool's own values. Sub-tasks take their parent's kind.
class JiraSource : public TicketListSource
{
    Q_DECLARE_TR_FUNCTIONS(JiraSource)

public:
    explicit JiraSource(const ImportSettings &settings);
    /// The header names this source looks for.
    static TicketColumns columns();

    QString id() const override { return QStringLiteral("jira"); }
    QString displayName() const override { return tr("Jira Service Management"); }

protected:
    bool reportsFirstResponseColumnsMissing() const override { return true; }
};

} // namespace Exchange
