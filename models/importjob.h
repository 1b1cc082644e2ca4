#pragma once

#include "models/cancelrelay.h"
#include "models/storage/importsession.h"

#include <QMutex>
#include <QObject>
#include <QWaitCondition>

class QThread;

namespace Models {

/// One import run off the GUI thread, for the import wizard.
///
/// start() reads and stages the file on a worker thread that opens its own connection
/// (Storage::Database::connection() on that thread) and emits progress(); staged() then brings
/// the report while the transaction stays open, and the worker waits for the user: commit() or
/// discard(). finished() always comes last, with the final outcome. cancel() stops reading and
/// staging at once — the statement running then fails, a wait for another program's lock ends —
/// or discards a staged import; a commit under way is not cancelled. With setAutoCommit(true) an acceptable
/// import is committed without waiting (what the command line does). ended() says the worker thread is gone:
/// deleting the job then waits for nothing. Destroying the job earlier cancels it and waits for the worker.
/// `beforeCommit` runs inside the import's transaction before it commits (the portfolio's
/// Models::Portfolio::beforeImportCommit(); empty: nothing).
class ImportJob : public QObject
{
    Q_OBJECT

public:
    ImportJob(const Storage::Database &database, Storage::ImportSession::BeforeCommitHook beforeCommit,
              const Domain::Engagement &engagement, const QString &path,
              const Storage::ImportSession::Options &options, QObject *parent = nullptr);
    ~ImportJob() override;

    void setAutoCommit(bool autoCommit) { m_autoCommit = autoCommit; }
    void start();
    bool isRunning() const;
    /// The last report (staged or final).
    Storage::ImportReport report() const;

public slots:
    void cancel();
    /// Commits a staged import (rolled back instead when the report does not allow it).
    void commit();
    void discard();

signals:
    void progress(qint64 bytesRead, qint64 bytesTotal);
    /// The report of a staged import; the job now waits for commit() or discard().
    void staged(const Storage::ImportReport &report);
    void finished(const Storage::ImportReport &report);
    /// After finished(): the worker thread has ended.
    void ended();

private:
    enum class Decision { None, Commit, Discard };
    void work();
    void stageAndDecide();
    Decision waitForDecision();
    void decide(Decision decision);

    const Storage::Database &m_database;
    Storage::ImportSession::BeforeCommitHook m_beforeCommit;
    Domain::Engagement m_engagement;
    QString m_path;
    Storage::ImportSession::Options m_options;
    bool m_autoCommit = false;
    QThread *m_thread = nullptr;
    CancelRelay m_cancel;
    mutable QMutex m_mutex;
    QWaitCondition m_decided;
    Decision m_decision = Decision::None;
    Storage::ImportReport m_report;
};

} // namespace Models

Q_DECLARE_METATYPE(Storage::ImportReport)
