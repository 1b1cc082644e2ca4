#include "models/reviewpackjob.h"

#include <memory>

namespace Models {

bool ReviewPackJob::start(const QString &engagementKey, const ReviewPeriod &period, const QDateTime &now,
                          const QString &preparedBy)
{
    return run([this, engagementKey, period, now, preparedBy]() -> Delivery {
        auto pack = std::make_shared<ReviewPack>();
        QString message;
        if (const ReviewPackLoader::Error error =
                ReviewPackLoader(database()).load(engagementKey, period, now, pack.get()))
            message = error.message(engagementKey, period.id(), pack->engagement);
        pack->preparedBy = preparedBy;
        return [this, pack, message](bool cancelled) {
            if (message.isEmpty() && !cancelled)
                m_pack = std::move(*pack);
            emit finished(message, cancelled);
        };
    });
}

} // namespace Models
