#pragma once

#include <QString>
#include <QVariant>
#include <QVector>

namespace Exchange {

/// One column of an exported table: its heading, the kind of value it holds and a width hint.
struct ExportColumn
{
    enum class Type {
        Text,     ///< QString; neutralised against formula injection in CSV
        Integer,  ///< qint64
        Decimal,  ///< double, written with a '.' decimal point in CSV
        Date,     ///< QDate, ISO in CSV, an Excel date in XLSX
        DateTime, ///< QDateTime in the engagement's zone: ISO with offset in CSV, wall time in XLSX
    };

    QString title;
    Type type = Type::Text;
    int width = 12; ///< characters, for XLSX column widths

    bool operator==(const ExportColumn &o) const
    {
        return title == o.title && type == o.type && width == o.width;
    }
    bool operator!=(const ExportColumn &o) const { return !(*this == o); }
};

/// A table to export: a name (file stem or sheet name), columns and rows of cells.
/// A null QVariant is an empty cell.
struct ExportTable
{
    QString name;
    QVector<ExportColumn> columns;
    QVector<QVector<QVariant>> rows;

    bool operator==(const ExportTable &o) const
    {
        return name == o.name && columns == o.columns && rows == o.rows;
    }
    bool operator!=(const ExportTable &o) const { return !(*this == o); }
};

} // namespace Exchange
