#include "ui/importwizard.h"

#include "models/exchange/sources/importsources.h"
#include "models/importmappingstore.h"
#include "models/importreporttext.h"
#include "models/portfolio.h"
#include "ui/importwizard/importfilepage.h"
#include "ui/importwizard/importmappingpage.h"
#include "ui/importwizard/importreportpage.h"
#include "ui/importwizard/importrunpage.h"

#include <QAbstractButton>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>
#include <utility>

namespace Gui {

ImportWizard::ImportWizard(Models::Portfolio *portfolio, QWidget *parent)
    : QWizard(parent), m_portfolio(portfolio), m_filePage(new ImportFilePage(this)),
      m_mappingPage(new ImportMappingPage(this, m_filePage)), m_runPage(new ImportRunPage(this)),
      m_reportPage(new ImportReportPage(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(RunPageId, m_runPage);
    setPage(ReportPageId, m_reportPage);
    setOption(QWizard::NoBackButtonOnStartPage);
    connect(this, &QWizard::currentIdChanged, this, &ImportWizard::pageShown);
    resize(760, 560);
    retranslate();
}

ImportWizard::~ImportWizard()
{
    // Only when the owner destroys the wizard without letting it close: a job still running is
    // cancelled, and its destructor waits for the worker (the database must outlive it).
    if (m_job)
        m_job->cancel();
}

void ImportWizard::retranslate()
{
    setWindowTitle(tr("Import"));
    setButtonText(QWizard::FinishButton, tr("&Commit"));
    m_filePage->retranslate();
    m_mappingPage->retranslate();
    m_runPage->retranslate();
    m_reportPage->retranslate();
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void ImportWizard::pageShown(int id)
{
    const int previous = m_shownPage;
    m_shownPage = id;
    if (id == FilePageId || id == MappingPageId) {
        // Back to the choices: what was read is discarded, and a start still waiting is dropped.
        stopJob();
        whenStopped({});
    } else if (id == RunPageId && previous == ReportPageId && !m_rereading) {
        // Back from the report returns to the choices: the run page would only read the same
        // file again.
        stopJob();
        m_staged = false;
        m_skipBadRows = false;
        QTimer::singleShot(0, this, [this] {
            if (currentId() == RunPageId)
                back();
        });
    }
}

void ImportWizard::setFile(const QString &path)
{
    m_filePage->setFile(path);
}
void ImportWizard::setEngagement(qint64 id)
{
    m_filePage->setEngagement(id);
}
void ImportWizard::setSource(const QString &id)
{
    m_filePage->setSource(id);
}

QString ImportWizard::source() const
{
    const QString chosen = m_filePage->source();
    if (chosen == mappingSourceId())
        return QStringLiteral("profile:") + m_mappingPage->mapping().name;
    return chosen;
}

void ImportWizard::stopJob()
{
    if (!m_job)
        return;
    Models::ImportJob *job = m_job;
    m_job = nullptr;
    // The discarded run says nothing more to the pages: its `finished` may already be on its way.
    disconnect(job, nullptr, this, nullptr);
    if (m_finished)
        return; // it has rolled back or committed already, and deletes itself when its worker ends
    ++m_stopping;
    connect(job, &Models::ImportJob::finished, this, [this] {
        if (--m_stopping > 0 || !m_whenStopped)
            return;
        const std::function<void()> action = std::exchange(m_whenStopped, {});
        action();
    });
    job->cancel();
}

void ImportWizard::whenStopped(std::function<void()> action)
{
    if (m_stopping > 0 || !action)
        m_whenStopped = std::move(action);
    else
        action();
}

void ImportWizard::startJob()
{
    readAgain({});
}

void ImportWizard::readAgain(const std::function<void()> &first)
{
    stopJob();
    m_staged = false;
    m_finished = false;
    m_report = {};
    m_runPage->setProgress(0, 1);
    m_runPage->setStatus(
        tr("Reading %1 as %2 …")
            .arg(QFileInfo(m_filePage->file()).fileName(), m_filePage->source() == mappingSourceId()
                                                               ? m_mappingPage->mapping().name
                                                               : Exchange::ImportSources::name(source())));
    m_runPage->setCancellable(false);
    emit m_runPage->completeChanged();
    // A discarded run holds the write transaction until it has rolled back.
    whenStopped([this, first] {
        if (first)
            first();
        createJob();
    });
}

void ImportWizard::createJob()
{
    const Domain::Engagement engagement = m_portfolio->engagement(m_filePage->engagementId());
    Storage::ImportSession::Options options;
    options.source = source();
    options.timeZone = m_filePage->zone();
    options.skipBadRows = m_skipBadRows;
    options.dateFormat = m_filePage->dateOrder();
    options.severity = m_filePage->severity();
    m_job = new Models::ImportJob(*m_portfolio->database(), m_portfolio->beforeImportCommit(), engagement,
                                  m_filePage->file(), options, this);
    connect(m_job, &Models::ImportJob::ended, m_job, &QObject::deleteLater);
    connect(m_job, &Models::ImportJob::progress, this,
            [this](qint64 done, qint64 total) { m_runPage->setProgress(done, total); });
    connect(m_job, &Models::ImportJob::staged, this, [this](const Storage::ImportReport &report) {
        m_report = report;
        m_staged = true;
        m_runPage->setProgress(1, 1);
        m_runPage->setCancellable(false);
        emit m_runPage->completeChanged();
        if (currentId() == RunPageId)
            next();
    });
    connect(m_job, &Models::ImportJob::finished, this, &ImportWizard::jobFinished);
    m_runPage->setCancellable(true);
    m_job->start();
}

void ImportWizard::jobFinished(const Storage::ImportReport &report)
{
    m_report = report;
    m_finished = true;
    if (m_committing) {
        committed();
        return;
    }
    m_runPage->setCancellable(false);
    m_runPage->setStatus(Models::ImportReportText::outcome(report));
    emit m_runPage->completeChanged();
    if (currentId() == RunPageId && !m_staged)
        next();
    else if (currentId() == ReportPageId)
        m_reportPage->initializePage();
}

void ImportWizard::cancelReading()
{
    if (m_job)
        m_job->cancel();
}

void ImportWizard::rereadSkippingBadRows()
{
    m_skipBadRows = true;
    m_rereading = true;
    back();
    m_rereading = false;
    startJob();
}

void ImportWizard::rememberSeveritiesAndReread(const QHash<QString, int> &severities)
{
    m_rereading = true;
    back();
    m_rereading = false;
    // The staged import holds the write transaction: the mappings are saved once it has rolled back.
    readAgain([this, severities] {
        const QString error =
            Models::ImportMappingStore(*m_portfolio->database()).rememberSeverities(severities);
        if (!error.isEmpty())
            showWarning(error, this);
    });
}

void ImportWizard::done(int result)
{
    if (m_committing)
        return; // the commit is under way: the wizard closes when it is in
    if (result == QDialog::Accepted && m_job && m_staged && !m_finished) {
        // Tickets far outside the engagement's period are a wrong file or a wrong engagement: ask.
        const QString question = Models::ImportReportText::outsidePeriodQuestion(
            m_report, m_portfolio->engagement(m_filePage->engagementId()));
        if (!question.isEmpty() &&
            QMessageBox::question(this, tr("Import"), question, QMessageBox::Yes | QMessageBox::No,
                                  QMessageBox::No) != QMessageBox::Yes)
            return; // the report stays open: Back, Cancel or Commit again
        m_committing = true;
        setButtonsEnabled(false);
        m_reportPage->showCommitting(true);
        m_job->commit();
        return;
    }
    // Cancel or close: the window goes once what was read has been rolled back.
    stopJob();
    m_whenStopped = {};
    if (m_stopping > 0)
        setButtonsEnabled(false);
    whenStopped([this, result] {
        setButtonsEnabled(true);
        QWizard::done(result);
    });
}

void ImportWizard::committed()
{
    const Storage::Database &db = *m_portfolio->database();
    const QHash<QString, Domain::Role> roles = m_reportPage->chosenRoles();
    // The warnings go to the window the wizard came from: the wizard closes now.
    QWidget *owner = parentWidget();
    if (m_report.isCommitted() && !roles.isEmpty()) {
        // After the commit: the import's transaction held the database until now. The import
        // itself is in; only the roles are not remembered when this fails, and the user is told.
        const QString error = Models::ImportMappingStore(db).rememberRoles(roles);
        if (!error.isEmpty())
            showWarning(error, owner);
    }
    if (m_report.isCommitted() && m_report.skipBadRows && m_report.rejectedCount > 0) {
        const QDateTime when = m_now.isValid() ? m_now : QDateTime::currentDateTime();
        const QString path = Models::ImportReportText::reportFilePath(db.path(), m_report.source, when);
        QString error;
        if (!Models::ImportReportText::save(m_report, path, &error))
            showWarning(tr("The import is committed, but its report with the skipped rows could not be saved "
                           "to %1: %2")
                            .arg(QDir::toNativeSeparators(path), error),
                        owner);
    }
    m_committing = false;
    setButtonsEnabled(true);
    m_reportPage->showCommitting(false);
    emit imported(m_report);
    QWizard::done(QDialog::Accepted);
}

void ImportWizard::showWarning(const QString &text, QWidget *parent)
{
    // Not modal for the application: nothing waits for it to be read.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import"), text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("importWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::NonModal);
    box->show();
}

void ImportWizard::setButtonsEnabled(bool enabled)
{
    for (QWizard::WizardButton which :
         {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton}) {
        if (QAbstractButton *b = button(which))
            b->setEnabled(enabled);
    }
}

} // namespace Gui
