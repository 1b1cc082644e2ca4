#pragma once

#include <QDateTime>
#include <functional>

namespace Domain {

/// The source of "now". Domain logic never reads the wall clock: it takes a Clock (or a `now`
/// argument) so that tests and replays are deterministic.
class Clock
{
public:
    using NowFunction = std::function<qint64()>;

    /// The system clock (UTC epoch seconds).
    static Clock system()
    {
        return Clock([] { return QDateTime::currentSecsSinceEpoch(); });
    }
    /// A clock frozen at `epochSeconds`.
    static Clock fixed(qint64 epochSeconds)
    {
        return Clock([epochSeconds] { return epochSeconds; });
    }

    qint64 now() const { return m_now(); }

private:
    explicit Clock(NowFunction now) : m_now(std::move(now)) {}
    NowFunction m_now;
};

} // namespace Domain
