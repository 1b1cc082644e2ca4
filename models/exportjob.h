#pragma once

#include "models/domain/engagement.h"
#include "models/exchange/export/csvtablewriter.h"
#include "models/workerjob.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Models {

/// Writes an export off the GUI thread for File › Export…: the engagement's tables as one XLSX
/// workbook or as CSV files, or an offline bundle (of the engagement or of the whole portfolio),
/// through the same EngagementExportLoader as `deliverydesk export`.
///
/// The tables are written as they are read (constant memory for any size). progressed() tells
/// the step reached (each table, then the files made final); cancel() is answered between rows,
/// and a cancelled export leaves nothing of itself: no file is made final after a Cancel, and
/// files already made final are removed.
/// finished() comes on the job's thread; error() and tickets() then say how it went.
class ExportJob : public WorkerJob
{
    Q_OBJECT

public:
    enum class Kind { Xlsx, Csv, Bundle };

    struct Request
    {
        Kind kind = Kind::Xlsx;
        Domain::Engagement engagement; ///< the engagement exported (a portfolio bundle: id 0)
        QString path;                  ///< the workbook or bundle; for CSV, see csvFiles
        QStringList csvFiles;          ///< the CSV files, in the order of the tables
        Exchange::CsvTableWriter::Dialect dialect;
        QLocale locale; ///< headings and SLA states of the tables
        qint64 now = 0; ///< when tickets without a stored result are evaluated
    };

    using WorkerJob::WorkerJob;

    /// The steps progressed() counts up to for `request`.
    static int steps(const Request &request);
    /// Starts the export; false (nothing started) while another one runs.
    bool start(const Request &request);

    /// Why the last finished export failed (one translated sentence), or empty.
    QString error() const { return m_error; }
    /// The tickets the last finished export wrote.
    int tickets() const { return m_tickets; }

signals:
    void progressed(int done, int total);
    void finished(bool cancelled);

private:
    void reportStep(int done, int total);

    QString m_error;
    int m_tickets = 0;
};

} // namespace Models
