#pragma once

#include "models/exchange/export/exporttable.h"

#include <QString>
#include <QVariant>
#include <QVector>

namespace Exchange {

/// Where an export writes its tables as it reads them: one table after the other, each row once
/// and in order, so that memory holds one row whatever the size (CsvTableStream, XlsxTableStream).
/// Errors come back as a translated sentence naming the file. Nothing is left of a stream that is
/// destroyed before commit(): no file it would have made, no temporary file.
class TableStream
{
public:
    virtual ~TableStream() = default;

    virtual bool beginTable(const QString &name, const QVector<ExportColumn> &columns, QString *error) = 0;
    virtual bool addRow(const QVector<QVariant> &row, QString *error) = 0;
    virtual bool endTable(QString *error) = 0;
    /// Makes the tables written the content of the target files.
    virtual bool commit(QString *error) = 0;

    /// Writes `tables` whole: begin, rows, end for each, then commit.
    bool writeAll(const QVector<ExportTable> &tables, QString *error)
    {
        for (const ExportTable &table : tables) {
            if (!beginTable(table.name, table.columns, error))
                return false;
            for (const QVector<QVariant> &row : table.rows) {
                if (!addRow(row, error))
                    return false;
            }
            if (!endTable(error))
                return false;
        }
        return commit(error);
    }
};

} // namespace Exchange
