#pragma once

#include <QChar>
#include <QStringList>
#include <QStringView>

namespace Exchange {

/// One CSV record held in a single string, split into fields (RFC 4180 quoting, doubled quotes).
///
/// Zendesk Explore writes each line of its CSV export as one quoted field that itself holds the
/// whole record (`"Ticket ID,Ticket priority,..."`, the inner quotes doubled): the CsvReader
/// returns that one field, and this splits it again.
class CsvLine
{
public:
    static QStringList split(QStringView record, QChar delimiter);
    /// The delimiter of a header held in one field: `,` `;` or tab, whichever occurs most
    /// outside quotes; a null QChar when none does (then the file is not wrapped).
    static QChar wrappedDelimiter(QStringView header);
};

} // namespace Exchange
