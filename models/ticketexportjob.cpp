#include "models/ticketexportjob.h"

#include "models/exchange/export/csvtablewriter.h"
#include "models/exchange/export/xlsxtablewriter.h"

#include <QFile>

#include <memory>

namespace Models {

bool TicketExportJob::start(const TicketTableModel::ExportRequest &request, const QString &path, bool xlsx)
{
    return run([this, request, path, xlsx]() -> Delivery {
        struct Outcome
        {
            bool ok = false;
            QString error;
        };
        auto outcome = std::make_shared<Outcome>();
        std::unique_ptr<Exchange::TableStream> stream;
        if (xlsx)
            stream = std::make_unique<Exchange::XlsxTableStream>(path);
        else
            stream = std::make_unique<Exchange::CsvTableStream>(QStringList{path});
        const qint64 total = request.counts.shown;
        outcome->ok = TicketTableModel::writeExport(
            database(), request, *stream,
            [this, total](qint64 written) {
                // From the worker: emitted on the job's thread (dropped once the job is gone).
                QMetaObject::invokeMethod(
                    this, [this, written, total] { emit progressed(written, total); }, Qt::QueuedConnection);
                return !isCancelRequested();
            },
            &outcome->error);
        stream.reset();
        return [this, outcome, path, total](bool cancelled) {
            if (cancelled && outcome->ok)
                QFile::remove(path); // made final just before the Cancel
            m_error = cancelled ? QString() : outcome->error;
            m_written = outcome->ok && !cancelled ? total : 0;
            emit finished(cancelled || (!outcome->ok && outcome->error.isEmpty()));
        };
    });
}

} // namespace Models
