#include "models/reviewfingerprintrows.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryFile>
#include <QtEndian>

#include <algorithm>
#include <queue>

namespace Models {

namespace {

/// What a held row costs beyond its bytes (the array header and the list's pointer).
constexpr qsizetype s_rowOverhead = 40;
constexpr qsizetype s_writeBlock = 1024 * 1024;

/// One sorted batch read back a row at a time: a 4-byte length, then the row.
class BatchReader
{
public:
    explicit BatchReader(QTemporaryFile *file) : m_file(file) {}

    /// False at the end of the batch or on a short read (`failed`).
    bool next(QByteArray *row)
    {
        char length[4];
        const qint64 got = m_file->read(length, 4);
        if (got == 0)
            return false;
        const quint32 size = qFromLittleEndian<quint32>(length);
        *row = got == 4 ? m_file->read(size) : QByteArray();
        if (got != 4 || row->size() != qsizetype(size)) {
            m_failed = true;
            return false;
        }
        return true;
    }
    bool failed() const { return m_failed; }

private:
    QTemporaryFile *m_file;
    bool m_failed = false;
};

} // namespace

ReviewFingerprintRows::ReviewFingerprintRows(qsizetype budget) : m_budget(budget)
{
}

ReviewFingerprintRows::~ReviewFingerprintRows() = default;

void ReviewFingerprintRows::append(QByteArray row)
{
    m_held += row.size() + s_rowOverhead;
    ++m_count;
    m_rows.append(std::move(row));
    if (m_held >= m_budget && m_error.isEmpty())
        writeBatch();
}

bool ReviewFingerprintRows::writeBatch()
{
    std::sort(m_rows.begin(), m_rows.end());
    auto file = std::make_unique<QTemporaryFile>(
        QDir(QDir::tempPath()).filePath(QStringLiteral("deliverydesk-fingerprint-XXXXXX")));
    if (!file->open()) {
        m_error = tr("Cannot write a temporary file for the data fingerprint in %1: %2")
                      .arg(QDir::toNativeSeparators(QDir::tempPath()), file->errorString());
        return false;
    }
    QByteArray block;
    block.reserve(s_writeBlock + 4);
    const auto flush = [&]() {
        const bool written = file->write(block) == block.size();
        block.resize(0);
        return written;
    };
    bool written = true;
    for (const QByteArray &row : std::as_const(m_rows)) {
        char length[4];
        qToLittleEndian<quint32>(quint32(row.size()), length);
        block.append(length, 4).append(row);
        if (block.size() >= s_writeBlock)
            written = written && flush();
    }
    written = written && flush() && file->flush();
    if (!written) {
        m_error = tr("Cannot write a temporary file for the data fingerprint in %1: %2")
                      .arg(QDir::toNativeSeparators(QDir::tempPath()), file->errorString());
        return false;
    }
    m_batches.push_back(std::move(file));
    m_rows.clear();
    m_rows.squeeze();
    m_held = 0;
    return true;
}

bool ReviewFingerprintRows::hash(QByteArray *hex, QString *error)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    const auto add = [&sha](const QByteArray &row) {
        sha.addData(row);
        sha.addData(QByteArrayView("\n", 1));
    };
    if (!m_error.isEmpty()) {
        *error = m_error;
        return false;
    }
    std::sort(m_rows.begin(), m_rows.end());
    if (m_batches.empty()) {
        for (const QByteArray &row : std::as_const(m_rows))
            add(row);
        *hex = sha.result().toHex();
        return true;
    }
    // A k-way merge of the batches and the rows still held (source m_batches.size()).
    std::vector<BatchReader> readers;
    readers.reserve(m_batches.size());
    for (const std::unique_ptr<QTemporaryFile> &file : m_batches) {
        if (!file->seek(0)) {
            *error = tr("Cannot read back a temporary file of the data fingerprint.");
            return false;
        }
        readers.emplace_back(file.get());
    }
    using Head = std::pair<QByteArray, std::size_t>;
    const auto later = [](const Head &a, const Head &b) { return b.first < a.first; };
    std::priority_queue<Head, std::vector<Head>, decltype(later)> heads(later);
    qsizetype nextHeld = 0;
    const auto pull = [&](std::size_t source) {
        QByteArray row;
        if (source < readers.size()) {
            if (readers[source].next(&row))
                heads.emplace(std::move(row), source);
        } else if (nextHeld < m_rows.size()) {
            heads.emplace(m_rows.at(nextHeld++), source);
        }
    };
    for (std::size_t source = 0; source <= readers.size(); ++source)
        pull(source);
    while (!heads.empty()) {
        const std::size_t source = heads.top().second;
        add(heads.top().first);
        heads.pop();
        pull(source);
    }
    for (const BatchReader &reader : readers) {
        if (reader.failed()) {
            *error = tr("Cannot read back a temporary file of the data fingerprint.");
            return false;
        }
    }
    *hex = sha.result().toHex();
    return true;
}

} // namespace Models
