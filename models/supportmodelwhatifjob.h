#pragma once

#include "models/supportmodelwhatifloader.h"
#include "models/workerjob.h"

namespace Models {

/// Replays an engagement's last months under each support model off the GUI thread, for the
/// Models page. The replay reads every ticket created in those months with its history: on a
/// million tickets a year, a quarter's replay is seconds of reading that must not stop the window.
/// The tickets come a chunk at a time, and cancel() ends the read between two chunks.
/// finished() comes on the job's thread; data() and error() then hold what was read.
class SupportModelWhatIfJob : public WorkerJob
{
    Q_OBJECT

public:
    using WorkerJob::WorkerJob;

    /// As SupportModelWhatIfLoader::load(); false (nothing started) while a read runs.
    bool start(const Domain::Engagement &engagement, int months, const QDateTime &now);

    /// What the last finished read brought (a failed read: empty, with error() set).
    const Domain::Engagement &engagement() const { return m_engagement; }
    int months() const { return m_months; }
    const SupportModelWhatIfData &data() const { return m_data; }
    SupportModelWhatIfLoader::Error error() const { return m_error; }

signals:
    void finished(bool cancelled);

private:
    Domain::Engagement m_engagement;
    int m_months = 0;
    SupportModelWhatIfData m_data;
    SupportModelWhatIfLoader::Error m_error;
};

} // namespace Models
