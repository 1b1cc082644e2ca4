#include "models/exchange/csv/csvbytereader.h"

#include "models/exchange/csv/csvreader.h"

#include <QIODevice>
#include <QStringDecoder>

#include <cstring>

namespace Exchange {

namespace {

constexpr qsizetype s_blockSize = 512 * 1024;
/// The header line must end within this many bytes: CsvReader chooses the delimiter from its
/// first block (256 KiB), so a longer line could be counted differently there.
constexpr qsizetype s_headerScan = 64 * 1024;

/// The longest record read here: four fields of CsvReader's longest.
constexpr qsizetype s_maxRecordSize = 4 * CsvReader::s_defaultMaxFieldSize;

// Classes of a byte in m_unquoted / m_quoted; 0 is text that goes on.
constexpr unsigned char s_endsField = 1; // unquoted: the delimiter, CR, LF
constexpr unsigned char s_quote = 1;     // quoted: the quote
constexpr unsigned char s_control = 2;   // C0 controls but tab, CR, LF: left to CsvReader
constexpr unsigned char s_nonAscii = 3;  // the first byte of a UTF-8 sequence, checked
constexpr unsigned char s_newline = 4;   // quoted: LF, counted as a line

/// Length of the UTF-8 sequence at `p` (first byte >= 0x80) under the rules of CsvReader's
/// validation (no overlong forms, surrogates or code points past U+10FFFF): 0 when invalid, -1
/// when `end` cuts it.
int sequenceLength(const char *p, const char *end)
{
    const auto c = static_cast<unsigned char>(*p);
    int need = 0;
    unsigned int min = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        min = 0x10000;
    } else {
        return 0;
    }
    unsigned int cp = c & (0x3Fu >> need);
    for (int i = 1; i <= need; ++i) {
        if (p + i == end)
            return -1;
        const auto next = static_cast<unsigned char>(p[i]);
        if ((next & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (next & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return need + 1;
}

} // namespace

CsvByteReader::CsvByteReader(QIODevice *device) : m_device(device)
{
}

QString CsvByteReader::text(QByteArrayView bytes)
{
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder(bytes);
}

bool CsvByteReader::fill()
{
    if (m_pos > 0) {
        m_offset += m_pos;
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(m_end - m_pos));
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_end == m_buffer.size()) // a record longer than the buffer: grow it, never rescan quadratically
        m_buffer.resize(qMax(s_blockSize, m_buffer.size() * 2));
    const qint64 got = m_device->read(m_buffer.data() + m_end, m_buffer.size() - m_end);
    if (got < 0)
        return false;
    m_eof = got == 0;
    m_end += got;
    return true;
}

bool CsvByteReader::readHeader()
{
    if (!m_device || !m_device->isReadable())
        return false;
    while (!m_eof && m_end < s_headerScan) {
        if (!fill())
            return false;
    }
    static const char bom[] = "\xEF\xBB\xBF";
    if (m_end >= 3 && std::memcmp(m_buffer.constData(), bom, 3) == 0) {
        m_pos = 3;
        // A second BOM would be dropped by CsvReader's decoder.
        if (m_end >= 6 && std::memcmp(m_buffer.constData() + 3, bom, 3) == 0)
            return false;
    }
    if (!detectDelimiter())
        return false;
    buildClassTables();
    if (next() != Status::Record)
        return false;
    m_header.clear();
    for (const QByteArrayView field : m_fields)
        m_header.append(text(field));
    return true;
}

bool CsvByteReader::detectDelimiter()
{
    const char *const b = m_buffer.constData();
    qsizetype i = m_pos;
    while (i < m_end && (b[i] == '\r' || b[i] == '\n'))
        ++i; // blank lines before the header
    const qsizetype hint = qMin<qsizetype>(4, m_end - i);
    if (hint > 0 && qstrnicmp(b + i, hint, "sep=", hint) == 0)
        return false; // Excel's delimiter line: CsvReader reads it
    int commas = 0, semicolons = 0, tabs = 0;
    for (; i < m_end && b[i] != '\r' && b[i] != '\n'; ++i) {
        if (b[i] == '"')
            return false; // quotes in the header: CsvReader's counting across them decides
        commas += b[i] == ',';
        semicolons += b[i] == ';';
        tabs += b[i] == '\t';
    }
    if ((i == m_end && !m_eof) || i > s_headerScan)
        return false;
    if (semicolons > commas && semicolons >= tabs)
        m_delimiter = ';';
    else if (tabs > commas && tabs > semicolons)
        m_delimiter = '\t';
    else
        m_delimiter = ',';
    return true;
}

void CsvByteReader::buildClassTables()
{
    for (int c = 0; c < 0x20; ++c) {
        m_unquoted[c] = s_control;
        m_quoted[c] = s_control;
    }
    for (int c = 0x80; c < 0x100; ++c) {
        m_unquoted[c] = s_nonAscii;
        m_quoted[c] = s_nonAscii;
    }
    m_unquoted[int('\t')] = 0;
    m_quoted[int('\t')] = 0;
    m_unquoted[int('\n')] = s_endsField;
    m_unquoted[int('\r')] = s_endsField;
    m_unquoted[static_cast<unsigned char>(m_delimiter)] = s_endsField;
    m_quoted[int('\n')] = s_newline;
    m_quoted[int('\r')] = 0; // inside quotes only LF counts as a line, as in CsvReader
    m_quoted[int('"')] = s_quote;
}

CsvByteReader::Status CsvByteReader::next()
{
    for (;;) {
        // The unquoted text of a record is never longer than the record: the views into the
        // scratch stay valid while the record is parsed.
        if (m_scratch.size() < m_buffer.size())
            m_scratch.resize(m_buffer.size());
        const qint64 startLine = m_line;
        qint64 newlines = 0;
        const Parse result = parseRecord(&newlines);
        if (result == Parse::Unsupported)
            return Status::Unsupported;
        if (result == Parse::NeedMore) {
            // A record of many long fields (or garbage without line ends) would grow the buffer
            // without bound: CsvReader reads such a file field by field.
            if (m_end - m_pos > s_maxRecordSize || !fill())
                return Status::Unsupported;
            continue;
        }
        m_line += newlines;
        bool blank = true;
        for (const QByteArrayView field : m_fields) {
            if (!field.isEmpty()) {
                blank = false;
                break;
            }
        }
        if (blank) {
            if (m_eof && m_pos >= m_end)
                return Status::End;
            continue;
        }
        m_recordLine = startLine;
        return Status::Record;
    }
}

CsvByteReader::Parse CsvByteReader::scanQuoted(const char *&p, char *&out, qint64 *newlines) const
{
    const char *const end = m_buffer.constData() + m_end;
    ++p; // the opening quote
    const char *segment = p;
    for (;;) {
        while (p < end && m_quoted[static_cast<unsigned char>(*p)] == 0)
            ++p;
        if (p == end)
            return m_eof ? Parse::Unsupported : Parse::NeedMore; // never closed: CsvReader says so
        const unsigned char k = m_quoted[static_cast<unsigned char>(*p)];
        if (k == s_newline) {
            ++*newlines;
            ++p;
            continue;
        }
        if (k == s_control)
            return Parse::Unsupported;
        if (k == s_nonAscii) {
            const int n = sequenceLength(p, end);
            if (n <= 0)
                return n < 0 && !m_eof ? Parse::NeedMore : Parse::Unsupported;
            p += n;
            continue;
        }
        std::memcpy(out, segment, size_t(p - segment));
        out += p - segment;
        if (p + 1 == end && !m_eof)
            return Parse::NeedMore; // maybe the first half of a doubled quote
        if (p + 1 < end && p[1] == '"') {
            *out++ = '"';
            p += 2;
            segment = p;
            continue;
        }
        ++p; // the closing quote
        break;
    }
    // Text after the closing quote belongs to the field (CsvReader is lenient like Excel).
    const char *tail = p;
    if (const Parse result = scanUnquoted(p, end); result != Parse::Record)
        return result;
    std::memcpy(out, tail, size_t(p - tail));
    out += p - tail;
    return Parse::Record;
}

CsvByteReader::Parse CsvByteReader::scanUnquoted(const char *&p, const char *end) const
{
    while (p < end) {
        const unsigned char k = m_unquoted[static_cast<unsigned char>(*p)];
        if (k == 0) {
            ++p;
            continue;
        }
        if (k == s_endsField)
            break;
        if (k == s_control)
            return Parse::Unsupported;
        const int n = sequenceLength(p, end);
        if (n <= 0)
            return n < 0 && !m_eof ? Parse::NeedMore : Parse::Unsupported;
        p += n;
    }
    if (p == end && !m_eof)
        return Parse::NeedMore;
    return Parse::Record;
}

CsvByteReader::Parse CsvByteReader::parseRecord(qint64 *newlines)
{
    const char *const begin = m_buffer.constData();
    const char *p = begin + m_pos;
    const char *const end = begin + m_end;
    m_fields.clear();
    if (p == end)
        return m_eof ? Parse::Record : Parse::NeedMore;
    char *out = m_scratch.data();
    qint64 lines = 0;
    for (;;) {
        if (p == end && !m_eof)
            return Parse::NeedMore; // a quote may be the next byte
        const char *const start = p;
        if (p < end && *p == '"') {
            char *const from = out;
            const Parse result = scanQuoted(p, out, &lines);
            if (result != Parse::Record)
                return result;
            m_fields.emplace_back(from, out - from);
        } else {
            if (const Parse result = scanUnquoted(p, end); result != Parse::Record)
                return result;
            m_fields.emplace_back(start, p - start);
        }
        // Bytes are at least as many as CsvReader's characters: within the limit here is within
        // it there; a longer field goes to CsvReader, which counts characters.
        if (p - start > CsvReader::s_defaultMaxFieldSize)
            return Parse::Unsupported;
        if (p == end)
            break; // the last record, without a line end
        if (*p == m_delimiter) {
            ++p;
            continue;
        }
        if (*p == '\r') {
            if (p + 1 == end && !m_eof)
                return Parse::NeedMore;
            p += (p + 1 < end && p[1] == '\n') ? 2 : 1;
        } else {
            ++p;
        }
        ++lines;
        break;
    }
    m_pos = p - begin;
    *newlines = lines;
    return Parse::Record;
}

} // namespace Exchange
