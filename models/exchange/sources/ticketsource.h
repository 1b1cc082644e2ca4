#pragma once

#include "models/exchange/sources/importsource.h"
#include "models/exchange/sources/keyclaims.h"

#include <QHash>

namespace Exchange {

/// Common checks of sources that produce tickets: one row per key (a duplicate key in the same
/// file is rejected), and warnings for a ticket resolved or answered before it was created.
class TicketSource : public ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(TicketSource)

public:
    using ImportSource::ImportSource;

    bool wantsKeyPrescan() const override { return m_keyColumn >= 0; }
    void prescanKey(const CsvRow &row) override;
    void endKeyPrescan() override;

protected:
    /// The column claimKey() reads: the Importer then shows every key once before the import,
    /// so that the duplicate check keeps a few bits a key (KeyClaims).
    void setKeyColumn(int column) { m_keyColumn = column; }
    /// False (row rejected) when `key` is empty or was already seen in this file.
    bool claimKey(const CsvRow &row, int keyColumn, ImportBatch *batch);
    /// At the end of the file: a file that changed between the two passes is an error, since a
    /// duplicate key could have gone unseen. False when it did.
    bool checkKeysAsPrescanned(ImportBatch *batch);
    /// Adds the ticket after the plausibility warnings.
    void emitTicket(Domain::Ticket ticket, const CsvRow &row, int resolvedColumn, ImportBatch *batch) const;

    /// Missing types fall back to an L1 incident.
    static WorkClass incidentClass();

private:
    KeyClaims m_claims;
    int m_keyColumn = -1;
};

} // namespace Exchange
