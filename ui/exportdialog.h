#pragma once

#include "models/exportjob.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>
#include <optional>

class QWidget;

namespace Models {
class Portfolio;
}

namespace Gui {

/// File › Export…: one save dialog whose file type chooses what is written — the selected
/// engagement's tickets, worklogs and SLA results as an XLSX workbook or as three CSV files
/// (NAME-tickets.csv, NAME-worklogs.csv, NAME-sla.csv), or an offline bundle of the engagement
/// or of the whole portfolio. Existing files are replaced only after a confirmation.
///
/// The export itself runs off the GUI thread (Models::ExportJob) behind a progress dialog with
/// Cancel; done() brings the sentence for the message bar, and the object deletes itself.
class ExportDialog : public QObject
{
    Q_OBJECT

public:
    /// Asks what to export and where. Nothing when the user cancelled. `now` (UTC epoch seconds)
    /// is when tickets without a stored SLA result are evaluated.
    static std::optional<Models::ExportJob::Request> ask(QWidget *parent, const Models::Portfolio &portfolio,
                                                         qint64 engagementId, qint64 now);

    /// The files a CSV export of `path` writes: PATH-tickets.csv, PATH-worklogs.csv, PATH-sla.csv
    /// (PATH without its .csv suffix).
    static QStringList csvFiles(const QString &path);

    /// An export of `request` from `portfolio`'s database, shown with a progress dialog over
    /// `parent` once it takes longer than a moment.
    ExportDialog(const Models::Portfolio &portfolio, Models::ExportJob::Request request, QWidget *parent);
    ~ExportDialog() override;

    /// Starts the export; done() follows (also when it could not start).
    void start();
    /// As the progress dialog's Cancel: stops at the next step and removes what was written.
    void cancel();
    QProgressDialog *progressDialog() const { return m_progress; }

signals:
    /// The sentence for the message bar (empty when the user cancelled), and whether it succeeded.
    void done(const QString &message, bool ok);

private:
    void finish(bool cancelled);
    QString message() const;

    Models::ExportJob::Request m_request;
    Models::ExportJob *m_job;
    /// A child of the window, not of this object: the window may delete it first when it closes.
    QPointer<QProgressDialog> m_progress;
};

} // namespace Gui
