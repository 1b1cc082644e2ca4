#pragma once

#include "models/domain/changestamp.h"
#include "models/domain/supportmodel.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Domain {

/// Why an engagement is not valid. The UI and the command line turn these into text.
enum class EngagementProblem {
    MissingKey,      ///< the short key is empty
    InvalidKey,      ///< the key has characters other than A–Z, 0–9, '-' and '_', or is too long
    MissingClient,   ///< no client name
    MissingStart,    ///< no start date
    EndBeforeStart,  ///< the end date lies before the start date
    NegativeHours,   ///< committed hours per month below zero
    AbsurdHours,     ///< committed hours per month above what a month can hold for a team
    UnknownTimeZone, ///< the time zone is not a known IANA id
    NoRolesCovered,  ///< a model that covers all roles has none selected
};

/// One client contract. Hours are kept in minutes, dates are the engagement's own dates.
struct Engagement
{
    qint64 id = 0; ///< storage id; 0 while not stored
    QString key;   ///< short, unique, e.g. "NORDSHOP"
    QString client;
    QString name; ///< optional display name of the contract
    SupportModel model = SupportModel::FixedCapacity;
    QDate start;
    QDate end; ///< null when open-ended
    QByteArray timeZone = "Europe/Stockholm";
    int committedMinutesPerMonth = 0;
    bool severity1Cover24x7 = false;
    QVector<Role> rolesCovered;
    QStringList optionalServices; ///< catalogue ids of contracted optional (L3) services
    QString notes;
    ChangeStamp stamp; ///< the stored row it was read from; not part of equality

    /// Upper bound for committed hours: a large team for a whole month (10 people × 184 h).
    static constexpr int MaxCommittedMinutesPerMonth = 10 * 184 * 60;

    /// Every problem, in the order of the form's fields. Empty when valid.
    QVector<EngagementProblem> validate() const;
    bool isValid() const { return validate().isEmpty(); }
    /// Whether the engagement runs on `date` (start ≤ date ≤ end, end open when null).
    bool isActiveOn(const QDate &date) const;

    bool operator==(const Engagement &o) const;
    bool operator!=(const Engagement &o) const { return !(*this == o); }
};

} // namespace Domain

Q_DECLARE_METATYPE(Domain::Engagement)
