#pragma once

#include "models/storage/importreport.h"

#include <QWizard>
#include <memory>
#include <vector>

namespace Models {
class ImportJob;
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

    /// Starts reading with the current choices (the run page calls it); discards a previous run.
    void startJob();
    Models::ImportJob *job() const { return m_job.get(); }
    bool isStaged() const { return m_staged; }
    bool isJobFinished() const { return m_finished; }
    Storage::ImportReport report() const { return m_report; }
    /// Reads the file again, skipping bad rows (the report page's button).
    void rereadSkippingBadRows();
    /// Saves the severities chosen for the file's priorities (the `mapping` command's data) and
    /// reads the file again with them; an error is shown and nothing is read again.
    void rememberSeveritiesAndReread(const QHash<QString, int> &severities);

    void done(int result) override;

signals:
    /// After a committed import (and after a failed commit, with the outcome in the report).
    void imported(const Storage::ImportReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void commitAndWait();

    Models::Portfolio *m_portfolio;
    // Before the pages: their constructors ask for the state.
    Storage::ImportReport m_report;
    bool m_staged = false;
    bool m_finished = false;
    bool m_skipBadRows = false;
    bool m_rereading = false; ///< back() to the run page to read again, not the user's Back
    int m_shownPage = -1; ///< the page shown before the current one changed (Back from the report)
    ImportFilePage *m_filePage;
    ImportMappingPage *m_mappingPage;
    ImportRunPage *m_runPage;
    ImportReportPage *m_reportPage;
    std::unique_ptr<Models::ImportJob> m_job;
    /// Discarded runs, kept until the wizard closes: Storage::Database names a thread's connection
    /// after its QThread's address, so a new worker must not reuse a freed QThread's address.
    std::vector<std::unique_ptr<Models::ImportJob>> m_retiredJobs;
};

} // namespace Gui
