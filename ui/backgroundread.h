#pragma once

#include "models/workerjob.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <type_traits>

namespace Gui {

/// A page's read off the GUI thread through one Models::WorkerJob, made when first needed. A
/// request while a read runs cancels that read and asks the page again (reread()) when its delivery
/// comes; a delivery that a later run has made stale is dropped; only the newest request's delivery
/// reaches the page (deliver(cancelled)), once. release() before the database goes; cancel() for the
/// user's Cancel. The page keeps what is its own: what it reads, what it shows, its busy bar.
class BackgroundRead : public QObject
{
    Q_OBJECT

public:
    /// `make`: a new job on the database open now (a Models::WorkerJob with a
    /// finished(bool cancelled) signal); `reread`: the page asks again (a request was superseded
    /// while it ran); `deliver`: the newest request's read has come, cancelled or not.
    template<class Make>
    BackgroundRead(Make make, std::function<void()> reread, std::function<void(bool cancelled)> deliver,
                   QObject *parent)
        : QObject(parent), m_reread(std::move(reread)), m_deliver(std::move(deliver))
    {
        m_make = [this, make = std::move(make)]() -> Models::WorkerJob * {
            auto *job = make();
            connect(job, &std::remove_pointer_t<decltype(job)>::finished, this, &BackgroundRead::delivered);
            return job;
        };
    }
    ~BackgroundRead() override;

    /// The job (made when there is none): what the last delivery brought is read from it.
    Models::WorkerJob *job();
    template<class Job> Job *job() { return static_cast<Job *>(job()); }

    /// Starts a read by `start` (which starts job()) now, or, while a read runs, cancels that one
    /// and calls reread() when its delivery comes (its result dropped): the newest request wins.
    void request(const std::function<void()> &start);
    /// From a request until its read is delivered (or released).
    bool isPending() const { return m_pending; }
    /// The user's Cancel (or the page has nothing to read any more): the read under way, or its
    /// delivery still queued, is delivered as cancelled; no reread follows.
    void cancel();
    /// Before the database goes: deletes the job (waiting for its worker) and with it any delivery
    /// still queued; nothing pending. The next request makes a new job.
    void release();

    /// A page of the window reads only while it is shown (a page of its own, without a parent,
    /// reads at once): true while `page` is hidden, and then reread() is asked when it is next
    /// shown, before its showEvent().
    bool holdWhileHidden(QWidget *page);
    /// A read is owed: reread() is asked when `page` is next shown.
    void holdUntilShown(QWidget *page);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void delivered(bool cancelled);

    std::function<Models::WorkerJob *()> m_make;
    std::function<void()> m_reread;
    std::function<void(bool)> m_deliver;
    Models::WorkerJob *m_job = nullptr;
    bool m_pending = false;
    /// A request came while a read ran: that read is dropped and reread() asked when it ends.
    bool m_rereadPending = false;
    QPointer<QWidget> m_page; ///< the page whose show ends a hold
    bool m_held = false;
};

} // namespace Gui
