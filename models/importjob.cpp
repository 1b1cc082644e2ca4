#include "models/importjob.h"

#include "models/storage/database.h"

#include <QThread>

namespace Models {

ImportJob::ImportJob(const Storage::Database &database, Storage::ImportSession::BeforeCommitHook beforeCommit,
                     const Domain::Engagement &engagement, const QString &path,
                     const Storage::ImportSession::Options &options, QObject *parent)
    : QObject(parent), m_database(database), m_beforeCommit(std::move(beforeCommit)),
      m_engagement(engagement), m_path(path), m_options(options)
{
    qRegisterMetaType<Storage::ImportReport>();
}

ImportJob::~ImportJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ImportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { work(); });
    connect(m_thread, &QThread::finished, this, &ImportJob::ended);
    m_thread->start();
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

Storage::ImportReport ImportJob::report() const
{
    QMutexLocker lock(&m_mutex);
    return m_report;
}

void ImportJob::cancel()
{
    m_cancel.cancel();
    decide(Decision::Discard);
}

void ImportJob::commit()
{
    decide(Decision::Commit);
}

void ImportJob::discard()
{
    decide(Decision::Discard);
}

void ImportJob::decide(Decision decision)
{
    QMutexLocker lock(&m_mutex);
    if (m_decision == Decision::None)
        m_decision = decision;
    m_decided.wakeAll();
}

ImportJob::Decision ImportJob::waitForDecision()
{
    QMutexLocker lock(&m_mutex);
    while (m_decision == Decision::None)
        m_decided.wait(&m_mutex);
    return m_decision;
}

void ImportJob::work()
{
    stageAndDecide();
    // Every query of this thread is gone now: leave no connection behind.
    m_database.releaseThreadConnection();
}

void ImportJob::stageAndDecide()
{
    // Everything below runs on the worker thread: the session's transaction belongs to this
    // thread's connection. Signals are queued to the job's thread.
    Storage::ImportSession session(m_database, m_engagement);
    session.setCancelFlag(m_cancel.flag());
    session.setBeforeCommit(m_beforeCommit);
    session.setProgressHandler([this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
    });
    m_cancel.attach(m_database);
    Storage::ImportReport report = session.stage(m_path, m_options);
    m_cancel.detach(); // a decided commit runs to its end; a rollback must run
    if (session.isPending()) {
        Decision decision = Decision::Commit;
        if (!(m_autoCommit && report.isAcceptable())) {
            {
                QMutexLocker lock(&m_mutex);
                m_report = report;
            }
            QMetaObject::invokeMethod(
                this, [this, report] { emit staged(report); }, Qt::QueuedConnection);
            decision = waitForDecision();
        }
        if (decision == Decision::Commit && !m_cancel.isCancelled())
            session.commit(&report);
        else
            session.rollback(&report, m_cancel.isCancelled() ? Storage::ImportReport::Outcome::Cancelled
                                                             : Storage::ImportReport::Outcome::Declined);
    }
    {
        QMutexLocker lock(&m_mutex);
        m_report = report;
    }
    QMetaObject::invokeMethod(
        this, [this, report] { emit finished(report); }, Qt::QueuedConnection);
}

} // namespace Models
