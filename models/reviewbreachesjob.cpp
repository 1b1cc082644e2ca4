#include "models/reviewbreachesjob.h"

#include <memory>

namespace Models {

namespace {

struct Read
{
    QVector<ReviewBreachRow> rows;
    QHash<qint64, ReviewBreachTexts> firstTexts;
    std::optional<qint64> evaluatedAt;
    Storage::StorageError error;
};

} // namespace

bool ReviewBreachesJob::start(const Domain::Engagement &engagement, const QDate &periodStart,
                              const QDate &periodEnd)
{
    return run([this, engagement, periodStart, periodEnd]() -> Delivery {
        auto read = std::make_shared<Read>();
        const ReviewBreachesLoader loader(database());
        read->error = loader.loadRows(engagement, periodStart, periodEnd, &read->rows, &read->evaluatedAt,
                                      [this] { return isCancelRequested(); });
        if (!read->error && !isCancelRequested()) {
            QVector<qint64> ids;
            for (qsizetype i = 0; i < qMin(read->rows.size(), qsizetype(FirstTexts)); ++i)
                ids.append(read->rows.at(i).ticketId);
            read->error = loader.loadTexts(engagement, ids, &read->firstTexts);
        }
        if (read->error) {
            read->rows.clear();
            read->firstTexts.clear();
        }
        return [this, read, engagement, periodStart, periodEnd](bool cancelled) {
            m_engagement = engagement;
            m_periodStart = periodStart;
            m_periodEnd = periodEnd;
            m_rows = std::move(read->rows);
            m_firstTexts = std::move(read->firstTexts);
            m_evaluatedAt = read->evaluatedAt;
            m_error = read->error;
            emit finished(cancelled);
        };
    });
}

void ReviewBreachesJob::clear()
{
    m_rows = {};
    m_firstTexts = {};
}

} // namespace Models
