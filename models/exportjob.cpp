#include "models/exportjob.h"

#include "models/engagementexport.h"
#include "models/exchange/export/xlsxtablewriter.h"

#include <QFile>
#include <memory>

namespace Models {

namespace {

/// What one run hands back to the job's thread.
struct Outcome
{
    QString error;
    int tickets = 0;
    QStringList written; ///< the files this run wrote, removed again when it was cancelled
};

} // namespace

int ExportJob::steps(const Request &request)
{
    // A bundle is one SQLite copy; tables count one step each, and the commit of the files one.
    return request.kind == Kind::Bundle ? 1 : 1 + EngagementExport::Tables;
}

void ExportJob::reportStep(int done, int total)
{
    // From the worker: the signal is emitted on the job's thread (dropped once the job is gone).
    QMetaObject::invokeMethod(
        this, [this, done, total] { emit progressed(done, total); }, Qt::QueuedConnection);
}

bool ExportJob::start(const Request &request)
{
    return run([this, request]() -> Delivery {
        auto outcome = std::make_shared<Outcome>();
        const int total = steps(request);
        const EngagementExportLoader loader(database());
        bool stopped = false;
        if (request.kind == Kind::Bundle) {
            // One SQLite backup of the chosen rows: it has no steps to stop between.
            outcome->error = loader.writeBundle(request.path, request.engagement.key, request.now, true);
            if (outcome->error.isEmpty())
                outcome->written = {request.path};
        } else {
            // Written as read: Cancel is answered between rows, and nothing is committed after it.
            std::unique_ptr<Exchange::TableStream> stream;
            if (request.kind == Kind::Xlsx)
                stream = std::make_unique<Exchange::XlsxTableStream>(request.path);
            else
                stream = std::make_unique<Exchange::CsvTableStream>(request.csvFiles, request.dialect);
            EngagementExport data;
            outcome->error = loader.write(
                request.engagement, request.now, request.locale, *stream, &data,
                [this, total, last = 0](int tablesDone) mutable {
                    if (tablesDone + 1 > last) // step n: the n-th table is being written
                        reportStep(last = tablesDone + 1, total);
                    return !isCancelRequested();
                },
                &stopped);
            outcome->tickets = data.tickets;
            if (outcome->error.isEmpty() && !stopped)
                outcome->written = request.kind == Kind::Xlsx ? QStringList{request.path} : request.csvFiles;
        }
        if (outcome->error.isEmpty() && !stopped)
            reportStep(total, total);
        return [this, outcome](bool cancelled) {
            if (cancelled) {
                for (const QString &file : std::as_const(outcome->written))
                    QFile::remove(file);
            }
            m_error = outcome->error;
            m_tickets = outcome->tickets;
            emit finished(cancelled);
        };
    });
}

} // namespace Models
