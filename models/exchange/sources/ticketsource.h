#pragma once

#include "models/exchange/sources/importsource.h"

#include <QHash>

namespace Exchange {

/// Common checks of sources that produce tickets: one row per key (a duplicate key in the same
/// file is rejected), and warnings for a ticket resolved or answered before it was created.
class TicketSource : public ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(TicketSource)

public:
    using ImportSource::ImportSource;

protected:
    /// False (row rejected) when `key` is empty or was already seen in this file.
    bool claimKey(const CsvRow &row, int keyColumn, ImportBatch *batch);
    /// Adds the ticket after the plausibility warnings.
    void emitTicket(Domain::Ticket ticket, const CsvRow &row, int resolvedColumn, ImportBatch *batch) const;

    /// Missing types fall back to an L1 incident.
    static WorkClass incidentClass();

private:
    QHash<quint64, qint64> m_firstLineOfKey; // key digest -> line
};

} // namespace Exchange
