#include "models/supportmodelwhatifjob.h"

#include <memory>

namespace Models {

bool SupportModelWhatIfJob::start(const Domain::Engagement &engagement, int months, const QDateTime &now)
{
    return run([this, engagement, months, now]() -> Delivery {
        auto data = std::make_shared<SupportModelWhatIfData>();
        const SupportModelWhatIfLoader::Error error =
            SupportModelWhatIfLoader(database()).load(engagement, months, now, data.get(), [this] {
                return isCancelRequested();
            });
        if (error)
            *data = SupportModelWhatIfData();
        return [this, engagement, months, data, error](bool cancelled) {
            m_engagement = engagement;
            m_months = months;
            m_data = std::move(*data);
            m_error = error;
            emit finished(cancelled);
        };
    });
}

} // namespace Models
