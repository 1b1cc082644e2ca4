#pragma once

#include "models/slarecomputer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QProgressDialog;
class QWidget;

namespace Models {
class Portfolio;
} // namespace Models

namespace Gui {

/// Recomputes the stored SLA results of one engagement from the window (Edit › Recompute SLA
/// results, and the button beside "SLA computed …" on the SLA page): Models::SlaRecomputer runs off
/// the GUI thread behind a progress dialog that counts the tickets and has Cancel. The stored
/// figures change in one transaction at the end, so a cancel or an error leaves them as they were;
/// on success the pages read them again. Several engagements (those sharing a calendar that was
/// just replaced) are recomputed one after the other behind the same dialog. One run at a time.
class SlaRecomputeRunner : public QObject
{
    Q_OBJECT

public:
    /// The progress dialog opens over `window`.
    SlaRecomputeRunner(Models::Portfolio *portfolio, QWidget *window);
    ~SlaRecomputeRunner() override;

    bool isRunning() const;
    /// Recomputes engagement `engagementId` as of `now` (invalid: the clock). Nothing when one
    /// runs already or the database cannot be changed.
    void start(qint64 engagementId, const QDateTime &now = {});
    /// Recomputes each of `engagementIds` in turn, each in its own transaction; a Cancel stops
    /// the one running (its figures stay as they were) and the ones after it. `preface` (what
    /// made the recompute necessary, such as a saved calendar) starts the message at the end.
    void start(const QList<qint64> &engagementIds, const QDateTime &now = {}, const QString &preface = {});
    /// Stops the running recompute before it writes anything (the progress dialog's Cancel).
    void cancel();
    /// The dialog, while one is open (tests).
    QProgressDialog *progressDialog() const { return m_progress; }

signals:
    /// What the recompute did, or why it did not, for the window's message bar.
    void message(const QString &text, bool error);
    /// The recompute ended: stored (`ok`), cancelled or failed.
    void finished(bool ok);

private:
    void progressed(qint64 done, qint64 total);
    void ended(const Storage::StorageError &error, bool cancelled);
    /// Starts the first engagement of the queue.
    void startNext();
    /// Ends a running recompute, waiting for it (the database it writes is going).
    void abandon();

    Models::Portfolio *m_portfolio;
    QWidget *m_window;
    Models::SlaRecomputer *m_job = nullptr;
    QProgressDialog *m_progress = nullptr;
    QList<qint64> m_queue; ///< the engagements still to recompute after the one running
    qint64 m_engagementId = 0;
    QString m_key;
    QString m_preface;
    QStringList m_doneKeys; ///< recomputed in this run
    qint64 m_tickets = 0;   ///< tickets recomputed in this run
    qint64 m_now = 0;
    bool m_running = false;  ///< from start() until the last finished() or abandon()
    bool m_stopping = false; ///< Cancel came: progress no longer replaces "Stopping…"
    QElapsedTimer m_timer;
};

} // namespace Gui
