#pragma once

#include "models/tickettablemodel.h"
#include "models/workerjob.h"

#include <QString>

namespace Models {

/// Writes the rows the tickets table shows (TicketTableModel::exportRequest()) to a CSV file or an
/// XLSX workbook off the GUI thread: a text filter of a million tickets is tens of thousands of
/// rows, seconds to read and write. The rows are written as they are read (memory holds one
/// chunk); progressed() tells the rows written; cancel() is answered between chunks, and a
/// cancelled export leaves no file (none is made final after it, and one made is removed).
/// finished() comes on the job's thread; error() and written() then say how it went.
class TicketExportJob : public WorkerJob
{
    Q_OBJECT

public:
    using WorkerJob::WorkerJob;

    /// Starts writing `request` to `path`, a workbook when `xlsx`; false while an export runs.
    bool start(const TicketTableModel::ExportRequest &request, const QString &path, bool xlsx);

    /// Why the last finished export failed (one translated sentence), or empty.
    QString error() const { return m_error; }
    /// The tickets the last finished export wrote.
    qint64 written() const { return m_written; }

signals:
    void progressed(qint64 written, qint64 total);
    void finished(bool cancelled);

private:
    QString m_error;
    qint64 m_written = 0;
};

} // namespace Models
