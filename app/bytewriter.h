#pragma once

#include <QByteArray>
#include <QString>
#include <QTextStream>

#include <cstring>
#include <optional>

namespace App {

/// Output written as UTF-8 bytes into a buffer and handed to the command's stream in blocks: a
/// command printing a million rows as CSV or JSON formats each value once, by hand, without a
/// QJsonDocument, a QDateTime or a QString per value. What it writes is byte for byte what
/// QJsonDocument (Indented) and QDateTime (Qt::ISODate) write (tst_bytewriter compares them).
class ByteWriter
{
public:
    explicit ByteWriter(QTextStream &out) : m_out(out) {}
    ~ByteWriter() { flush(); }
    ByteWriter(const ByteWriter &) = delete;
    ByteWriter &operator=(const ByteWriter &) = delete;

    // A row of JSON is a dozen short literals: resized into, not QByteArray::append()ed (its insert
    // was a third of `tickets list --format json`).
    ByteWriter &operator<<(const char *ascii)
    {
        const qsizetype size = qsizetype(std::strlen(ascii));
        const qsizetype at = m_buffer.size();
        m_buffer.resize(at + size);
        std::memcpy(m_buffer.data() + at, ascii, std::size_t(size));
        return *this;
    }
    ByteWriter &operator<<(char c)
    {
        const qsizetype at = m_buffer.size();
        m_buffer.resize(at + 1);
        m_buffer.data()[at] = c;
        return *this;
    }
    ByteWriter &operator<<(QStringView text)
    {
        appendUtf8(text);
        return *this;
    }
    ByteWriter &operator<<(const QString &text) { return *this << QStringView(text); }
    void appendNumber(qint64 value) { m_buffer.append(QByteArray::number(value)); }

    /// `text` as a JSON string, quotes included, escaped as QJsonDocument escapes it.
    void appendJsonString(QStringView text);
    /// `value` as QJsonDocument writes a double.
    void appendJsonDouble(double value);
    /// `epochSeconds` as QDateTime::fromSecsSinceEpoch(…, Qt::UTC).toString(Qt::ISODate) writes it.
    void appendIsoInstant(qint64 epochSeconds);
    void appendIsoInstant(const std::optional<qint64> &epochSeconds)
    {
        if (epochSeconds)
            appendIsoInstant(*epochSeconds);
    }
    /// A CSV cell: quoted (quotes doubled) when it holds the separator, a quote or a line break.
    void appendCsvCell(QStringView text, QChar separator = QLatin1Char(','));

    /// Hands the buffer to the stream when it holds a block (call after each row).
    void rowDone()
    {
        if (m_buffer.size() >= BlockSize)
            flush();
    }
    void flush();

private:
    static constexpr qsizetype BlockSize = 1 << 16;
    void appendUtf8(QStringView text);

    QTextStream &m_out;
    QByteArray m_buffer;
};

} // namespace App
