#include "models/exchange/csv/csvreader.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace Exchange {

namespace {

constexpr qint64 s_blockSize = 256 * 1024;
constexpr qsizetype s_maxHeaderScan = 4 * 1024 * 1024;
constexpr unsigned char s_endsField = 1;
constexpr unsigned char s_binary = 2;

// Windows-1252 differs from Latin-1 only in 0x80..0x9F. Undefined bytes map to the C1 control
// of the same value, as browsers do.
constexpr char16_t s_cp1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                       0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                       0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                       0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

bool hasNonAscii(const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        if (word & 0x8080808080808080ULL)
            return true;
    }
    for (const char c : QByteArrayView(bytes).sliced(i)) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

/// NUL bytes or C0 controls that text never contains, in the first 64 KiB: a picture, a PDF or
/// an archive renamed to .csv. Later binary data is caught by the parser with its line.
bool looksBinary(const QByteArray &head)
{
    const qsizetype n = qMin<qsizetype>(head.size(), 64 * 1024);
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(head.at(i));
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0B && c != 0x0C && c != 0x1A)
            return true;
    }
    return false;
}

/// Strict UTF-8 validation fed block by block: sequences may be cut by block ends. It remembers
/// whether a valid multi-byte sequence was seen anywhere and where (byte offset, 1-based line)
/// the first invalid sequence starts; after an invalid byte it goes on with the next one.
class Utf8Scan
{
public:
    void feed(const char *data, qsizetype size)
    {
        qsizetype i = 0;
        while (i < size && !isMixed()) {
            // Runs of ASCII (almost every byte of an export) eight at a time: the scan reads the
            // whole file before the first row, so it must cost no more than reading it.
            if (m_need == 0) {
                qsizetype j = i;
                while (j + 8 <= size) {
                    quint64 word;
                    std::memcpy(&word, data + j, 8);
                    if (word & 0x8080808080808080ULL)
                        break;
                    j += 8;
                }
                if (j > i) {
                    m_line += std::count(data + i, data + j, '\n');
                    m_offset += j - i;
                    i = j;
                    continue;
                }
            }
            take(static_cast<unsigned char>(data[i++]));
        }
    }
    /// Invalid bytes and valid multi-byte sequences both seen: nothing more to learn.
    bool isMixed() const { return m_firstInvalid >= 0 && m_sawMultiByte; }
    /// Call once after the last block: a sequence cut by the end of the file is invalid.
    void finish()
    {
        if (m_need > 0)
            invalid();
    }
    bool isValid() const { return m_firstInvalid < 0; }
    bool sawMultiByte() const { return m_sawMultiByte; }
    qint64 firstInvalidLine() const { return m_invalidLine; }

private:
    void invalid()
    {
        if (m_firstInvalid < 0) {
            m_firstInvalid = m_leadOffset;
            m_invalidLine = m_leadLine;
        }
        m_need = 0;
    }
    void take(unsigned char c)
    {
        const qint64 offset = m_offset++;
        if (m_need > 0) {
            if ((c & 0xC0) != 0x80) {
                invalid();
                --m_offset;
                take(c); // the byte that broke the sequence starts the next one
                return;
            }
            m_cp = (m_cp << 6) | (c & 0x3F);
            if (--m_need == 0) {
                if (m_cp < m_min || m_cp > 0x10FFFF || (m_cp >= 0xD800 && m_cp <= 0xDFFF))
                    invalid();
                else
                    m_sawMultiByte = true;
            }
            return;
        }
        m_leadOffset = offset;
        m_leadLine = m_line;
        if (c < 0x80) {
            m_line += (c == '\n');
            return;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            m_need = 1;
            m_min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            m_need = 2;
            m_min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            m_need = 3;
            m_min = 0x10000;
        } else {
            invalid();
            return;
        }
        m_cp = c & (0x3F >> m_need);
    }

    qint64 m_offset = 0;
    qint64 m_line = 1;
    qint64 m_leadOffset = 0;
    qint64 m_leadLine = 1;
    qint64 m_firstInvalid = -1;
    qint64 m_invalidLine = 0;
    int m_need = 0;
    unsigned int m_cp = 0;
    unsigned int m_min = 0;
    bool m_sawMultiByte = false;
};

inline void setField(QString &dst, const QChar *from, qsizetype size)
{
    // Reuses the row's previous allocation: one malloc per field per row would dominate parsing.
    dst.resize(size);
    if (size > 0)
        std::memcpy(static_cast<void *>(dst.data()), from, size_t(size) * sizeof(QChar));
}

} // namespace

CsvReader::CsvReader(QIODevice *device, const QString &fileName) : m_device(device), m_fileName(fileName)
{
}

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return QString();
}

void CsvReader::fail(qint64 line, int column, const QString &reason)
{
    m_error = ExchangeError{m_fileName, line, column, reason};
}

int CsvReader::columnIn(const QStringList &header, const QString &name, int occurrence)
{
    const QString wanted = name.trimmed();
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(wanted, Qt::CaseInsensitive) == 0 && occurrence-- == 0)
            return i;
    }
    return -1;
}

bool CsvReader::readHeader()
{
    if (!m_device || !m_device->isReadable()) {
        fail(0, 0, tr("The file cannot be read."));
        return false;
    }
    QByteArray head;
    while (head.size() < 4) {
        const QByteArray more = m_device->read(s_blockSize);
        if (more.isEmpty())
            break;
        head += more;
    }
    m_bytesRead += head.size();
    if (head.isEmpty()) {
        fail(0, 0, tr("The file is empty."));
        return false;
    }
    if (!detectEncoding(head))
        return false;
    // The header line must be complete before the delimiter can be chosen from it.
    while (!m_eof && !m_buffer.contains(QLatin1Char('\n')) && m_buffer.size() < s_maxHeaderScan) {
        if (!fillBuffer() && hasError())
            return false;
    }
    detectDelimiter();
    buildClassTable();
    CsvRow row;
    if (!next(&row)) {
        if (!hasError())
            fail(0, 0, tr("The file is empty."));
        return false;
    }
    m_header = row.fields;
    return true;
}

bool CsvReader::detectEncoding(const QByteArray &head)
{
    QByteArray rest = head;
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_encoding = Encoding::Utf8Bom;
        rest = head.mid(3);
    } else if (head.startsWith("\xFF\xFE")) {
        m_encoding = Encoding::Utf16LE;
        rest = head.mid(2);
    } else if (head.startsWith("\xFE\xFF")) {
        m_encoding = Encoding::Utf16BE;
        rest = head.mid(2);
    } else if (head.startsWith("PK\x03\x04")) {
        fail(0, 0,
             tr("This is not a text CSV file: it looks like an Excel workbook or a ZIP archive. "
                "Save it as CSV and try again."));
        return false;
    } else if (looksBinary(head)) {
        fail(0, 0, tr("This is not a text CSV file (it contains binary data)."));
        return false;
    } else {
        m_encoding = Encoding::Utf8;
        if (m_reused.valid && !m_device->isSequential() && m_reused.deviceSize == m_device->size()) {
            m_encoding = m_reused.encoding;
            m_sawNonAscii = m_reused.sawNonAscii;
            m_encodingDecided = true;
            m_decision = m_reused;
        } else if (!m_device->isSequential() && !decideEncodingFromWholeFile(head)) {
            return false;
        }
    }
    switch (m_encoding) {
    case Encoding::Utf16LE:
        m_decoder = QStringDecoder(QStringDecoder::Utf16LE);
        break;
    case Encoding::Utf16BE:
        m_decoder = QStringDecoder(QStringDecoder::Utf16BE);
        break;
    default:
        m_decoder = QStringDecoder(QStringDecoder::Utf8);
        break;
    }
    return decodeAppend(rest);
}

bool CsvReader::decideEncodingFromWholeFile(const QByteArray &head)
{
    // A first pass over every byte: a file that turns out not to be UTF-8 near its end must not
    // have had its beginning read as UTF-8, nor the other way round.
    const qint64 resumeAt = m_device->pos();
    Utf8Scan scan;
    bool nonAscii = hasNonAscii(head);
    scan.feed(head.constData(), head.size());
    QByteArray block;
    while (!scan.isMixed()) {
        block = m_device->read(s_blockSize);
        if (block.isEmpty())
            break;
        nonAscii = nonAscii || hasNonAscii(block);
        scan.feed(block.constData(), block.size());
    }
    scan.finish();
    if (!m_device->seek(resumeAt)) {
        fail(0, 0, tr("The file cannot be read."));
        return false;
    }
    m_encodingDecided = true;
    if (scan.isValid()) {
        m_sawNonAscii = nonAscii;
        m_decision = {true, m_encoding, m_sawNonAscii, m_device->size()};
        return true;
    }
    if (!scan.sawMultiByte()) {
        m_encoding = Encoding::Windows1252;
        m_decision = {true, m_encoding, m_sawNonAscii, m_device->size()};
        return true;
    }
    fail(scan.firstInvalidLine(), 0,
         tr("The text is not valid UTF-8 on this line although other lines are UTF-8: the file mixes "
            "encodings. Save it as UTF-8 and import it again."));
    return false;
}

void CsvReader::decodeWindows1252(const QByteArray &bytes)
{
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + bytes.size());
    QChar *out = m_buffer.data() + old;
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        *out++ = QChar(b >= 0x80 && b < 0xA0 ? s_cp1252High[b - 0x80] : char16_t(b));
    }
}

bool CsvReader::decodeAppend(const QByteArray &bytes)
{
    if (m_encoding == Encoding::Utf8 && !m_encodingDecided && !m_sawNonAscii && hasNonAscii(bytes)) {
        // A device that cannot seek (a pipe): everything before was ASCII, which reads the same
        // in both encodings, so switching now loses nothing, unless this block already holds
        // valid UTF-8 before its first invalid byte: then the decoder below refuses the line.
        Utf8Scan scan;
        scan.feed(bytes.constData(), bytes.size());
        if (m_eof)
            scan.finish();
        if (scan.isValid() || scan.sawMultiByte())
            m_sawNonAscii = true;
        else
            m_encoding = Encoding::Windows1252;
    }
    if (m_encoding == Encoding::Windows1252) {
        decodeWindows1252(bytes);
        return true;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + m_decoder.requiredSpace(bytes.size()));
    QChar *end = m_decoder.appendToBuffer(m_buffer.data() + old, bytes);
    m_buffer.resize(end - m_buffer.constData());
    if (m_decoder.hasError()) {
        const qsizetype bad = m_buffer.indexOf(QChar::ReplacementCharacter, old);
        const qint64 line =
            m_line +
            QStringView(m_buffer).mid(m_pos, qMax<qsizetype>(bad, m_pos) - m_pos).count(QLatin1Char('\n'));
        fail(line, 0,
             tr("The text is not valid %1 here; the file may mix encodings.").arg(encodingName(m_encoding)));
        return false;
    }
    return true;
}

bool CsvReader::fillBuffer()
{
    if (m_eof || hasError())
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray bytes = m_device->read(s_blockSize);
    if (bytes.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_bytesRead += bytes.size();
    if (m_device->atEnd())
        m_eof = true;
    return decodeAppend(bytes);
}

void CsvReader::detectDelimiter()
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    qsizetype start = m_pos;
    while (start < m_buffer.size() &&
           (m_buffer.at(start) == QLatin1Char('\n') || m_buffer.at(start) == QLatin1Char('\r')))
        ++start; // blank lines before the header
    if (takeSeparatorHint(start))
        return;
    for (qsizetype i = start; i < m_buffer.size(); ++i) {
        const QChar c = m_buffer.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char('\t'))
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        m_delimiter = QLatin1Char(';');
    else if (tabs > commas && tabs > semicolons)
        m_delimiter = QLatin1Char('\t');
    else
        m_delimiter = QLatin1Char(',');
}

bool CsvReader::takeSeparatorHint(qsizetype start)
{
    // Excel writes and honours a first line "sep=;" naming the delimiter.
    const QStringView rest = QStringView(m_buffer).mid(start);
    if (!rest.startsWith(u"sep=", Qt::CaseInsensitive) || rest.size() < 5)
        return false;
    const QChar delimiter = rest.at(4);
    const QStringView after = rest.mid(5);
    if (delimiter.unicode() >= 128 || delimiter == QLatin1Char('"') || delimiter == QLatin1Char('\r') ||
        delimiter == QLatin1Char('\n') ||
        !(after.isEmpty() || after.startsWith(u'\r') || after.startsWith(u'\n')))
        return false;
    m_delimiter = delimiter;
    qsizetype end = start + 5;
    if (end < m_buffer.size() && m_buffer.at(end) == QLatin1Char('\r'))
        ++end;
    if (end < m_buffer.size() && m_buffer.at(end) == QLatin1Char('\n'))
        ++end;
    m_line += QStringView(m_buffer).mid(m_pos, end - m_pos).count(QLatin1Char('\n'));
    if (end > m_pos && m_buffer.at(end - 1) == QLatin1Char('\r'))
        ++m_line; // "sep=;" ended by a lone CR
    m_pos = end;
    return true;
}

void CsvReader::buildClassTable()
{
    for (int c = 0; c < 0x20; ++c)
        m_class[c] = s_binary;
    // Tab, form feed, vertical tab (Excel's line break inside a cell) and SUB (old DOS end of
    // file) occur in real exports; the rest of the C0 controls only in binary files.
    for (const int ok : {0x09, 0x0B, 0x0C, 0x1A})
        m_class[ok] = 0;
    m_class[int('\n')] = s_endsField;
    m_class[int('\r')] = s_endsField;
    m_class[m_delimiter.unicode()] = s_endsField;
}

bool CsvReader::next(CsvRow *row)
{
    if (hasError() || !row)
        return false;
    for (;;) {
        const qint64 startLine = m_line;
        qint64 newlines = 0;
        const ParseResult result = parseRecord(&row->fields, &newlines);
        if (result == ParseResult::Failed)
            return false;
        if (result == ParseResult::NeedMore) {
            if (!fillBuffer() && hasError())
                return false;
            continue;
        }
        m_line += newlines;
        bool blank = true;
        for (const QString &field : std::as_const(row->fields)) {
            if (!field.isEmpty()) {
                blank = false;
                break;
            }
        }
        if (row->fields.isEmpty() || blank) {
            if (m_eof && m_pos >= m_buffer.size())
                return false;
            continue;
        }
        row->line = startLine;
        return true;
    }
}

CsvReader::ParseResult CsvReader::failBinary(const Scan &scan)
{
    fail(m_line + scan.newlines, scan.index + 1, tr("This is not a text CSV file (binary data found)."));
    return ParseResult::Failed;
}

CsvReader::ParseResult CsvReader::failFieldTooLong(qint64 line, int index)
{
    fail(line, index + 1,
         tr("A field longer than %1 characters starts here; the file may be damaged (a quote never closed) "
            "or the limit is too low for it.")
             .arg(m_maxFieldSize));
    return ParseResult::Failed;
}

CsvReader::ParseResult CsvReader::needMore(const Scan &scan, Phase phase, const QChar *at,
                                           qsizetype fieldStart, qint64 quoteLine)
{
    m_resume = Resume{phase, at - scan.base, fieldStart, scan.newlines, scan.index, quoteLine};
    return ParseResult::NeedMore;
}

CsvReader::ParseResult CsvReader::scanUnquoted(Scan *scan, QString *field, const QChar *start)
{
    const QChar *p = scan->p;
    for (; p < scan->end; ++p) {
        const ushort u = p->unicode();
        if (u < 128 && m_class[u]) {
            if (m_class[u] & s_binary)
                return failBinary(*scan);
            break;
        }
    }
    if (p - start > m_maxFieldSize)
        return failFieldTooLong(m_line + scan->newlines, scan->index);
    if (p == scan->end && !m_eof)
        return needMore(*scan, Phase::Unquoted, p, start - scan->base);
    setField(*field, start, p - start);
    scan->p = p;
    return ParseResult::Record;
}

CsvReader::ParseResult CsvReader::scanQuoted(Scan *scan, QString *field, Phase phase)
{
    qint64 quoteLine = m_resume.quoteLine;
    const QChar *p = scan->p;
    if (phase == Phase::None) {
        quoteLine = m_line + scan->newlines;
        ++p; // after the opening quote
        m_quoted.clear();
    }
    const QChar *const end = scan->end;
    while (phase != Phase::QuotedTail) {
        const QChar *segment = p;
        while (p < end && p->unicode() != u'"') {
            const ushort u = p->unicode();
            if (u < 128 && (m_class[u] & s_binary))
                return failBinary(*scan);
            scan->newlines += (u == u'\n');
            ++p;
        }
        m_quoted.append(segment, p - segment);
        if (m_quoted.size() > m_maxFieldSize)
            return failFieldTooLong(quoteLine, scan->index);
        // A quote at the end of the buffer may be the first half of a doubled quote.
        if (!m_eof && (p == end || p + 1 == end))
            return needMore(*scan, Phase::Quoted, p, 0, quoteLine);
        if (p == end) {
            fail(quoteLine, scan->index + 1,
                 tr("A quoted field starts here but is never closed; the file may be truncated."));
            return ParseResult::Failed;
        }
        ++p; // the quote
        if (p == end || p->unicode() != u'"')
            break;
        m_quoted.append(QLatin1Char('"'));
        ++p;
    }
    // Lenient like Excel: text after the closing quote belongs to the field.
    const QChar *tail = p;
    const ushort delimiter = m_delimiter.unicode();
    while (p < end && p->unicode() != delimiter && p->unicode() != u'\n' && p->unicode() != u'\r')
        ++p;
    m_quoted.append(tail, p - tail);
    if (m_quoted.size() > m_maxFieldSize)
        return failFieldTooLong(quoteLine, scan->index);
    if (p == end && !m_eof)
        return needMore(*scan, Phase::QuotedTail, p, 0, quoteLine);
    *field = m_quoted;
    scan->p = p;
    return ParseResult::Record;
}

CsvReader::ParseResult CsvReader::parseRecord(QStringList *fields, qint64 *newlines)
{
    const QChar *const begin = m_buffer.constData();
    Scan scan{begin + m_pos, begin + m_pos, begin + m_buffer.size(), 0, 0};
    // A record cut by the end of the previous buffer goes on where it stopped: rescanning it
    // from its start after every block made a long field cost the square of its size.
    Phase phase = m_resume.phase;
    m_resume.phase = Phase::None;
    if (phase != Phase::None) {
        scan.p = scan.base + m_resume.offset;
        scan.newlines = m_resume.newlines;
        scan.index = m_resume.index;
    } else if (scan.p == scan.end) {
        return m_eof ? (fields->clear(), ParseResult::Record) : ParseResult::NeedMore;
    }
    const ushort delimiter = m_delimiter.unicode();
    for (;; ++scan.index) {
        if (fields->size() <= scan.index)
            fields->append(QString());
        QString &field = (*fields)[scan.index];
        if (phase == Phase::FieldStart)
            phase = Phase::None;
        else if (phase == Phase::None && scan.p == scan.end && !m_eof)
            return needMore(scan, Phase::FieldStart, scan.p); // a quote may be the next character
        ParseResult result;
        if (phase == Phase::Unquoted)
            result = scanUnquoted(&scan, &field, scan.base + m_resume.fieldStart);
        else if (phase != Phase::None)
            result = scanQuoted(&scan, &field, phase);
        else if (scan.p < scan.end && scan.p->unicode() == u'"')
            result = scanQuoted(&scan, &field, Phase::None);
        else
            result = scanUnquoted(&scan, &field, scan.p);
        phase = Phase::None;
        if (result != ParseResult::Record)
            return result;
        if (scan.p == scan.end)
            break; // last record, no line end
        const ushort u = scan.p->unicode();
        if (u == delimiter) {
            ++scan.p;
            continue;
        }
        if (u == u'\r') {
            if (scan.p + 1 == scan.end && !m_eof)
                return ParseResult::NeedMore; // rare: the record is read again once, from its start
            scan.p += (scan.p + 1 < scan.end && scan.p[1].unicode() == u'\n') ? 2 : 1;
        } else {
            ++scan.p;
        }
        ++scan.newlines;
        break;
    }
    fields->resize(scan.index + 1);
    m_pos = scan.p - begin;
    *newlines = scan.newlines;
    return ParseResult::Record;
}

} // namespace Exchange
