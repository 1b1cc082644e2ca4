#include "ui/backgroundread.h"

#include <QEvent>
#include <QWidget>

namespace Gui {

BackgroundRead::~BackgroundRead()
{
    // Before the callbacks go: the job's worker is waited for and its delivery goes with it.
    release();
}

Models::WorkerJob *BackgroundRead::job()
{
    if (!m_job) {
        m_job = m_make();
        m_job->setParent(this);
    }
    return m_job;
}

void BackgroundRead::request(const std::function<void()> &start)
{
    m_pending = true;
    if (m_job && m_job->isRunning()) {
        // The read under way is for what was asked before: its result is dropped, then the page
        // asks again.
        m_job->cancel();
        m_rereadPending = true;
        return;
    }
    m_rereadPending = false; // this read is the newest (an older delivery still queued is stale)
    job();
    start();
}

void BackgroundRead::cancel()
{
    m_rereadPending = false;
    // Also when the work has ended and its delivery is still queued: the delivery reads the flag.
    if (m_job)
        m_job->cancel();
}

void BackgroundRead::release()
{
    // The worker is waited for while the job is whole (its work may use the job's own members,
    // gone once its destructor has run); the delivery, still queued, goes with the job.
    if (m_job)
        m_job->stop();
    delete m_job;
    m_job = nullptr;
    m_pending = false;
    m_rereadPending = false;
}

bool BackgroundRead::holdWhileHidden(QWidget *page)
{
    if (!page->parentWidget() || !page->isHidden()) {
        m_held = false;
        return false;
    }
    holdUntilShown(page);
    return true;
}

void BackgroundRead::holdUntilShown(QWidget *page)
{
    m_held = true;
    if (m_page != page) {
        if (m_page)
            m_page->removeEventFilter(this);
        m_page = page;
        page->installEventFilter(this);
    }
}

bool BackgroundRead::eventFilter(QObject *watched, QEvent *event)
{
    if (m_held && watched == m_page && event->type() == QEvent::Show) {
        m_held = false;
        m_reread();
    }
    return QObject::eventFilter(watched, event);
}

void BackgroundRead::delivered(bool cancelled)
{
    if (!m_job->isNewest())
        return; // a read started since (once this one's work had ended): its delivery follows
    if (m_rereadPending) {
        m_rereadPending = false;
        m_reread();
        return;
    }
    m_pending = false;
    m_deliver(cancelled);
}

} // namespace Gui
