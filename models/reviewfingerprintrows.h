#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <memory>
#include <vector>

class QTemporaryFile;

namespace Models {

/// The canonical rows of a governance review's fingerprint as the pack's loader makes them, hashed
/// as ReviewFingerprint::of() hashes them (sorted, each followed by '\n'), in bounded memory: rows
/// are held up to a budget, beyond it each batch is sorted and written to a temporary file, and
/// the files are merged in order when the hash is taken. A month of a million-ticket engagement
/// has 400,000 rows (90 MB); a small pack never touches the disk. The temporary files are unnamed
/// where the system allows it and removed with the object, so a kill leaves nothing behind.
class ReviewFingerprintRows
{
    Q_DECLARE_TR_FUNCTIONS(ReviewFingerprintRows)

public:
    /// Bytes of rows held before a batch is written out.
    static constexpr qsizetype DefaultBudget = 8 * 1024 * 1024;

    explicit ReviewFingerprintRows(qsizetype budget = DefaultBudget);
    ~ReviewFingerprintRows();
    ReviewFingerprintRows(const ReviewFingerprintRows &) = delete;
    ReviewFingerprintRows &operator=(const ReviewFingerprintRows &) = delete;

    void append(QByteArray row);
    /// How many rows were appended.
    qsizetype size() const { return m_count; }
    /// How many batches went to temporary files so far.
    int batchesWritten() const { return int(m_batches.size()); }

    /// The lower-case hex SHA-256 of every row appended, sorted; false with `error` (translated)
    /// when a temporary file could not be written or read back.
    bool hash(QByteArray *hex, QString *error);

private:
    bool writeBatch();

    qsizetype m_budget;
    qsizetype m_held = 0; ///< bytes of m_rows, with a row's bookkeeping
    qsizetype m_count = 0;
    QVector<QByteArray> m_rows;
    std::vector<std::unique_ptr<QTemporaryFile>> m_batches;
    QString m_error; ///< the first failure, reported by hash()
};

} // namespace Models
