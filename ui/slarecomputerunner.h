#pragma once

#include "models/slarecomputer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>

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
/// on success the pages read them again. One recompute at a time.
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
    /// Ends a running recompute, waiting for it (the database it writes is going).
    void abandon();

    Models::Portfolio *m_portfolio;
    QWidget *m_window;
    Models::SlaRecomputer *m_job = nullptr;
    QProgressDialog *m_progress = nullptr;
    qint64 m_engagementId = 0;
    QString m_key;
    QElapsedTimer m_timer;
};

} // namespace Gui
