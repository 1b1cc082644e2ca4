#include "models/portfolio.h"

#include "models/budgetloader.h"
#include "models/burndownloader.h"
#include "models/calendarloader.h"
#include "models/domain/capacity/workingdays.h"
#include "models/domain/demoportfolio.h"
#include "models/slapolicyloader.h"
#include "models/slarecomputer.h"
#include "models/storage/changewatch.h"
#include "models/storage/demodatawriter.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/worklogrepository.h"
#include "models/storagetext.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>
#include <QTimer>

namespace Models {

Portfolio::Portfolio(QObject *parent)
    : QObject(parent), m_engagements(new EngagementListModel(this)), m_watchTimer(new QTimer(this))
{
    connect(m_watchTimer, &QTimer::timeout, this, &Portfolio::lookForChanges);
}

Portfolio::~Portfolio() = default;

Storage::StorageError Portfolio::report(const Storage::StorageError &error)
{
    if (error)
        emit errorOccurred(StorageText::message(error));
    return error;
}

QString Portfolio::passwordKey(const QString &location)
{
    if (!Storage::ServerAddress::isServerAddress(location))
        return location;
    QString problem;
    const Storage::ServerAddress address = Storage::ServerAddress::parse(location, &problem);
    return problem.isEmpty() ? address.display() : location;
}

Storage::StorageError Portfolio::open(const QString &path, Storage::Database::Access access,
                                      Storage::Database::Creation creation)
{
    return openWith(path, access, creation, m_passwords.value(passwordKey(path)));
}

Storage::StorageError Portfolio::connectTo(const QString &address, const QString &password)
{
    const Storage::StorageError error = openWith(address, Storage::Database::Access::ReadWrite,
                                                 Storage::Database::Creation::MustExist, password);
    // Kept only once the server took it: a wrong one must not be tried again by itself.
    if (!error && !password.isEmpty())
        m_passwords.insert(passwordKey(address), password);
    return error;
}

bool Portfolio::asksForPassword(const Storage::StorageError &error)
{
    return error.kind == Storage::StorageError::Kind::PasswordNeeded ||
           error.kind == Storage::StorageError::Kind::PasswordRefused;
}

Storage::StorageError Portfolio::openWith(const QString &path, Storage::Database::Access access,
                                          Storage::Database::Creation creation, const QString &password)
{
    Storage::BundleInfo bundle;
    // A bundle opened read-write would be migrated and put in WAL mode: look before opening. A
    // file whose bundle rows cannot be read is opened as asked; Database::open says what is wrong.
    if (access == Storage::Database::Access::ReadWrite && QFile::exists(path) &&
        Storage::BundleWriter::readInfo(path, &bundle).isNull() && bundle.isBundle())
        access = Storage::Database::Access::ReadOnly;
    auto database = std::make_unique<Storage::Database>();
    database->setPassword(password);
    if (Storage::StorageError error = database->open(path, access, creation))
        return report(error);
    if (m_database)
        emit aboutToReleaseDatabase();
    m_watch.reset();
    m_database = std::move(database);
    m_watch = std::make_unique<Storage::ChangeWatch>(*m_database);
    connect(m_watch.get(), &Storage::ChangeWatch::changed, this, &Portfolio::changedElsewhere);
    m_lastWatchError = Storage::StorageError::Kind::None;
    if (m_watchTimer->isActive())
        lookForChanges(); // the first look starts watching the new database
    Storage::StorageError error = Storage::BundleWriter::readInfo(*m_database, &m_bundleInfo);
    // Deletions of the previous session can no longer be undone: remove them for good now.
    if (!error)
        error = Storage::EngagementRepository(*m_database).purgeDeleted();
    if (!error)
        error = reload();
    emit opened(m_database->path());
    return report(error);
}

Storage::StorageError Portfolio::createDemo(const QString &path, const QDate &asOf)
{
    if (QFile::exists(path)) {
        return report({Storage::StorageError::Kind::Duplicate, QStringLiteral("create demo database"), path,
                       QStringLiteral("a file already exists at this path")});
    }
    {
        Storage::Database database;
        Storage::StorageError error = database.open(path, Storage::Database::Access::ReadWrite,
                                                    Storage::Database::Creation::CreateIfMissing);
        if (!error)
            error = Storage::DemoDataWriter(database).write(Domain::DemoPortfolio::generate(asOf));
        // Stored SLA results as of the end of the demo's last day (or now, when that is today).
        const qint64 now =
            std::min(QDateTime::currentSecsSinceEpoch(),
                     QDateTime(asOf.addDays(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
        if (!error)
            error = SlaRecomputer::recomputeAll(database, now);
        if (error) {
            database.close();
            QFile::remove(path);
            return report(error);
        }
    }
    return open(path);
}

void Portfolio::close()
{
    if (!m_database)
        return;
    m_engagements->setEngagements({});
    emit aboutToReleaseDatabase();
    m_watch.reset();
    m_database.reset();
    m_bundleInfo = {};
    emit closed();
}

std::function<Storage::StorageError(const Storage::Database &, qint64, const Storage::TicketIdSet &)>
Portfolio::beforeImportCommit() const
{
    return SlaRecomputer::importHook();
}

Storage::StorageError Portfolio::reload()
{
    QVector<Domain::Engagement> all;
    const Storage::StorageError error = Storage::EngagementRepository(*m_database).all(&all);
    m_engagements->setEngagements(all);
    return error;
}

Storage::StorageError Portfolio::refresh()
{
    if (!isOpen())
        return {};
    return report(reload());
}

QString Portfolio::displayName() const
{
    if (!isOpen())
        return {};
    if (!m_database->isServer())
        return QFileInfo(m_database->path()).fileName();
    QString problem;
    const Storage::ServerAddress address = Storage::ServerAddress::parse(m_database->path(), &problem);
    QString name = address.database;
    if (!address.host.isEmpty())
        name.prepend(address.host + QLatin1Char('/'));
    if (!address.user.isEmpty())
        name.prepend(address.user + QLatin1Char('@'));
    return name;
}

void Portfolio::setWatching(bool watching, int intervalMs)
{
    if (!watching) {
        m_watchTimer->stop();
        return;
    }
    m_watchTimer->setInterval(intervalMs);
    if (!m_watchTimer->isActive()) {
        m_watchTimer->start();
        lookForChanges(); // at once: the window was away, and the first look starts the watch
    }
}

bool Portfolio::isWatching() const
{
    return m_watchTimer->isActive();
}

void Portfolio::lookForChanges()
{
    if (!m_watch)
        return;
    const Storage::StorageError error = m_watch->look();
    // Said once, not at every look while the server stays away.
    if (error && error.kind != m_lastWatchError)
        (void)report(error);
    m_lastWatchError = error.kind;
}

Storage::StorageError Portfolio::addEngagement(Domain::Engagement *engagement)
{
    if (!isOpen())
        return {};
    const Storage::StorageError error = Storage::EngagementRepository(*m_database).insert(engagement);
    if (!error) {
        m_engagements->addEngagement(*engagement);
        emit engagementChanged(engagement->id);
    }
    return report(error);
}

Storage::StorageError Portfolio::updateEngagement(const Domain::Engagement &engagement)
{
    if (!isOpen())
        return {};
    // The version this window last read or wrote, whatever `engagement` was copied from (an undo
    // step holds the version before its own save): a save over someone else's change is refused.
    Domain::Engagement saved = engagement;
    if (const int row = m_engagements->rowOf(engagement.id); row >= 0)
        saved.stamp = m_engagements->engagementAt(row).stamp;
    const Storage::StorageError error =
        Storage::EngagementRepository(*m_database).update(saved, &saved.stamp);
    if (!error) {
        m_engagements->updateEngagement(saved);
        emit engagementChanged(engagement.id);
    } else if (error.kind == Storage::StorageError::Kind::Conflict) {
        // Show what the other user saved (or that it is gone); the refused edit stays undone.
        if (const Storage::StorageError reloaded = reload())
            return report(reloaded);
        emit engagementChanged(engagement.id);
    }
    return report(error);
}

Storage::StorageError Portfolio::budget(qint64 id, Domain::BudgetPolicy *out, Domain::ChangeStamp *stamp,
                                        QMap<QDate, Domain::ChangeStamp> *monthStamps) const
{
    const Domain::Engagement e = engagement(id);
    if (!isOpen() || e.id == 0)
        return {Storage::StorageError::Kind::NotFound, QStringLiteral("read budget policy"),
                QString::number(id)};
    const BudgetLoader loader(*m_database);
    if (Storage::StorageError error = loader.load(e, out, stamp))
        return error;
    return monthStamps ? loader.monthStamps(e, monthStamps) : Storage::StorageError();
}

Storage::StorageError Portfolio::saveBudget(qint64 id, const Domain::BudgetPolicy &policy,
                                            Domain::ChangeStamp *stamp)
{
    const Domain::Engagement e = engagement(id);
    if (!isOpen() || e.id == 0)
        return report({Storage::StorageError::Kind::NotFound, QStringLiteral("save budget policy"),
                       QString::number(id)});
    const Storage::StorageError error = BudgetLoader(*m_database).save(e, policy, stamp);
    // On a conflict too: the pages then show the budget the other user saved.
    if (!error || error.kind == Storage::StorageError::Kind::Conflict)
        emit engagementChanged(id);
    return report(error);
}

Storage::StorageError Portfolio::calendar(qint64 id, CalendarView *out) const
{
    if (!isOpen())
        return {Storage::StorageError::Kind::NotFound, QStringLiteral("read engagement calendar"),
                QString::number(id)};
    return CalendarLoader(*m_database).view(id, out);
}

QStringList Portfolio::calendarUsers(const QString &name) const
{
    QStringList keys;
    if (isOpen() && CalendarLoader(*m_database).usersOf(name, &keys))
        keys.clear(); // the preview then names nobody; the save says who it changed
    return keys;
}

Storage::StorageError Portfolio::saveCalendar(qint64 id, const Domain::BusinessCalendar &calendar,
                                              const CalendarView &read, QStringList *users)
{
    const Domain::Engagement e = engagement(id);
    if (!isOpen() || e.id == 0)
        return report({Storage::StorageError::Kind::NotFound, QStringLiteral("save engagement calendar"),
                       QString::number(id)});
    users->clear();
    const Storage::StorageError error = CalendarLoader(*m_database).save(id, calendar, read, users);
    if (error.kind == Storage::StorageError::Kind::Conflict)
        emit engagementChanged(id); // the pages show the calendar the other user saved
    if (!error) {
        for (const QString &key : qAsConst(*users)) {
            const int row = m_engagements->rowOfKey(key);
            if (row >= 0)
                emit engagementChanged(m_engagements->engagementAt(row).id);
        }
    }
    return report(error);
}

Storage::StorageError Portfolio::slaPolicy(qint64 id, SlaPolicyView *out) const
{
    if (!isOpen())
        return {Storage::StorageError::Kind::NotFound, QStringLiteral("read SLA policy"),
                QString::number(id)};
    return SlaPolicyLoader(*m_database).view(id, out);
}

Storage::StorageError Portfolio::addSlaPolicyVersion(qint64 id, const SlaPolicyView &read,
                                                     const Domain::SlaPolicy &version)
{
    if (!isOpen() || engagement(id).id == 0)
        return report({Storage::StorageError::Kind::NotFound, QStringLiteral("add SLA policy version"),
                       QString::number(id)});
    const Storage::StorageError error = SlaPolicyLoader(*m_database).addVersion(id, read, version);
    if (!error || error.kind == Storage::StorageError::Kind::Duplicate) {
        emit engagementChanged(id); // the SLA page names the new version as newer than its results
        return error;
    }
    return report(error);
}

void Portfolio::resultsRecomputed(qint64 id)
{
    if (isOpen())
        emit engagementChanged(id);
}

Storage::StorageError Portfolio::removeEngagement(qint64 id)
{
    if (!isOpen())
        return {};
    const Storage::StorageError error = Storage::EngagementRepository(*m_database).remove(id);
    if (error)
        return report(error);
    m_engagements->removeEngagement(id);
    emit engagementChanged(id);
    return {};
}

Storage::StorageError Portfolio::restoreEngagement(qint64 id)
{
    if (!isOpen())
        return {};
    Storage::EngagementRepository repository(*m_database);
    Storage::StorageError error = repository.restore(id);
    std::optional<Domain::Engagement> restored;
    if (!error) {
        QVector<Domain::Engagement> all;
        error = repository.all(&all);
        for (const Domain::Engagement &e : qAsConst(all)) {
            if (e.id == id)
                restored = e;
        }
    }
    if (!error && restored) {
        m_engagements->addEngagement(*restored);
        emit engagementChanged(id);
    }
    return report(error);
}

Domain::Engagement Portfolio::engagement(qint64 id) const
{
    const int row = m_engagements->rowOf(id);
    return row < 0 ? Domain::Engagement() : m_engagements->engagementAt(row);
}

Storage::StorageError Portfolio::activity(qint64 id, const QDateTime &now, EngagementActivity *out) const
{
    *out = {};
    if (!isOpen())
        return {};
    if (Storage::StorageError error = Storage::TicketRepository(*m_database).count(id, &out->tickets))
        return error;
    const Domain::Engagement e = engagement(id);
    if (e.id == 0 || !e.start.isValid())
        return {};
    // The current month, or the month after the end (its closing balance) for an engagement that ended.
    QDate last = Domain::WorkingDays::monthStart(BurnDownLoader::todayIn(e, now));
    if (e.end.isValid() && last > Domain::WorkingDays::monthStart(e.end).addMonths(1))
        last = Domain::WorkingDays::monthStart(e.end).addMonths(1);
    if (last < Domain::WorkingDays::monthStart(e.start))
        return {};
    LedgerData data;
    const BurnDownLoader::Error error = BurnDownLoader(*m_database).loadLedger(e, last, now, &data);
    if (error.problem == BurnDownLoader::Problem::Storage)
        return error.storage;
    for (const Domain::LedgerMonth &month : data.ledger.months())
        out->months.append({month, data.splits.value(month.month)});
    return {};
}

} // namespace Models
