#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <vector>

class QIODevice;

namespace Exchange {

/// A CSV reader for plain UTF-8 files that gives fields as bytes: no `QString` per field, no
/// first pass over the whole file. It reads exactly what CsvReader reads (the same fields and
/// lines, the same delimiter, blank rows skipped) for the files it accepts, and says
/// `Unsupported` for every other shape, so that the caller reads the file with CsvReader instead
/// and gets its answer and its messages: UTF-16, bytes that are not valid UTF-8 (CsvReader then
/// decides between Windows-1252 and an error), control characters, a quote in the header line, a
/// `sep=` line, a quote never closed, a field longer than CsvReader's limit, an empty file.
///
/// Quoted fields (doubled quotes, line breaks, text after the closing quote), CRLF, LF or CR line
/// ends and a UTF-8 BOM are read here. Memory holds one block of the file (a record longer than a
/// block grows it).
class CsvByteReader
{
public:
    enum class Status { Record, End, Unsupported };

    explicit CsvByteReader(QIODevice *device);

    /// Reads the header row. False when the file is a shape left to CsvReader.
    bool readHeader();
    /// UTF-8 bytes as CsvReader's text: QString::fromUtf8() would drop a U+FEFF at their start.
    static QString text(QByteArrayView bytes);

    /// The header row as text.
    const QStringList &header() const { return m_header; }
    char delimiter() const { return m_delimiter; }

    /// The next record (its fields valid until the next call).
    Status next();
    /// Bytes of the file before the next record (for estimates of what is left).
    qint64 offset() const { return m_offset + m_pos; }
    /// The 1-based physical line the current record starts on.
    qint64 line() const { return m_recordLine; }
    qsizetype fieldCount() const { return qsizetype(m_fields.size()); }
    /// The field as written (unquoted, not trimmed); empty past the last field.
    QByteArrayView field(qsizetype index) const
    {
        return index >= 0 && index < fieldCount() ? m_fields[size_t(index)] : QByteArrayView();
    }

private:
    enum class Parse { Record, NeedMore, Unsupported };

    bool fill();
    bool detectDelimiter();
    void buildClassTables();
    Parse parseRecord(qint64 *newlines);
    Parse scanQuoted(const char *&p, char *&out, qint64 *newlines) const;
    /// Moves `p` to the end of an unquoted run (a separator, a line end or `end`): Record when the
    /// run is whole, NeedMore when the block may end inside it, Unsupported on a control byte or
    /// bytes that are not UTF-8.
    Parse scanUnquoted(const char *&p, const char *end) const;

    QIODevice *m_device;
    QByteArray m_buffer; // bytes of the file from m_pos to m_end
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qint64 m_offset = 0; // bytes of the file before m_buffer
    bool m_eof = false;
    QByteArray m_scratch; // unquoted text of quoted fields of the current record
    std::vector<QByteArrayView> m_fields;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    char m_delimiter = ',';
    unsigned char m_unquoted[256] = {}; // per byte: what stops an unquoted field
    unsigned char m_quoted[256] = {};   // per byte: what stops the text inside quotes
    QStringList m_header;
};

} // namespace Exchange
