#pragma once

#include "models/domain/engagement.h"
#include "models/domain/supportmodelwhatif.h"
#include "models/storage/storageerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QVector>

#include <functional>

namespace Storage {
class Database;
}

namespace Models {

/// The what-if of one engagement: its last complete months replayed under each support model.
struct SupportModelWhatIfData
{
    Domain::Engagement engagement;
    QDate firstMonth;          ///< first day of the first month replayed
    QDate lastMonth;           ///< first day of the last month replayed
    int months = 0;            ///< months replayed (fewer than asked when the engagement is younger)
    bool policyStored = false; ///< false: each model replayed under its own default policy
    QString calendarName;      ///< the calendar business hours were counted on
    bool calendarAlwaysOpen = false;
    QVector<Domain::WhatIfModelResult> results; ///< one per model, in SupportModel order
};

/// Reads an engagement's tickets, worklogs, calendar, budget, allocations and SLA policy and
/// replays them (Domain::SupportModelWhatIf). Used by the models page and `deliverydesk whatif`.
class SupportModelWhatIfLoader
{
    Q_DECLARE_TR_FUNCTIONS(SupportModelWhatIfLoader)

public:
    static constexpr int DefaultMonths = 3;
    static constexpr int MaxMonths = 36;
    /// The tickets read and replayed at a time: the memory of a few thousand tickets, not of the
    /// period's (a quarter of a million-ticket engagement is 250,000 tickets).
    static constexpr int DefaultChunkSize = 4096;

    enum class Problem {
        None,
        MonthsOutOfRange, ///< months not within 1–MaxMonths
        NoCompleteMonth,  ///< the engagement has no complete month before the month of `now`
        Storage,
    };
    struct Error
    {
        Problem problem = Problem::None;
        Storage::StorageError storage;
        explicit operator bool() const { return problem != Problem::None; }
        QString message(const Domain::Engagement &engagement) const;
    };

    explicit SupportModelWhatIfLoader(const Storage::Database &database);

    /// The last `months` complete months before the month of `now` (in the engagement's zone),
    /// from the engagement's start month at the earliest. `cancelled`, when given, is asked
    /// between the chunks of tickets: true ends the read early (no error, `out` empty).
    [[nodiscard]] Error load(const Domain::Engagement &engagement, int months, const QDateTime &now,
                             SupportModelWhatIfData *out, const std::function<bool()> &cancelled = {}) const;

    /// The tickets replayed at a time (the tests replay in chunks of a few to check the seams).
    void setChunkSize(int tickets) { m_chunkSize = qMax(1, tickets); }

private:
    const Storage::Database &m_database;
    int m_chunkSize = DefaultChunkSize;
};

} // namespace Models
