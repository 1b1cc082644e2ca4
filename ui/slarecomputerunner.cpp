#include "ui/slarecomputerunner.h"

#include "models/portfolio.h"
#include "models/storagetext.h"
#include "ui/jobprogress.h"

#include <QLocale>
#include <QProgressDialog>

#include <utility>

namespace Gui {

SlaRecomputeRunner::SlaRecomputeRunner(Models::Portfolio *portfolio, QWidget *window)
    : QObject(window), m_portfolio(portfolio), m_window(window)
{
    // The worker writes through the database: it must be done before the database goes.
    connect(m_portfolio, &Models::Portfolio::aboutToReleaseDatabase, this, &SlaRecomputeRunner::abandon);
}

SlaRecomputeRunner::~SlaRecomputeRunner()
{
    abandon();
}

bool SlaRecomputeRunner::isRunning() const
{
    // Not the worker thread's state: finished() may come while its thread is still winding down,
    // and a run started right after it (the window's action enabled by it) must not be dropped.
    return m_running;
}

void SlaRecomputeRunner::start(qint64 engagementId, const QDateTime &now)
{
    start(QList<qint64>{engagementId}, now);
}

void SlaRecomputeRunner::start(const QList<qint64> &engagementIds, const QDateTime &now,
                               const QString &preface)
{
    if (isRunning() || engagementIds.isEmpty() || !m_portfolio->isOpen() || m_portfolio->isReadOnly())
        return;
    m_running = true;
    m_queue = engagementIds;
    m_preface = preface.isEmpty() ? QString() : preface + QLatin1Char(' ');
    m_doneKeys.clear();
    m_tickets = 0;
    m_stopping = false;
    m_now = (now.isValid() ? now : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    m_timer.start();
    startNext();
}

void SlaRecomputeRunner::startNext()
{
    Domain::Engagement engagement;
    while (engagement.id == 0 && !m_queue.isEmpty())
        engagement = m_portfolio->engagement(m_queue.takeFirst()); // a deleted one is skipped
    if (engagement.id == 0) {
        JobProgress::close(std::exchange(m_progress, nullptr));
        m_running = false;
        emit finished(false);
        return;
    }
    // The one before: later, as this may run inside its finished() (the next of a queue).
    if (m_job)
        m_job->deleteLater();
    m_engagementId = engagement.id;
    m_key = engagement.key;
    m_job = new Models::SlaRecomputer(*m_portfolio->database(), engagement.id, this);
    connect(m_job, &Models::SlaRecomputer::progress, this, &SlaRecomputeRunner::progressed);
    connect(m_job, &Models::SlaRecomputer::finished, this, &SlaRecomputeRunner::ended);
    const QString label = tr("Recomputing the SLA results of %1…").arg(m_key);
    if (m_progress) {
        m_progress->setLabelText(label);
        m_progress->setRange(0, 0);
    } else {
        m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, m_window);
        m_progress->setObjectName(QStringLiteral("slaRecomputeProgress"));
        m_progress->setWindowTitle(tr("Recompute SLA results"));
        JobProgress::setUp(m_progress);
        connect(m_progress, &QProgressDialog::canceled, this, &SlaRecomputeRunner::cancel);
    }
    m_job->start(m_now);
}

void SlaRecomputeRunner::cancel()
{
    if (!isRunning())
        return;
    m_queue.clear();
    m_stopping = true;
    m_job->cancel();
    if (m_progress)
        m_progress->setLabelText(tr("Stopping…"));
}

void SlaRecomputeRunner::progressed(qint64 done, qint64 total)
{
    if (!m_progress || total <= 0 || m_stopping)
        return;
    // QProgressDialog counts in int; per mille never overflows.
    m_progress->setMaximum(1000);
    m_progress->setValue(int(done * 1000 / total));
    m_progress->setLabelText(tr("Recomputing the SLA results of %1: %2 of %3 tickets…")
                                 .arg(m_key, QLocale().toString(done), QLocale().toString(total)));
}

void SlaRecomputeRunner::ended(const Storage::StorageError &error, bool cancelled)
{
    if (!cancelled && !error) {
        m_tickets += m_job->summary().tickets;
        m_doneKeys.append(m_key);
        m_portfolio->resultsRecomputed(m_engagementId);
        if (!m_queue.isEmpty()) {
            startNext();
            return;
        }
    }
    JobProgress::close(std::exchange(m_progress, nullptr));
    m_queue.clear();
    m_running = false;
    // What was recomputed before a cancel or a failure stays recomputed: say so.
    const QString before =
        m_doneKeys.isEmpty() || (!cancelled && !error)
            ? QString()
            : QLatin1Char(' ') + tr("Recomputed before it: %1.").arg(m_doneKeys.join(QStringLiteral(", ")));
    if (cancelled) {
        emit message(
            m_preface +
                tr("The SLA recompute of %1 was cancelled; the stored results are as they were.").arg(m_key) +
                before,
            false);
        emit finished(false);
        return;
    }
    if (error) {
        emit message(m_preface +
                         tr("The SLA results of %1 were not recomputed: %2")
                             .arg(m_key, Models::StorageText::message(error)) +
                         before,
                     true);
        emit finished(false);
        return;
    }
    const double seconds = double(m_timer.elapsed()) / 1000.0;
    emit message(m_preface +
                     tr("SLA results of %1 recomputed: %Ln ticket(s) in %2 s.", nullptr,
                        int(qMin<qint64>(m_tickets, INT_MAX)))
                         .arg(m_doneKeys.join(QStringLiteral(", ")), QLocale().toString(seconds, 'f', 1)),
                 false);
    emit finished(true);
}

void SlaRecomputeRunner::abandon()
{
    m_running = false;
    m_queue.clear();
    delete m_job; // cancels a running recompute and waits for it: nothing is written
    m_job = nullptr;
    delete m_progress;
    m_progress = nullptr;
}

} // namespace Gui
