#pragma once

#include "models/exchange/sources/ticketlistsource.h"

namespace Exchange {

/// Jira Service Management issue CSV. Jira writes dates as `d/MMM/yy h:mm a` in the user's
/// language (`12/Mar/26 9:15 AM`, `12/mar/26 9:15 FM`); headers in English or Swedish. Repeated
/// headers (Labels, Comment, Sprint) are not read. "Time to first response" is read as an
/// instant or as a duration after Created.
class JiraSource : public TicketListSource
{
    Q_DECLARE_TR_FUNCTIONS(JiraSource)

public:
    explicit JiraSource(const ImportSettings &settings);
    /// The header names this source looks for.
    static TicketColumns columns();

    QString id() const override { return QStringLiteral("jira"); }
    QString displayName() const override { return tr("Jira Service Management"); }
};

} // namespace Exchange
