#pragma once

#include "models/exchange/export/exporttable.h"
#include "models/exchange/export/tablestream.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QSaveFile;

class QDateTime;

namespace Exchange {

/// How fields and decimals are written. Excel reads a CSV with the list separator of the
/// system's region: ',' where the decimal point is '.', ';' where it is ',' (Swedish).
struct CsvDialect
{
    QChar separator = QLatin1Char(',');
    QChar decimalPoint = QLatin1Char('.');

    /// ';' and ',' for a locale whose decimal point is a comma (Swedish), else ',' and '.'.
    static CsvDialect forLocale(const QLocale &locale);
    /// An explicit separator: "comma" / ",", "semicolon" / ";" or "tab"; the decimal point is
    /// the locale's unless that is the separator itself. nullopt for anything else.
    static std::optional<CsvDialect> fromName(const QString &name, const QLocale &locale);
    bool operator==(const CsvDialect &o) const
    {
        return separator == o.separator && decimalPoint == o.decimalPoint;
    }
};

/// Writes an ExportTable as CSV that Excel opens correctly: UTF-8 with a BOM, comma-separated (or
/// semicolons and decimal commas, see CsvDialect), CRLF line ends, RFC 4180 quoting, ISO dates.
/// Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) get a leading
/// apostrophe.
class CsvTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvTableWriter)

public:
    using Dialect = CsvDialect;

    /// The whole file, BOM included.
    static QByteArray toCsv(const ExportTable &table, const Dialect &dialect = {});
    /// Writes atomically (a failed write leaves an existing file as it was). On failure returns
    /// false and sets `error` to a translated sentence naming the file.
    static bool write(const ExportTable &table, const QString &path, QString *error,
                      const Dialect &dialect = {});

    /// A text cell made safe against formula injection (not yet quoted).
    static QString neutralise(const QString &text);
    /// A field quoted when it contains the separator, a quote, CR or LF (quotes doubled).
    static QString quote(const QString &field, QChar separator = QLatin1Char(','));
    /// The CSV text of one cell of the given column type.
    /// QDateTime::toString(Qt::ISODate), the same text, quicker.
    static QString isoDateTime(const QDateTime &value);
    static QString cellText(const QVariant &value, ExportColumn::Type type,
                            QChar decimalPoint = QLatin1Char('.'));
    /// One line of the file (CRLF included): the heading when `row` is empty and `heading` set.
    static QString lineText(const QVector<QVariant> &row, const QVector<ExportColumn> &columns,
                            const Dialect &dialect);
    static QString headingText(const QVector<ExportColumn> &columns, const Dialect &dialect);
};

/// The tables of an export written as CSV files while they are read, the n-th table to the n-th
/// of `files`, exactly as CsvTableWriter::toCsv writes a whole table. Each file is written to a
/// temporary file next to it; commit() renames them all, and a stream destroyed before that leaves
/// the existing files as they were.
class CsvTableStream : public TableStream
{
public:
    explicit CsvTableStream(const QStringList &files, const CsvDialect &dialect = {});
    ~CsvTableStream() override;

    bool beginTable(const QString &name, const QVector<ExportColumn> &columns, QString *error) override;
    bool addRow(const QVector<QVariant> &row, QString *error) override;
    bool endTable(QString *error) override;
    bool commit(QString *error) override;

private:
    bool flush(QString *error);

    QStringList m_files;
    CsvDialect m_dialect;
    QVector<ExportColumn> m_columns;
    QByteArray m_buffer;
    std::unique_ptr<QSaveFile> m_file;              ///< the table being written (none past `files`)
    std::vector<std::unique_ptr<QSaveFile>> m_done; ///< written, waiting for commit()
    int m_tables = 0;
};

} // namespace Exchange
