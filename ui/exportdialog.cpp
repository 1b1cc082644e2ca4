#include "ui/exportdialog.h"

#include "models/exchange/export/csvtablewriter.h"
#include "models/portfolio.h"
#include "ui/jobprogress.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>

namespace Gui {

QStringList ExportDialog::csvFiles(const QString &path)
{
    QString stem = path;
    if (stem.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        stem.chop(4);
    return {stem + QStringLiteral("-tickets.csv"), stem + QStringLiteral("-worklogs.csv"),
            stem + QStringLiteral("-sla.csv")};
}

std::optional<Models::ExportJob::Request>
ExportDialog::ask(QWidget *parent, const Models::Portfolio &portfolio, qint64 engagementId, qint64 now)
{
    const Domain::Engagement engagement = portfolio.engagement(engagementId);
    const QString xlsx = tr("Excel workbook of the engagement (*.xlsx)");
    const QString csv = tr("CSV files of the engagement (*.csv)");
    // The other CSV dialect than the language's: ',' and '.' in Swedish, ';' and ',' in English.
    const Exchange::CsvTableWriter::Dialect usual = Exchange::CsvTableWriter::Dialect::forLocale(QLocale());
    const Exchange::CsvTableWriter::Dialect other =
        usual.separator == QLatin1Char(';')
            ? Exchange::CsvTableWriter::Dialect{}
            : Exchange::CsvTableWriter::Dialect{QLatin1Char(';'), QLatin1Char(',')};
    const QString csvOther =
        tr("CSV files of the engagement, fields separated by '%1', decimals by '%2' (*.csv)")
            .arg(other.separator)
            .arg(other.decimalPoint);
    const QString bundle = tr("Offline bundle of the engagement (*.sqlite)");
    const QString whole = tr("Offline bundle of the whole portfolio (*.sqlite)");
    const QStringList filters =
        engagement.id != 0 ? QStringList{xlsx, csv, csvOther, bundle, whole} : QStringList{whole};
    const QString folder = QFileInfo(portfolio.path()).absolutePath();
    const QString name = engagement.id != 0 ? engagement.key : QStringLiteral("portfolio");
    QString selected = filters.constFirst();
    QString path = QFileDialog::getSaveFileName(parent, tr("Export"), QDir(folder).filePath(name),
                                                filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return std::nullopt;
    Models::ExportJob::Request request;
    request.kind = selected == xlsx                          ? Models::ExportJob::Kind::Xlsx
                   : selected == csv || selected == csvOther ? Models::ExportJob::Kind::Csv
                                                             : Models::ExportJob::Kind::Bundle;
    if (selected != whole)
        request.engagement = engagement;
    const QString suffix = request.kind == Models::ExportJob::Kind::Xlsx  ? QStringLiteral("xlsx")
                           : request.kind == Models::ExportJob::Kind::Csv ? QStringLiteral("csv")
                                                                          : QStringLiteral("sqlite");
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    if (request.kind == Models::ExportJob::Kind::Csv) {
        // The save dialog asked about PATH.csv, not about the three files written next to it.
        QStringList existing;
        for (const QString &file : csvFiles(path)) {
            if (QFileInfo::exists(file))
                existing.append(QFileInfo(file).fileName());
        }
        if (!existing.isEmpty() &&
            QMessageBox::question(
                parent, tr("Export"), tr("Replace %1?").arg(existing.join(QStringLiteral(", "))),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
            return std::nullopt;
    }
    request.path = path;
    request.csvFiles = csvFiles(path);
    request.dialect = selected == csvOther ? other : usual;
    request.locale = QLocale();
    request.now = now;
    return request;
}

ExportDialog::ExportDialog(const Models::Portfolio &portfolio, Models::ExportJob::Request request,
                           QWidget *parent)
    : QObject(parent), m_request(std::move(request)),
      m_job(new Models::ExportJob(*portfolio.database(), this)), m_progress(new QProgressDialog(parent))
{
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setLabelText(
        m_request.kind == Models::ExportJob::Kind::Bundle
            ? tr("Writing the offline bundle…")
            : tr("Reading the tickets, worklogs and SLA results of %1…").arg(m_request.engagement.key));
    m_progress->setRange(0, Models::ExportJob::steps(m_request));
    JobProgress::setUp(m_progress);
    connect(m_progress, &QProgressDialog::canceled, this, &ExportDialog::cancel);
    connect(m_job, &Models::ExportJob::progressed, this, [this](int step, int total) {
        m_progress->setValue(step);
        if (step < total && m_request.kind == Models::ExportJob::Kind::Csv)
            m_progress->setLabelText(
                tr("Writing %1…").arg(QDir::toNativeSeparators(m_request.csvFiles.value(step - 1))));
        else if (step < total)
            m_progress->setLabelText(tr("Writing %1…").arg(QDir::toNativeSeparators(m_request.path)));
    });
    connect(m_job, &Models::ExportJob::finished, this, &ExportDialog::finish);
    // The database may go while the export runs (another file opened): stop before it does.
    connect(&portfolio, &Models::Portfolio::aboutToReleaseDatabase, m_job, &Models::ExportJob::stop);
}

ExportDialog::~ExportDialog()
{
    m_job->stop(); // waited for while the job is whole: its work uses it
    delete m_progress;
}

void ExportDialog::start()
{
    if (!m_job->start(m_request)) {
        emit done(tr("Another export is still running."), false);
        deleteLater();
        return;
    }
    m_progress->setValue(0);
}

void ExportDialog::cancel()
{
    m_job->cancel();
    m_progress->setLabelText(tr("Cancelling the export…"));
    m_progress->setCancelButton(nullptr);
}

void ExportDialog::finish(bool cancelled)
{
    m_progress->hide();
    if (cancelled)
        emit done(tr("Export cancelled: no file was written."), false);
    else if (!m_job->error().isEmpty())
        emit done(m_job->error(), false);
    else
        emit done(message(), true);
    deleteLater();
}

QString ExportDialog::message() const
{
    const QString shown = QDir::toNativeSeparators(m_request.path);
    if (m_request.kind == Models::ExportJob::Kind::Bundle) {
        return m_request.engagement.key.isEmpty()
                   ? tr("Wrote an offline bundle of the portfolio to %1.").arg(shown)
                   : tr("Wrote an offline bundle of %1 to %2.").arg(m_request.engagement.key, shown);
    }
    return tr("Exported %n tickets of %1 with their worklogs and SLA results to %2.", nullptr,
              m_job->tickets())
        .arg(m_request.engagement.key, shown);
}

} // namespace Gui
