#pragma once

#include "models/importjob.h"

#include <QDateTime>
#include <QPointer>
#include <QWizard>
#include <functional>

namespace Models {
class Portfolio;
}

namespace Gui {

class ImportFilePage;
class ImportMappingPage;
class ImportRunPage;
class ImportReportPage;

/// File › Import… (or a file dropped on the window): pick the file, the engagement, the source
/// (detected from the header), the export's time zone; map the columns of any other CSV (saved as
/// a named profile); read the file off the GUI thread with a progress bar and Cancel; then the
/// report, with Commit or Cancel and the choice to skip bad rows. Nothing is written before
/// Commit: the import waits in its own transaction on the worker thread.
///
/// The GUI thread never waits for the worker: Cancel, closing, Back and reading again ask the job
/// to stop, and the wizard goes on when the job says it has finished (closing too: the window
/// stays until the import is rolled back). A job is deleted once its worker has ended.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, MappingPageId, RunPageId, ReportPageId };
    /// The source id the file page offers for "any other CSV".
    static QString mappingSourceId() { return QStringLiteral("mapping"); }

    explicit ImportWizard(Models::Portfolio *portfolio, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Models::Portfolio *portfolio() const { return m_portfolio; }
    void setFile(const QString &path);
    void setEngagement(qint64 id);
    /// A built-in id, "profile:NAME" or mappingSourceId().
    void setSource(const QString &id);
    /// The source chosen on the first page (after the mapping page: "profile:NAME").
    QString source() const;
    void setSkipBadRows(bool skip) { m_skipBadRows = skip; }
    bool skipBadRows() const { return m_skipBadRows; }
    /// The time in the name of the report file saved after skipping bad rows (tests); default: the clock.
    void setNow(const QDateTime &now) { m_now = now; }

    /// Starts reading with the current choices (the run page calls it); discards a previous run,
    /// and starts once that run has rolled back.
    void startJob();
    Models::ImportJob *job() const { return m_job; }
    bool isStaged() const { return m_staged; }
    bool isJobFinished() const { return m_finished; }
    Storage::ImportReport report() const { return m_report; }
    /// Reads the file again, skipping bad rows (the report page's button).
    void rereadSkippingBadRows();
    /// Saves the severities chosen for the file's priorities (the `mapping` command's data) and
    /// reads the file again with them; an error is shown and the file is read again as it was.
    void rememberSeveritiesAndReread(const QHash<QString, int> &severities);
    /// The run page's Cancel: stops reading (the report then says it was cancelled).
    void cancelReading();

    /// Commit (Accepted) asks the job to commit and closes when it has; Cancel (Rejected) asks it
    /// to roll back and closes when it has.
    void done(int result) override;

signals:
    /// After a committed import (and after a failed commit, with the outcome in the report).
    void imported(const Storage::ImportReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void pageShown(int id);
    /// Discards the run, then (once it has rolled back) does `first` and reads the file again.
    void readAgain(const std::function<void()> &first);
    void createJob();
    void stopJob();
    void whenStopped(std::function<void()> action);
    void jobFinished(const Storage::ImportReport &report);
    void committed();
    void showWarning(const QString &text, QWidget *parent);
    void setButtonsEnabled(bool enabled);

    Models::Portfolio *m_portfolio;
    // Before the pages: their constructors ask for the state.
    Storage::ImportReport m_report;
    bool m_staged = false;
    bool m_finished = false;
    bool m_skipBadRows = false;
    bool m_rereading = false; ///< back() to the run page to read again, not the user's Back
    bool m_committing = false;
    int m_shownPage = -1; ///< the page shown before the current one changed (Back from the report)
    QDateTime m_now;
    ImportFilePage *m_filePage;
    ImportMappingPage *m_mappingPage;
    ImportRunPage *m_runPage;
    ImportReportPage *m_reportPage;
    /// The run the pages show; deleted (deleteLater) once its worker has ended.
    QPointer<Models::ImportJob> m_job;
    /// Runs asked to stop that have not said so yet; only then can another run write.
    int m_stopping = 0;
    /// What to do once they have (start again, close): the latest request.
    std::function<void()> m_whenStopped;
};

} // namespace Gui
