#pragma once

#include "models/exchange/export/exporttable.h"

#include <QCoreApplication>
#include <QString>

namespace Exchange {

/// Writes an ExportTable as CSV that Excel opens correctly: UTF-8 with a BOM, comma-separated,
/// CRLF line ends, RFC 4180 quoting, ISO dates. Text cells that a spreadsheet would run as a
/// formula (starting with =, +, -, @, tab or CR) get a leading apostrophe.
class CsvTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvTableWriter)

public:
    /// The whole file, BOM included.
    static QByteArray toCsv(const ExportTable &table);
    /// Writes atomically (a failed write leaves an existing file as it was). On failure returns
    /// false and sets `error` to a translated sentence naming the file.
    static bool write(const ExportTable &table, const QString &path, QString *error);

    /// A text cell made safe against formula injection (not yet quoted).
    static QString neutralise(const QString &text);
    /// A field quoted when it contains a comma, a quote, CR or LF (quotes doubled).
    static QString quote(const QString &field);
    /// The CSV text of one cell of the given column type.
    static QString cellText(const QVariant &value, ExportColumn::Type type);
};

} // namespace Exchange
