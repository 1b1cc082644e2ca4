#pragma once

#include "models/reviewpack.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <array>
#include <functional>
#include <memory>
#include <vector>

class QTemporaryFile;

namespace Models {

/// Every ticket line of a review pack's data appendix (breaches, notable and delivered tickets),
/// in bounded memory: lines are held up to a budget, beyond it each table's held lines are written
/// to a temporary file as a run (the breaches sorted by breach instant and key first), and
/// forEach() reads the runs back in order — the breaches merged. A month of a million-ticket
/// engagement has 96,500 lines (45 MB held); a small pack never touches the disk. The temporary
/// files are unnamed where the system allows it and removed with the object, so a kill, an error
/// or a cancelled load leaves nothing behind.
class ReviewPackLines
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPackLines)

public:
    enum class Table { Breaches, Notable, Delivered };
    static constexpr int TableCount = 3;
    /// Bytes of lines held (all tables) before they are written out.
    static constexpr qsizetype DefaultBudget = 4 * 1024 * 1024;

    explicit ReviewPackLines(qsizetype budget = DefaultBudget);
    ~ReviewPackLines();
    ReviewPackLines(const ReviewPackLines &) = delete;
    ReviewPackLines &operator=(const ReviewPackLines &) = delete;

    /// Adds a line: the breaches in any order, the others in the order they are to be read.
    void append(Table table, const ReviewTicket &line);
    qsizetype count(Table table) const { return m_tables[std::size_t(table)].count; }
    /// How many runs went to temporary files so far (all tables).
    int runsWritten() const;
    /// The first failure to write a temporary file (translated), empty when none.
    QString error() const { return m_error; }

    /// Calls `visit` with every line of `table` in order: the breaches by breach instant, then by
    /// key; the others as appended. False when a temporary file could not be written or read back
    /// (`error` says why) or when `visit` returned false (`error` left as it is).
    bool forEach(Table table, const std::function<bool(const ReviewTicket &)> &visit, QString *error) const;

private:
    struct Lines
    {
        QVector<ReviewTicket> held;
        std::vector<std::unique_ptr<QTemporaryFile>> runs;
        std::vector<qsizetype> runCounts;
        qsizetype count = 0;
    };
    bool writeRuns();
    bool writeRun(Table table, Lines *lines);

    qsizetype m_budget;
    qsizetype m_held = 0; ///< bytes of every table's held lines, with their bookkeeping
    std::array<Lines, TableCount> m_tables;
    QString m_error;
};

/// The order of the breaches in a pack and its appendix: by breach instant, then by key.
bool reviewBreachBefore(const ReviewTicket &a, const ReviewTicket &b);

} // namespace Models
