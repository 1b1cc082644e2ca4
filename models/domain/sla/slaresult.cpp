#include "models/domain/sla/slaresult.h"

#include <array>

namespace Domain {

namespace {
const std::array<const char *, SlaStateCount> s_stateIds = {"met",     "breached", "running",
                                                            "at-risk", "paused",   "invalid"};
}

QString slaStateId(SlaState state)
{
    return QLatin1String(s_stateIds.at(std::size_t(state)));
}

bool slaStateFromId(const QString &id, SlaState *state)
{
    for (std::size_t i = 0; i < s_stateIds.size(); ++i) {
        if (id.compare(QLatin1String(s_stateIds[i]), Qt::CaseInsensitive) == 0) {
            if (state)
                *state = static_cast<SlaState>(i);
            return true;
        }
    }
    return false;
}

} // namespace Domain
