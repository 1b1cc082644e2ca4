#include "ui/reviewpackrunner.h"

#include "models/portfolio.h"
#include "models/reviewpackjob.h"
#include "models/reviewpacktables.h"
#include "ui/jobprogress.h"
#include "ui/report/reviewpackrenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>

#include <utility>

namespace Gui {

ReviewPackRunner::ReviewPackRunner(Models::Portfolio *portfolio, QWidget *window)
    : QObject(window), m_portfolio(portfolio), m_window(window)
{
}

ReviewPackRunner::~ReviewPackRunner()
{
    abandon();
}

bool ReviewPackRunner::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ReviewPackRunner::preview(const Request &request)
{
    start(Use::Preview, request);
}

void ReviewPackRunner::exportPack(const Request &request, const QString &pdfPath, const QString &dataPath)
{
    m_pdfPath = pdfPath;
    m_dataPath = dataPath;
    start(Use::Export, request);
}

void ReviewPackRunner::abandon()
{
    if (m_job)
        m_job->stop(); // waited for while the job is whole: its work uses it
    delete m_job;
    m_job = nullptr;
    delete m_progress;
    m_progress = nullptr;
}

void ReviewPackRunner::start(Use use, const Request &request)
{
    if (!m_portfolio->isOpen() || isRunning()) {
        if (use == Use::Export)
            emit exported(false);
        return;
    }
    m_use = use;
    m_request = request;
    if (m_job)
        m_job->deleteLater();
    m_job = new Models::ReviewPackJob(*m_portfolio->database(), this);
    connect(m_job, &Models::ReviewPackJob::finished, this, &ReviewPackRunner::loaded);
    m_progress = new QProgressDialog(
        tr("Reading the figures of %1 for %2…").arg(request.engagementKey, request.periodText), tr("Cancel"),
        0, 0, m_window);
    m_progress->setWindowTitle(use == Use::Preview ? tr("Preview the review pack")
                                                   : tr("Export the review pack"));
    JobProgress::setUp(m_progress);
    connect(m_progress, &QProgressDialog::canceled, m_job, &Models::ReviewPackJob::cancel);
    m_job->start(request.engagementKey, request.period, request.now, request.preparedBy);
}

void ReviewPackRunner::closeProgress()
{
    JobProgress::close(std::exchange(m_progress, nullptr));
}

void ReviewPackRunner::loaded(const QString &error, bool cancelled)
{
    const bool exporting = m_use == Use::Export;
    if (m_progress && exporting && !cancelled && error.isEmpty()) {
        // Drawing runs on this thread and cannot be cancelled (about a second for a quarter):
        // say so rather than look frozen.
        m_progress->setLabelText(tr("Drawing the pages of the review pack…"));
        m_progress->setCancelButton(nullptr);
        m_progress->show();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    if (cancelled || !error.isEmpty()) {
        closeProgress();
        if (!error.isEmpty() && !cancelled)
            emit message(exporting ? tr("The review pack was not written: %1").arg(error) : error, true);
        if (exporting)
            emit exported(false);
        return;
    }
    if (exporting) {
        writePack();
        closeProgress();
    } else {
        closeProgress();
        showPreview();
    }
}

void ReviewPackRunner::writePack()
{
    // Painting lays charts out as widgets: it has to happen on this (the GUI) thread.
    const Models::ReviewPack &pack = m_job->pack();
    QString error;
    int pages = 0;
    if (!ReviewPackRenderer::writePdf(pack, m_pdfPath, &error, &pages)) {
        emit message(tr("The review pack was not written: %1").arg(error), true);
        emit exported(false);
        return;
    }
    if (!m_dataPath.isEmpty() && !Models::ReviewPackTables::write(pack, m_dataPath, &error)) {
        emit message(tr("The review pack was written to %1, but not its data appendix: %2")
                         .arg(QDir::toNativeSeparators(m_pdfPath), error),
                     true);
        emit exported(false);
        return;
    }
    const QString written =
        m_dataPath.isEmpty()
            ? tr("Review pack written to %1 (%n page(s)).", nullptr, pages)
                  .arg(QDir::toNativeSeparators(m_pdfPath))
            : tr("Review pack written to %1 (%n page(s)) with its data appendix %2.", nullptr, pages)
                  .arg(QDir::toNativeSeparators(m_pdfPath), QDir::toNativeSeparators(m_dataPath));
    emit message(written, false);
    emit exported(true);
}

void ReviewPackRunner::showPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setObjectName(QStringLiteral("reviewPreviewDialog"));
    dialog.setWindowTitle(tr("Review pack of %1, %2").arg(m_request.engagementKey, m_request.periodText));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *target) { ReviewPackRenderer::render(m_job->pack(), target); });
    emit previewOpening(&dialog);
    dialog.exec();
}

} // namespace Gui
