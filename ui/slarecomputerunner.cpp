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
    return m_job && m_job->isRunning();
}

void SlaRecomputeRunner::start(qint64 engagementId, const QDateTime &now)
{
    const Domain::Engagement engagement = m_portfolio->engagement(engagementId);
    if (isRunning() || engagement.id == 0 || !m_portfolio->isOpen() || m_portfolio->isReadOnly())
        return;
    delete m_job; // a finished one
    m_engagementId = engagement.id;
    m_key = engagement.key;
    m_job = new Models::SlaRecomputer(*m_portfolio->database(), engagement.id, this);
    connect(m_job, &Models::SlaRecomputer::progress, this, &SlaRecomputeRunner::progressed);
    connect(m_job, &Models::SlaRecomputer::finished, this, &SlaRecomputeRunner::ended);
    m_progress = new QProgressDialog(tr("Recomputing the SLA results of %1…").arg(m_key), tr("Cancel"), 0, 0,
                                     m_window);
    m_progress->setObjectName(QStringLiteral("slaRecomputeProgress"));
    m_progress->setWindowTitle(tr("Recompute SLA results"));
    JobProgress::setUp(m_progress);
    connect(m_progress, &QProgressDialog::canceled, this, &SlaRecomputeRunner::cancel);
    m_timer.start();
    m_job->start((now.isValid() ? now : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch());
}

void SlaRecomputeRunner::cancel()
{
    if (!isRunning())
        return;
    m_job->cancel();
    if (m_progress)
        m_progress->setLabelText(tr("Stopping…"));
}

void SlaRecomputeRunner::progressed(qint64 done, qint64 total)
{
    if (!m_progress || total <= 0)
        return;
    // QProgressDialog counts in int; a ticket count may pass it only in theory, but per mille
    // never does.
    m_progress->setMaximum(1000);
    m_progress->setValue(int(done * 1000 / total));
    m_progress->setLabelText(tr("Recomputing the SLA results of %1: %2 of %3 tickets…")
                                 .arg(m_key, QLocale().toString(done), QLocale().toString(total)));
}

void SlaRecomputeRunner::ended(const Storage::StorageError &error, bool cancelled)
{
    JobProgress::close(std::exchange(m_progress, nullptr));
    if (cancelled) {
        emit message(
            tr("The SLA recompute of %1 was cancelled; the stored results are as they were.").arg(m_key),
            false);
        emit finished(false);
        return;
    }
    if (error) {
        emit message(tr("The SLA results of %1 were not recomputed: %2")
                         .arg(m_key, Models::StorageText::message(error)),
                     true);
        emit finished(false);
        return;
    }
    const qint64 tickets = m_job->summary().tickets;
    const double seconds = double(m_timer.elapsed()) / 1000.0;
    emit message(tr("SLA results of %1 recomputed: %Ln ticket(s) in %2 s.", nullptr,
                    int(qMin<qint64>(tickets, INT_MAX)))
                     .arg(m_key, QLocale().toString(seconds, 'f', 1)),
                 false);
    m_portfolio->resultsRecomputed(m_engagementId);
    emit finished(true);
}

void SlaRecomputeRunner::abandon()
{
    delete m_job; // cancels a running recompute and waits for it: nothing is written
    m_job = nullptr;
    delete m_progress;
    m_progress = nullptr;
}

} // namespace Gui
