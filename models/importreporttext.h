#pragma once

#include "models/domain/engagement.h"
#include "models/storage/importreport.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Models {

/// An import report in the user's words (translated): for the CLI, the wizard's summary page and
/// the report file saved next to the database when bad rows were skipped.
class ImportReportText
{
    Q_DECLARE_TR_FUNCTIONS(ImportReportText)

public:
    /// The whole report; at most `maxProblems` rejected rows and warnings are listed (-1: all kept).
    static QString text(const Storage::ImportReport &report, int maxProblems = 50);
    /// One line saying what became of the transaction ("Committed.", "Nothing was written: …").
    static QString outcome(const Storage::ImportReport &report);
    /// Why an import that was not committed failed, on one line for stderr:
    /// "file:line:column: what" (the first rejected row in strict mode, with how many more);
    /// empty when it was committed (or only a dry run that would commit).
    static QString failureReason(const Storage::ImportReport &report);
    /// failureReason(), and when the file looks like another source than the one it was read as
    /// (Exchange::ImportSources::detectFile, as the wizard recognises it), a hint naming that source:
    /// "…; the file looks like a ServiceNow event log: use --source servicenow-events".
    static QString failureReason(const Storage::ImportReport &report, const QString &requestedSource,
                                 const QString &path);
    /// "line 12, column 3 (opened_at): reason".
    static QString problem(const Exchange::ImportProblem &problem);
    /// "Dates in the file: 3 January 2016 – 29 February 2016"; empty when the file had no dates.
    static QString datesText(const Storage::ImportReport &report);
    /// A question when the file's dates reach more than a month before the engagement's start or
    /// after its end ("… far outside NORDSHOP's period …: import them anyway?"); empty otherwise.
    static QString outsidePeriodQuestion(const Storage::ImportReport &report,
                                         const Domain::Engagement &engagement);
    /// The same finding as a statement, for the command line, which asks nothing: empty when the
    /// file's dates are within the engagement's period.
    static QString outsidePeriodWarning(const Storage::ImportReport &report,
                                        const Domain::Engagement &engagement);
    /// `<database>.import-<source>-<yyyyMMdd-HHmmss>.txt` beside a database file (characters unsafe in
    /// file names become '-'). A team database has no folder of its own: its reports go to this
    /// user's data folder, `import-reports/<host>-<port>-<database>.import-…` (an absolute path,
    /// never the address read as a relative one).
    static QString reportFilePath(const QString &databasePath, const QString &source, const QDateTime &when);
    /// Writes text(report, -1) as UTF-8; false with `error` set when the file cannot be written.
    static bool save(const Storage::ImportReport &report, const QString &path, QString *error);
};

} // namespace Models
