// The tickets panel's Export: the tickets shown (filter and order as in the table) written to a CSV
// file or an XLSX workbook off the GUI thread (tens of thousands of rows are seconds), behind a
// progress dialog with Cancel.
#include "models/portfolio.h"
#include "models/ticketexportjob.h"
#include "ui/jobprogress.h"
#include "ui/ticketspanel.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QProgressDialog>

#include <utility>

namespace Gui {

void TicketsPanel::exportShown(bool xlsx)
{
    const Domain::Engagement engagement = m_portfolio->engagement(m_engagementId);
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-tickets.%2")
            .arg(engagement.key, xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv")));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export tickets"), suggested, xlsx ? tr("Excel workbook (*.xlsx)") : tr("CSV file (*.csv)"));
    if (!path.isEmpty())
        exportShownTo(path, xlsx);
}

void TicketsPanel::exportShownTo(const QString &path, bool xlsx)
{
    if (m_exporting || !m_portfolio || !m_portfolio->isOpen() || m_engagementId == 0)
        return;
    const qint64 rows = m_model->rowCount();
    if (xlsx && rows > Models::TicketTableModel::MaxXlsxRows) {
        showProblem(
            tr("%1 tickets are shown; an Excel sheet holds at most %2. Narrow the filter, or "
               "export CSV.")
                .arg(QLocale().toString(rows), QLocale().toString(Models::TicketTableModel::MaxXlsxRows)));
        return;
    }
    if (!m_exportJob) {
        m_exportJob = new Models::TicketExportJob(*m_portfolio->database(), this);
        connect(m_exportJob, &Models::TicketExportJob::finished, this, &TicketsPanel::exportFinished);
        connect(m_exportJob, &Models::TicketExportJob::progressed, this, [this](qint64 written, qint64) {
            if (m_exportProgress)
                m_exportProgress->setValue(int(written));
        });
    }
    m_exportProgress = new QProgressDialog(tr("Exporting %Ln ticket(s)…", nullptr, int(rows)), tr("Cancel"),
                                           0, int(rows), this);
    m_exportProgress->setObjectName(QStringLiteral("ticketExportProgress"));
    m_exportProgress->setWindowTitle(tr("Export tickets"));
    JobProgress::setUp(m_exportProgress);
    connect(m_exportProgress, &QProgressDialog::canceled, m_exportJob, &Models::TicketExportJob::cancel);
    m_exportPath = path;
    m_exporting = m_exportJob->start(m_model->exportRequest(), path, xlsx);
    if (!m_exporting)
        endExport(QString());
    updateCount();
}

void TicketsPanel::exportFinished(bool cancelled)
{
    if (!m_exporting)
        return;
    const QString shown = QDir::toNativeSeparators(m_exportPath);
    if (cancelled)
        endExport(tr("Export cancelled: no file was written."));
    else if (!m_exportJob->error().isEmpty())
        endExport(m_exportJob->error());
    else
        endExport(tr("Exported %Ln ticket(s) to %1.", nullptr, int(m_exportJob->written())).arg(shown));
}

void TicketsPanel::releaseExport()
{
    endExport(tr("Export cancelled: the database was closed. No file was written."));
    if (Models::TicketExportJob *job = std::exchange(m_exportJob, nullptr)) {
        // Stops a work under way (its statement too). Its delivery, queued before the deletion,
        // still comes: cancelled, it removes a file the work made final.
        job->stop();
        job->deleteLater();
    }
}

void TicketsPanel::endExport(const QString &message)
{
    if (m_exportProgress)
        m_exportProgress->setObjectName(QString()); // the next export's is found by its name
    JobProgress::close(std::exchange(m_exportProgress, nullptr));
    const bool wasExporting = std::exchange(m_exporting, false);
    if (wasExporting && !message.isEmpty())
        showProblem(message);
    updateCount();
}

} // namespace Gui
