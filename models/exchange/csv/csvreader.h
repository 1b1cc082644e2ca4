#pragma once

#include "models/exchange/exchangeerror.h"

#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace Exchange {

/// One record of a CSV file. `line` is the 1-based physical line where the record starts
/// (a record with embedded newlines spans several physical lines).
struct CsvRow
{
    qint64 line = 0;
    QStringList fields;

    bool operator==(const CsvRow &o) const { return line == o.line && fields == o.fields; }
};

/// Streaming CSV reader for the exports users bring (ServiceNow, Jira, Zendesk, Tempo, Kimai,
/// Harvest, Excel). Reads the device in blocks so memory stays flat for a multi-gigabyte file.
///
/// Handles RFC 4180 quoting (doubled quotes, embedded newlines), UTF-8 with or without BOM,
/// UTF-16 LE/BE with BOM, Windows-1252 (detected when the bytes are not valid UTF-8), `,` `;` or
/// tab detected from the header line (or Excel's `sep=;` first line), CRLF or LF, blank lines (skipped), a
/// truncated last record and binary files (refused). Error columns are 1-based field numbers.
///
/// Encoding of a file without BOM is decided from the whole file when the device can seek (a
/// first pass validates every byte): valid UTF-8 throughout is UTF-8; invalid UTF-8 without any
/// valid multi-byte sequence is Windows-1252; both together is refused naming the line of the first
/// invalid byte, so no mojibake is ever returned. Parsing is linear in the size of a record (a
/// record cut by a block boundary is resumed, never rescanned) and a field longer than
/// maxFieldSize() characters is refused naming its line and column.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };

    /// Longest field accepted unless setMaxFieldSize() says otherwise: 1 Mi characters.
    static constexpr qsizetype s_defaultMaxFieldSize = 1024 * 1024;

    CsvReader(QIODevice *device, const QString &fileName);

    /// Fields longer than `characters` are refused (with their line and column). At least 1.
    void setMaxFieldSize(qsizetype characters) { m_maxFieldSize = qMax<qsizetype>(1, characters); }
    qsizetype maxFieldSize() const { return m_maxFieldSize; }

    /// Detects encoding and delimiter and reads the header row. False (and error()) when the file
    /// is empty, binary or unreadable.
    bool readHeader();
    /// The header as written; repeated names are kept (Jira repeats Labels, Comment, Sprint).
    QStringList header() const { return m_header; }
    /// Index of the `occurrence`-th header cell named `name` (case-insensitive, surrounding
    /// whitespace ignored), or -1.
    int column(const QString &name, int occurrence = 0) const { return columnIn(m_header, name, occurrence); }
    /// The same in any header row.
    static int columnIn(const QStringList &header, const QString &name, int occurrence = 0);
    QChar delimiter() const { return m_delimiter; }
    Encoding encoding() const { return m_encoding; }
    /// True when the reader chose Windows-1252 because the bytes were not valid UTF-8; the UI
    /// should say so.
    bool encodingGuessed() const { return m_encoding == Encoding::Windows1252; }
    static QString encodingName(Encoding encoding);

    /// What readHeader() decided about a file without BOM from its whole content (valid: it did).
    /// A later reader of the same device, unchanged in size, can take it over instead of reading
    /// the whole file again (the Importer reads a file two or three times).
    struct EncodingDecision
    {
        bool valid = false;
        Encoding encoding = Encoding::Utf8;
        bool sawNonAscii = false;
        qint64 deviceSize = -1;
    };
    EncodingDecision encodingDecision() const { return m_decision; }
    /// Before readHeader(): takes over an earlier reader's decision (ignored when not valid, when
    /// the device's size changed or the file turns out to have a BOM).
    void reuseEncodingDecision(const EncodingDecision &decision) { m_reused = decision; }

    /// Reads the next record. False at the end of data or on an error (then error() is set).
    /// Rows whose fields are all empty are skipped. Reusing the same `row` avoids allocations.
    bool next(CsvRow *row);
    ExchangeError error() const { return m_error; }
    bool hasError() const { return !m_error.isNull(); }
    /// Bytes taken from the device so far, for progress bars.
    qint64 bytesRead() const { return m_bytesRead; }
    QString fileName() const { return m_fileName; }

private:
    enum class ParseResult { Record, NeedMore, Failed };

    bool fillBuffer();
    bool detectEncoding(const QByteArray &head);
    bool decideEncodingFromWholeFile(const QByteArray &head);
    bool decodeAppend(const QByteArray &bytes);
    void decodeWindows1252(const QByteArray &bytes);
    void buildClassTable();
    void detectDelimiter();
    bool takeSeparatorHint(qsizetype start);
    /// Where parseRecord() is in the buffer: the record's start, the record's newlines so far and
    /// the field number.
    struct Scan
    {
        const QChar *base;
        const QChar *p;
        const QChar *end;
        qint64 newlines;
        int index;
    };
    /// Where a record cut by the end of the buffer goes on once more text is there: offsets are
    /// from m_pos (the record's start), which fillBuffer() keeps valid.
    /// FieldStart: the buffer ended right where a field begins, before its first character
    /// (whether the field is quoted is decided once that character is there).
    enum class Phase { None, FieldStart, Unquoted, Quoted, QuotedTail };
    struct Resume
    {
        Phase phase = Phase::None;
        qsizetype offset = 0;     // where scanning goes on
        qsizetype fieldStart = 0; // first character of the unquoted field
        qint64 newlines = 0;
        int index = 0;
        qint64 quoteLine = 0;
    };
    ParseResult parseRecord(QStringList *fields, qint64 *newlines);
    ParseResult scanUnquoted(Scan *scan, QString *field, const QChar *start);
    ParseResult scanQuoted(Scan *scan, QString *field, Phase phase);
    ParseResult needMore(const Scan &scan, Phase phase, const QChar *at, qsizetype fieldStart = 0,
                         qint64 quoteLine = 0);
    ParseResult failBinary(const Scan &scan);
    ParseResult failFieldTooLong(qint64 line, int index);
    void fail(qint64 line, int column, const QString &reason);

    QIODevice *m_device;
    QString m_fileName;
    QString m_buffer; // decoded text not yet consumed, from m_pos on
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_line = 1; // physical line at m_pos
    qint64 m_bytesRead = 0;
    Encoding m_encoding = Encoding::Utf8;
    QStringDecoder m_decoder;
    bool m_sawNonAscii = false;      // while false, an invalid UTF-8 byte may still switch to Windows-1252
    bool m_encodingDecided = false;  // decided from the whole file: never switch while reading
    EncodingDecision m_decision;     // what the whole-file pass decided, for a later reader
    EncodingDecision m_reused;       // an earlier reader's decision to take over
    unsigned char m_class[128] = {}; // per ASCII character: 1 ends a field, 2 is binary garbage
    QChar m_delimiter = QLatin1Char(',');
    QStringList m_header;
    ExchangeError m_error;
    QString m_quoted; // unescaped text of a quoted field, reused
    Resume m_resume;
    qsizetype m_maxFieldSize = s_defaultMaxFieldSize;
};

} // namespace Exchange
