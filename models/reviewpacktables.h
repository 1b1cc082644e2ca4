#pragma once

#include "models/exchange/export/exporttable.h"
#include "models/exchange/export/tablestream.h"
#include "models/reviewpack.h"

#include <QCoreApplication>
#include <QString>

namespace Models {

/// The data appendix of a governance review: the figures the PDF shows, one table per section
/// (review, summary, sla, tickets, breaches, notable, delivered, allocation, ledger, notes),
/// with the fingerprint. Hours are written both as minutes (exact) and as hours; column titles
/// follow the language in force, table names are stable ids (sheet and file names).
class ReviewPackTables
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPackTables)

public:
    /// Every table with every row, the ticket lines read back from `pack.lines`; empty with
    /// `error` (may be null) when a temporary file of the lines could not be read.
    static QVector<Exchange::ExportTable> tables(const ReviewPack &pack, QString *error = nullptr);
    /// Writes an XLSX workbook when `path` ends in .xlsx, else a folder of CSV files (NAME.csv per
    /// table). A new folder is written beside its final name and renamed when complete; into an
    /// existing folder each file is replaced atomically. On failure `error` says why and no new
    /// file or folder is left behind.
    static bool write(const ReviewPack &pack, const QString &path, QString *error);
    static bool isWorkbook(const QString &path);

private:
    /// tables() without the rows of the ticket tables (breaches, notable, delivered).
    static QVector<Exchange::ExportTable> figureTables(const ReviewPack &pack);
    /// Writes the tables of tables() a row at a time, the ticket lines made as they are written.
    static bool writeTo(const ReviewPack &pack, Exchange::TableStream *stream, QString *error);
};

} // namespace Models
