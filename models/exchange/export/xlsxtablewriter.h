#pragma once

#include "models/exchange/export/exporttable.h"

#include <QCoreApplication>
#include <QString>

namespace Exchange {

/// Writes ExportTables as the sheets of one XLSX workbook (libxlsxwriter): a bold header row
/// that stays frozen, column widths from the columns, dates and times as real Excel dates
/// (wall time in the zone the QDateTime carries), numbers as numbers, text as text (a spreadsheet
/// never evaluates an XLSX string cell, so no formula neutralising is needed).
class XlsxTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxTableWriter)

public:
    /// Writes through a temporary file next to `path` and renames it, so a failure leaves an
    /// existing file as it was. On failure returns false and sets `error` (translated).
    static bool write(const QVector<ExportTable> &tables, const QString &path, QString *error);

    /// A valid, unique Excel sheet name (at most 31 characters, none of []:*?/\).
    static QString sheetName(const QString &name, const QStringList &taken);
};

} // namespace Exchange
