#pragma once

#include "models/domain/engagement.h"
#include "models/domain/supportmodelwhatif.h"
#include "models/storage/storageerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QVector>

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
    /// from the engagement's start month at the earliest.
    [[nodiscard]] Error load(const Domain::Engagement &engagement, int months, const QDateTime &now,
                             SupportModelWhatIfData *out) const;

private:
    const Storage::Database &m_database;
};

} // namespace Models
