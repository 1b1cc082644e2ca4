#pragma once

#include "models/domain/capacity/budgetpolicy.h"
#include "models/domain/capacity/budgetsplit.h"
#include "models/domain/capacity/ledgermonth.h"
#include "models/domain/changestamp.h"
#include "models/domain/engagement.h"
#include "models/engagementlistmodel.h"
#include "models/storage/bundlewriter.h"
#include "models/storage/database.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <functional>
#include <memory>

class QTimer;

namespace Storage {
class ChangeWatch;
class TicketIdSet;
} // namespace Storage

namespace Domain {
class BusinessCalendar;
struct SlaPolicy;
} // namespace Domain

namespace Models {

struct CalendarView;
struct SlaPolicyView;

/// One month of an engagement as the budget ledger sees it (the Overview's table).
struct ActivityMonth
{
    Domain::LedgerMonth ledger; ///< used against the budget, budget (available), carried in
    Domain::BudgetSplit split;  ///< the month's logged time up to today by class (outside the contract…)
    bool operator==(const ActivityMonth &o) const { return ledger == o.ledger && split == o.split; }
};

/// What has happened on an engagement: for the overview page.
struct EngagementActivity
{
    qint64 tickets = 0;
    QVector<ActivityMonth> months; ///< from the start month to the current (or end) month, oldest first
};

/// The open database as the UI sees it: the engagement list and the operations that change it.
/// Every change goes through here so that the list model, the pages and undo stay in step.
/// Failures are reported as values and through errorOccurred(); nothing here shows UI.
class Portfolio : public QObject
{
    Q_OBJECT

public:
    explicit Portfolio(QObject *parent = nullptr);
    ~Portfolio() override;

    /// Opens (and migrates) a database; on failure the previous one stays open. An offline
    /// bundle (see Storage::BundleWriter) is always opened read-only. A team database is opened
    /// with the password given for it in this session (connectTo()), if any: PasswordNeeded
    /// when the server asks for one that neither the session nor libpq (.pgpass) has.
    Storage::StorageError open(const QString &path,
                               Storage::Database::Access access = Storage::Database::Access::ReadWrite,
                               Storage::Database::Creation creation = Storage::Database::Creation::MustExist);
    /// Opens the team database at `address` (postgresql://...) with `password` (empty: libpq's
    /// PGPASSWORD or password file), which is kept in memory for this session's later openings
    /// of the same address (and reconnections) when the server accepted it; never written.
    Storage::StorageError connectTo(const QString &address, const QString &password);
    /// Whether `error` is the server asking for a (another) password: a question for the user
    /// (File › Connect to a team database…) rather than an error.
    static bool asksForPassword(const Storage::StorageError &error);
    /// Creates a new database at `path` with the demo portfolio as of `asOf` (seeded, deterministic).
    Storage::StorageError createDemo(const QString &path, const QDate &asOf);
    void close();

    bool isOpen() const { return m_database && m_database->isOpen(); }
    bool isReadOnly() const { return m_database && m_database->isReadOnly(); }
    QString path() const { return m_database ? m_database->path() : QString(); }
    /// The file name, or user@host/database of a team database (host and user left out when the
    /// address leaves them to libpq); empty when nothing is open.
    QString displayName() const;
    const Storage::Database *database() const { return m_database.get(); }
    EngagementListModel *engagements() const { return m_engagements; }
    /// What every import into this portfolio's database does inside its transaction before it
    /// commits (Storage::ImportSession::setBeforeCommit): brings the imported engagement's stored
    /// SLA results up to date, so that they never disagree with the tickets.
    std::function<Storage::StorageError(const Storage::Database &, qint64, const Storage::TicketIdSet &)>
    beforeImportCommit() const;
    /// What the open database is a copy of when it is an offline bundle; empty otherwise.
    const Storage::BundleInfo &bundleInfo() const { return m_bundleInfo; }

    /// Inserts the engagement (its id is set on success).
    Storage::StorageError addEngagement(Domain::Engagement *engagement);
    Storage::StorageError updateEngagement(const Domain::Engagement &engagement);
    /// The engagement's budget as the pages count it, who saved it last (BudgetLoader::load) and,
    /// when `monthStamps` is given, who set each month's own commitment.
    Storage::StorageError budget(qint64 id, Domain::BudgetPolicy *out, Domain::ChangeStamp *stamp,
                                 QMap<QDate, Domain::ChangeStamp> *monthStamps = nullptr) const;
    /// Saves the engagement's month overrides and rules over the version `*stamp` holds and sets
    /// it to the new one (BudgetLoader::save); engagementChanged() on success and on a conflict (the
    /// pages then show what the other user saved), errorOccurred() on failure.
    Storage::StorageError saveBudget(qint64 id, const Domain::BudgetPolicy &policy,
                                     Domain::ChangeStamp *stamp);
    /// The engagement's business calendar, who saved it and who shares it (CalendarLoader::view);
    /// an error is returned, not reported.
    Storage::StorageError calendar(qint64 id, CalendarView *out) const;
    /// The keys of the engagements counting on the stored calendar named `name` (none: empty).
    QStringList calendarUsers(const QString &name) const;
    /// Makes the engagement count on `calendar`, saved over what `read` showed
    /// (CalendarLoader::save); `users` gets the engagements counting on it now, whose stored SLA
    /// results the caller brings up to date. engagementChanged() for each of them on success and
    /// for the engagement on a conflict; errorOccurred() on failure.
    Storage::StorageError saveCalendar(qint64 id, const Domain::BusinessCalendar &calendar,
                                       const CalendarView &read, QStringList *users);
    /// The engagement's SLA policy and who added each version (SlaPolicyLoader::view); an error
    /// is returned, not reported.
    Storage::StorageError slaPolicy(qint64 id, SlaPolicyView *out) const;
    /// Adds `version` to the policy `read` showed (SlaPolicyLoader::addVersion); the caller brings
    /// the stored SLA results up to date. engagementChanged() on success and when another user
    /// stored a version of that date meanwhile (Duplicate: returned, not reported, as the caller
    /// says it in its own words); errorOccurred() on any other failure.
    Storage::StorageError addSlaPolicyVersion(qint64 id, const SlaPolicyView &read,
                                              const Domain::SlaPolicy &version);
    /// The stored SLA results of engagement `id` were recomputed (SlaRecomputer, off the GUI
    /// thread): engagementChanged() so that the pages read them again.
    void resultsRecomputed(qint64 id);
    /// Deletes the engagement; restoreEngagement() brings it back until the database is reopened.
    Storage::StorageError removeEngagement(qint64 id);
    Storage::StorageError restoreEngagement(qint64 id);
    /// Reads the engagement list again (what others changed); errors as every operation's.
    Storage::StorageError refresh();
    /// Whether to look for changes others commit (while the window is active): on PostgreSQL the
    /// notifications are then taken up and a lost connection reopened, on SQLite the change
    /// counter is read, every `intervalMs`. changedElsewhere() says when there are some.
    void setWatching(bool watching, int intervalMs = 2000);
    bool isWatching() const;

    /// The stored value of one engagement; an invalid (id 0) engagement when missing.
    Domain::Engagement engagement(qint64 id) const;
    /// The engagement's tickets and its months read from the budget ledger as of `now` (the same
    /// figures as the Burn-down and Portfolio burn pages).
    Storage::StorageError activity(qint64 id, const QDateTime &now, EngagementActivity *out) const;

signals:
    /// The open database is about to be closed or replaced: a reader running on a worker thread
    /// over database() must be finished (destroy its job) before this returns.
    void aboutToReleaseDatabase();
    void opened(const QString &path);
    void closed();
    void engagementChanged(qint64 id);
    void errorOccurred(const QString &message);
    /// Another user or program committed a change to the open database (setWatching()).
    void changedElsewhere();

private:
    Storage::StorageError openWith(const QString &path, Storage::Database::Access access,
                                   Storage::Database::Creation creation, const QString &password);
    Storage::StorageError reload();
    Storage::StorageError report(const Storage::StorageError &error);
    void lookForChanges();
    static QString passwordKey(const QString &location);

    std::unique_ptr<Storage::Database> m_database;
    EngagementListModel *m_engagements;
    Storage::BundleInfo m_bundleInfo;
    std::unique_ptr<Storage::ChangeWatch> m_watch;
    QTimer *m_watchTimer;
    Storage::StorageError::Kind m_lastWatchError = Storage::StorageError::Kind::None;
    QHash<QString, QString> m_passwords; ///< this session's passwords by address; in memory only
};

} // namespace Models
