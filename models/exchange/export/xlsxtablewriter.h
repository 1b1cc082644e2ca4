#pragma once

#include "models/exchange/export/exporttable.h"
#include "models/exchange/export/tablestream.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

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

/// The tables of an export written as the sheets of one workbook while they are read:
/// libxlsxwriter's constant-memory mode keeps one row in memory and the rest in temporary files
/// next to the target (text is written in the cells, not in a shared string table). The workbook is
/// a temporary file until commit() renames it; a stream destroyed before that removes it.
class XlsxTableStream : public TableStream
{
public:
    explicit XlsxTableStream(const QString &path);
    ~XlsxTableStream() override;

    bool beginTable(const QString &name, const QVector<ExportColumn> &columns, QString *error) override;
    bool addRow(const QVector<QVariant> &row, QString *error) override;
    bool endTable(QString *error) override;
    bool commit(QString *error) override;

private:
    bool open(QString *error);
    void discard();

    struct Workbook;
    QString m_path;
    std::unique_ptr<Workbook> m_book;
};

} // namespace Exchange
