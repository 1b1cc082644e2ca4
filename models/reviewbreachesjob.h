#pragma once

#include "models/reviewbreachesloader.h"
#include "models/workerjob.h"

namespace Models {

/// Reads the breaches of a review period off the GUI thread for the Review page: their compact
/// rows (ReviewBreachesLoader::loadRows) and the texts of the first FirstTexts of them, so that
/// the first rows paint without a read. finished() comes on the job's thread; the accessors then
/// hold what was read. A month of a million tickets lists 33,000 breaches: a second of reading.
class ReviewBreachesJob : public WorkerJob
{
    Q_OBJECT

public:
    using WorkerJob::WorkerJob;

    /// Rows whose texts come with the read.
    static constexpr int FirstTexts = 100;

    /// As ReviewBreachesLoader::loadRows(); false (nothing started) while a read runs.
    bool start(const Domain::Engagement &engagement, const QDate &periodStart, const QDate &periodEnd);

    /// What the last finished read brought (a failed read: no rows, with error() set).
    const Domain::Engagement &engagement() const { return m_engagement; }
    QDate periodStart() const { return m_periodStart; }
    QDate periodEnd() const { return m_periodEnd; }
    const QVector<ReviewBreachRow> &rows() const { return m_rows; }
    const QHash<qint64, ReviewBreachTexts> &firstTexts() const { return m_firstTexts; }
    std::optional<qint64> evaluatedAt() const { return m_evaluatedAt; }
    const Storage::StorageError &error() const { return m_error; }
    /// Drops what was read (the model holds its own copy).
    void clear();

signals:
    void finished(bool cancelled);

private:
    Domain::Engagement m_engagement;
    QDate m_periodStart;
    QDate m_periodEnd;
    QVector<ReviewBreachRow> m_rows;
    QHash<qint64, ReviewBreachTexts> m_firstTexts;
    std::optional<qint64> m_evaluatedAt;
    Storage::StorageError m_error;
};

} // namespace Models
