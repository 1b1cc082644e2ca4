// Gui::BackgroundRead, the pages' one seam for reads off the GUI thread: only the newest request's
// read reaches the page, once; a delivery made stale by a later run is dropped; the user's Cancel
// is delivered as cancelled without reading again; release() waits for the worker and nothing is
// delivered afterwards; the next request makes a new job; a hidden page's read waits for its show.
#include "models/storage/database.h"
#include "tests/models/workerjobwait.h"
#include "ui/backgroundread.h"

#include <QPointer>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QWidget>
#include <QtTest>

#include <atomic>
#include <memory>

namespace {

/// A read whose work waits at a gate the test opens (cancelled or not: it runs to its end), then
/// looks at its database; its delivery tells which request it was.
class GatedJob : public Models::WorkerJob
{
    Q_OBJECT

public:
    GatedJob(const Storage::Database &database, QSemaphore *gate, std::atomic<int> *working)
        : WorkerJob(database), m_gate(gate), m_working(working)
    {
    }

    bool start(int tag)
    {
        return run([this, tag]() -> Delivery {
            ++*m_working;
            m_gate->acquire();
            // The database is read to the work's end: freed under a worker, the sanitizer sees it.
            const bool open = database().isOpen();
            const bool sawCancel = isCancelRequested(); // a long read would have stopped early
            --*m_working;
            return [this, tag, open, sawCancel](bool cancelled) {
                m_tag = open ? tag : -tag;
                if (sawCancel)
                    cancelledWork.append(tag);
                emit finished(cancelled);
            };
        });
    }
    /// The request of the last delivery (negative: its database was closed).
    int tag() const { return m_tag; }
    /// The requests whose work was asked to stop, delivered or not.
    QVector<int> cancelledWork;

signals:
    void finished(bool cancelled);

private:
    QSemaphore *m_gate;
    std::atomic<int> *m_working;
    int m_tag = 0;
};

struct Shown
{
    int tag = 0;
    bool cancelled = false;
    bool operator==(const Shown &other) const { return tag == other.tag && cancelled == other.cancelled; }
};

char *toString(const Shown &shown)
{
    return qstrdup(QByteArray::number(shown.tag).append(shown.cancelled ? " cancelled" : "").constData());
}

} // namespace

class TestBackgroundRead : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_database;
    QSemaphore m_gate;
    std::atomic<int> m_working{0};
    // What a page does with the read: asks for `m_wanted`, records what it starts and is shown.
    QObject *m_page = nullptr;
    Gui::BackgroundRead *m_read = nullptr;
    int m_wanted = 0;
    int m_made = 0;
    int m_rereads = 0;
    QVector<int> m_started;
    QVector<Shown> m_shown;

    GatedJob *job() const { return m_read->job<GatedJob>(); }

    /// Opens the gate after `ms` from another thread (the GUI thread waits for a worker meanwhile).
    std::unique_ptr<QThread> openGateAfter(int ms)
    {
        std::unique_ptr<QThread> opener(QThread::create([this, ms] {
            QThread::msleep(ms);
            m_gate.release();
        }));
        opener->start();
        return opener;
    }

    void ask(int tag)
    {
        m_wanted = tag;
        m_read->request([this] {
            m_started.append(m_wanted);
            QVERIFY(job()->start(m_wanted));
        });
    }

private slots:
    void init()
    {
        m_database = std::make_unique<Storage::Database>();
        QVERIFY(m_database
                    ->open(m_dir.filePath(QStringLiteral("reads.sqlite")),
                           Storage::Database::Access::ReadWrite, Storage::Database::Creation::CreateIfMissing)
                    .isNull());
        m_gate.acquire(m_gate.available());
        m_wanted = m_made = m_rereads = 0;
        m_started.clear();
        m_shown.clear();
        m_page = new QObject;
        m_read = new Gui::BackgroundRead(
            [this] {
                ++m_made;
                return new GatedJob(*m_database, &m_gate, &m_working);
            },
            [this] {
                ++m_rereads;
                ask(m_wanted);
            },
            [this](bool cancelled) {
                m_shown.append({job()->tag(), cancelled});
            },
            m_page);
    }

    void cleanup()
    {
        m_gate.release(100); // no worker of a failed test waits for ever
        delete m_page;       // with the read: waits for its worker
        QCOMPARE(m_working.load(), 0);
        m_database.reset();
    }

    void shouldDeliverOnlyTheNewestOfRequestsMadeWhileAReadRuns()
    {
        // GIVEN a read whose work runs
        ask(1);
        QVERIFY(m_read->isPending());
        QTRY_COMPARE(m_working.load(), 1);
        // WHEN two more requests come while it runs
        ask(2);
        ask(3);
        QCOMPARE(m_started, QVector<int>{1});
        // THEN its work is asked to stop; once it ends, its delivery is dropped and the page asked
        // once again: the newest request runs
        m_gate.release();
        QTRY_COMPARE(m_started, (QVector<int>{1, 3}));
        QCOMPARE(job()->cancelledWork, QVector<int>{1});
        QCOMPARE(m_rereads, 1);
        QVERIFY(m_shown.isEmpty());
        QVERIFY(m_read->isPending());
        // AND only its read is delivered, once
        m_gate.release();
        QTRY_COMPARE(m_shown.size(), 1);
        QCOMPARE(m_shown.at(0), (Shown{3, false}));
        QVERIFY(!m_read->isPending());
        QTest::qWait(50);
        QCOMPARE(m_shown.size(), 1);
        QCOMPARE(m_made, 1);
    }

    void shouldDropADeliveryMadeStaleByARequestAfterItsWorkEnded()
    {
        // GIVEN a read whose work has ended, its delivery still queued (no event processed)
        m_gate.release();
        ask(1);
        QVERIFY(waitForWorkEnd(*job()));
        // WHEN a new request comes THEN it starts at once: nothing runs to cancel
        ask(2);
        QCOMPARE(m_started, (QVector<int>{1, 2}));
        // AND the older delivery, stale, is dropped while the newer read still runs
        QCoreApplication::processEvents();
        QTest::qWait(20);
        QVERIFY2(m_shown.isEmpty(), m_shown.isEmpty() ? "" : toString(m_shown.at(0)));
        QVERIFY(m_read->isPending());
        // AND the newer is delivered exactly once
        m_gate.release();
        QTRY_COMPARE(m_shown.size(), 1);
        QCOMPARE(m_shown.at(0), (Shown{2, false}));
        QTest::qWait(50);
        QCOMPARE(m_shown.size(), 1);
        QCOMPARE(m_rereads, 0);
        QVERIFY(!m_read->isPending());
    }

    void shouldDeliverTheUsersCancelAsCancelledWithoutReadingAgain()
    {
        // GIVEN a read superseded by a newer request while it runs
        ask(1);
        QTRY_COMPARE(m_working.load(), 1);
        ask(2);
        // WHEN the user cancels
        m_read->cancel();
        m_gate.release();
        // THEN the read is delivered as cancelled and nothing is read again
        QTRY_COMPARE(m_shown.size(), 1);
        QCOMPARE(m_shown.at(0), (Shown{1, true}));
        QVERIFY(!m_read->isPending());
        QTest::qWait(50);
        QCOMPARE(m_started, QVector<int>{1});
        QCOMPARE(m_rereads, 0);
        QCOMPARE(m_shown.size(), 1);
        // AND a cancel after the work ended, its delivery still queued, is delivered as cancelled
        m_gate.release();
        ask(3);
        QVERIFY(waitForWorkEnd(*job()));
        m_read->cancel();
        QTRY_COMPARE(m_shown.size(), 2);
        QCOMPARE(m_shown.at(1), (Shown{3, true}));
    }

    void shouldWaitForTheWorkerAndDeliverNothingAfterARelease()
    {
        // GIVEN a read whose work runs
        ask(1);
        QTRY_COMPARE(m_working.load(), 1);
        const QPointer<GatedJob> running = job();
        // WHEN the page releases it before the database goes (the work ends a moment later)
        const std::unique_ptr<QThread> opener = openGateAfter(100);
        m_read->release();
        // THEN the job is gone and its worker has ended: the database may go now
        QVERIFY(running.isNull());
        QCOMPARE(m_working.load(), 0);
        QVERIFY(!m_read->isPending());
        m_database.reset();
        opener->wait();
        // AND nothing is delivered afterwards
        QTest::qWait(50);
        QVERIFY(m_shown.isEmpty());
        QCOMPARE(m_rereads, 0);
    }

    void shouldMakeANewJobForARequestAfterARelease()
    {
        // GIVEN a read whose work has ended, its delivery still queued, released
        m_gate.release();
        ask(1);
        const QPointer<GatedJob> first = job();
        QVERIFY(waitForWorkEnd(*first));
        m_read->release();
        QVERIFY(first.isNull());
        // WHEN the page asks again THEN a new job reads, and only its read is delivered
        ask(2);
        QCOMPARE(m_made, 2);
        QVERIFY(m_read->isPending());
        m_gate.release();
        QTRY_COMPARE(m_shown.size(), 1);
        QCOMPARE(m_shown.at(0), (Shown{2, false}));
        QTest::qWait(50);
        QCOMPARE(m_shown.size(), 1);
    }

    // A page of the window reads only while it is shown: asked while hidden, it is asked again
    // once, when it is next shown; a page of its own (no parent) reads at once, unless a read is
    // owed to its first show.
    void shouldHoldAHiddenPagesReadUntilItIsShown()
    {
        QWidget window;
        auto *page = new QWidget(&window);
        window.show();
        page->hide();
        QVERIFY(m_read->holdWhileHidden(page));
        QCOMPARE(m_rereads, 0);
        page->show();
        QCOMPARE(m_rereads, 1); // asked again before the page's own showEvent
        QCOMPARE(m_started, QVector<int>({0}));
        m_gate.release();
        QTRY_COMPARE(m_shown.size(), 1);
        page->hide();
        page->show();
        QCOMPARE(m_rereads, 1); // nothing was owed
        QVERIFY(!m_read->holdWhileHidden(page));
        page->hide();
        QVERIFY(m_read->holdWhileHidden(page));
        page->show();
        QVERIFY(!m_read->holdWhileHidden(page)); // shown: reads now; the hold is over
        QCOMPARE(m_rereads, 2);

        QWidget own;
        QVERIFY(!m_read->holdWhileHidden(&own));
        m_read->holdUntilShown(&own);
        page->hide();
        page->show();
        QCOMPARE(m_rereads, 2); // the hold follows the page it was made for
        own.show();
        QCOMPARE(m_rereads, 3);
    }

    void shouldWaitForTheWorkerWhenDestroyedWhileReading()
    {
        ask(1);
        QTRY_COMPARE(m_working.load(), 1);
        const QPointer<GatedJob> running = job();
        const std::unique_ptr<QThread> opener = openGateAfter(100);
        delete m_page; // the page goes while it reads
        m_page = nullptr;
        QVERIFY(running.isNull());
        QCOMPARE(m_working.load(), 0);
        m_database.reset();
        opener->wait();
        QTest::qWait(50);
        QVERIFY(m_shown.isEmpty());
    }
};

QTEST_MAIN(TestBackgroundRead)
#include "tst_backgroundread.moc"
