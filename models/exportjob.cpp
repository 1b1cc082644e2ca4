#include "models/exportjob.h"

#include "models/engagementexport.h"

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
    switch (request.kind) {
    case Kind::Bundle:
        return 1;
    case Kind::Xlsx:
        return 2;
    case Kind::Csv:
        return 1 + int(request.csvFiles.size());
    }
    return 1;
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
        if (request.kind == Kind::Bundle) {
            // One SQLite backup of the chosen rows: it has no steps to stop between.
            outcome->error = loader.writeBundle(request.path, request.engagement.key, request.now, true);
            if (outcome->error.isEmpty())
                outcome->written = {request.path};
        } else {
            EngagementExport data;
            outcome->error = loader.load(request.engagement, request.now, request.locale, &data);
            outcome->tickets = data.tickets;
            reportStep(1, total);
            if (outcome->error.isEmpty() && request.kind == Kind::Xlsx && !isCancelRequested()) {
                outcome->error = EngagementExportLoader::writeXlsx(data, request.path);
                if (outcome->error.isEmpty())
                    outcome->written = {request.path};
            }
            for (int i = 0; request.kind == Kind::Csv && outcome->error.isEmpty() && i < data.tables.size() &&
                            i < request.csvFiles.size() && !isCancelRequested();
                 ++i) {
                EngagementExport one;
                one.tables = {data.tables.at(i)};
                outcome->error =
                    EngagementExportLoader::writeCsv(one, {request.csvFiles.at(i)}, request.dialect);
                if (outcome->error.isEmpty())
                    outcome->written.append(request.csvFiles.at(i));
                reportStep(2 + i, total);
            }
        }
        if (outcome->error.isEmpty())
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
