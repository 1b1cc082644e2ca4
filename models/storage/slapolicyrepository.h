#pragma once

#include "models/domain/changestamp.h"
#include "models/domain/engagement.h"
#include "models/domain/sla/slapolicyhistory.h"
#include "models/storage/storageerror.h"

#include <QMap>

namespace Storage {

class Database;

/// What saving a policy history changed.
struct PolicyVersionCounts
{
    int added = 0;     ///< versions with a new effective date
    int unchanged = 0; ///< versions already stored exactly like this
    bool operator==(const PolicyVersionCounts &o) const
    {
        return added == o.added && unchanged == o.unchanged;
    }
};

/// SLA policies of engagements (table `sla_policies`). One row per policy VERSION: the row's
/// `effective_from` is the version's effective date and its `definition` is a policy file
/// (Exchange::PolicyFile) holding that one version and the policy's name. Rows are only ever
/// inserted — a version is never rewritten, so tickets evaluated under it keep their result — and
/// UNIQUE (engagement_id, effective_from) enforces it. The policy name is the one of the latest
/// version.
class SlaPolicyRepository
{
public:
    explicit SlaPolicyRepository(const Database &database);

    /// The stored versions of the engagement's policy, by effective date; empty when none.
    StorageError history(qint64 engagementId, Domain::SlaPolicyHistory *out) const;
    /// Who added each stored version, by effective date; empty when none is stored.
    StorageError versionStamps(qint64 engagementId, QMap<QDate, Domain::ChangeStamp> *out) const;
    /// The stored history, or when none is stored defaultPolicy() of the engagement.
    /// `isStored` (optional) tells which. NotFound when there is no such engagement.
    StorageError historyFor(qint64 engagementId, Domain::SlaPolicyHistory *out,
                            bool *isStored = nullptr) const;
    /// Adds one version. A version on an already stored effective date is refused as Duplicate
    /// (even when equal); an invalid version (SlaPolicy::validate) is refused as Query.
    StorageError addVersion(qint64 engagementId, const Domain::SlaPolicy &version,
                            const QString &name = {}) const;
    /// Saves every version of `history` in one transaction: new dates are added, versions stored
    /// exactly like this are left alone, and a version that would change a stored one refuses the
    /// whole save (Duplicate, naming the date) with nothing written.
    StorageError save(qint64 engagementId, const Domain::SlaPolicyHistory &history,
                      PolicyVersionCounts *counts = nullptr) const;

    /// The policy of an engagement without a stored one, one version effective from the
    /// engagement's start (or 2000-01-01 when it has none), chosen by its support model:
    /// - ManagedService: targets for all severities, the response clock 24×7 on every severity,
    ///   severity 1 resolution 24×7;
    /// - SlaHotfix: targets for all severities on business hours, severity 1 24×7 when the
    ///   engagement has 24×7 severity-1 cover;
    /// - SlaCriticalDedicated: targets for severities 1 and 2 only (critical incidents; 3 and 4
    ///   are delivery work without SLA), severity 1 24×7 when covered;
    /// - FixedCapacity: a light policy — first-response targets only, no resolution targets,
    ///   90 % target, since the contract sells hours, not resolution times.
    /// The minutes are in docs/sla/calendar-and-policy-store.md.
    static Domain::SlaPolicyHistory defaultPolicy(const Domain::Engagement &engagement);

private:
    const Database &m_database;
};

} // namespace Storage
