#include "models/domain/capacity/rolloverrule.h"

#include <QtGlobal>

#include <algorithm>

namespace Domain {

int RolloverRule::carryableMinutes(int unusedMinutes, int committedMinutes) const
{
    if (unusedMinutes <= 0)
        return 0;
    switch (carry) {
    case Carry::None:
        return 0;
    case Carry::UpToMinutes:
        return std::clamp(unusedMinutes, 0, std::max(capMinutes, 0));
    case Carry::UpToPercent: {
        // Rounded down: a cap never grants a minute the contract does not.
        const qint64 cap = qint64(std::max(committedMinutes, 0)) * std::clamp(capPercent, 0, 100) / 100;
        return int(std::min<qint64>(unusedMinutes, cap));
    }
    }
    return 0;
}

} // namespace Domain
