#include "models/importreporttext.h"

#include "models/exchange/sources/importsources.h"
#include "models/storage/serveraddress.h"
#include "models/storagetext.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <array>
#include <optional>

namespace Models {

namespace {

QString counts(const Storage::UpsertCounts &c)
{
    return ImportReportText::tr("%1 new, %2 updated, %3 unchanged")
        .arg(c.added)
        .arg(c.updated)
        .arg(c.unchanged);
}

void appendProblems(QStringList *lines, const QString &title, qint64 count,
                    const QVector<Exchange::ImportProblem> &problems, int maxProblems)
{
    if (count == 0)
        return;
    lines->append(title);
    const int shown = maxProblems < 0 ? problems.size() : qMin(maxProblems, int(problems.size()));
    for (int i = 0; i < shown; ++i)
        lines->append(QStringLiteral("  ") + ImportReportText::problem(problems.at(i)));
    if (count > shown)
        lines->append(ImportReportText::tr("  … and %1 more").arg(count - shown));
}

} // namespace

QString ImportReportText::problem(const Exchange::ImportProblem &p)
{
    QString where = p.line > 0 ? tr("line %1").arg(p.line) : tr("file");
    if (p.column > 0)
        where += tr(", column %1").arg(p.column);
    if (!p.columnName.isEmpty())
        where += QStringLiteral(" (%1)").arg(p.columnName);
    return where + QStringLiteral(": ") + p.reason;
}

QString ImportReportText::outcome(const Storage::ImportReport &r)
{
    using Outcome = Storage::ImportReport::Outcome;
    switch (r.outcome) {
    case Outcome::Committed:
        return r.rejectedCount > 0 ? tr("Committed without the %1 rejected rows.").arg(r.rejectedCount)
                                   : tr("Committed.");
    case Outcome::DryRun:
        return tr("Dry run: nothing was written.");
    case Outcome::Rejected:
        if (!r.totalsAgree())
            return tr("Nothing was written: the stored worklogs would not add up to the file's total.");
        return tr("Nothing was written: %1 rows were rejected (strict mode; skip bad rows to import the "
                  "others).")
            .arg(r.rejectedCount);
    case Outcome::Declined:
        return tr("Nothing was written: the import was not confirmed.");
    case Outcome::Cancelled:
        return tr("Nothing was written: the import was cancelled.");
    case Outcome::Failed:
        break;
    }
    if (!r.fileError.isNull())
        return tr("Nothing was written: %1").arg(r.fileError.toString());
    if (r.storageError)
        return StorageText::message(tr("Nothing was written"), r.storageError);
    return tr("Nothing was written.");
}

QString ImportReportText::text(const Storage::ImportReport &r, int maxProblems)
{
    QStringList lines;
    lines << tr("Import of %1 into %2").arg(QDir::toNativeSeparators(r.fileName), r.engagementKey);
    lines << tr("Source: %1; times read in %2").arg(r.source, QString::fromUtf8(r.timeZone));
    if (!r.encoding.isEmpty())
        lines << tr("Encoding: %1").arg(r.encoding);
    lines << tr("Rows read: %1").arg(r.rowsRead);
    lines << tr("Tickets: %1 (%2 status changes)").arg(counts(r.tickets)).arg(r.historyRows);
    lines << tr("Worklogs: %1").arg(counts(r.worklogs));
    if (r.worklogs.added + r.worklogs.updated + r.worklogs.unchanged > 0 || r.fileSeconds > 0)
        lines << tr("Worklog hours: %1 in the file, %2 stored%3")
                     .arg(QLocale().toString(r.fileSeconds / 3600.0, 'f', 2),
                          QLocale().toString(double(r.storedSeconds) / 3600.0, 'f', 2),
                          r.totalsAgree() ? QString() : tr(" — they do not agree"));
    lines << tr("Rejected: %1").arg(r.rejectedCount);
    lines << tr("Warnings: %1").arg(r.warningCount);
    appendProblems(&lines, tr("Rejected rows:"), r.rejectedCount, r.rejected, maxProblems);
    appendProblems(&lines, tr("Warnings:"), r.warningCount, r.warnings, maxProblems);
    if (!r.unknownPersons.isEmpty())
        lines << tr("Persons without a role: %1").arg(r.unknownPersons.join(QStringLiteral(", ")));
    if (!r.unknownWorkTypes.isEmpty())
        lines << tr("Types and activities without a mapping: %1")
                     .arg(r.unknownWorkTypes.join(QStringLiteral(", ")));
    lines << outcome(r);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ImportReportText::reportFilePath(const QString &databasePath, const QString &source,
                                         const QDateTime &when)
{
    static const QRegularExpression s_unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    QString safe = source;
    safe.replace(s_unsafe, QStringLiteral("-"));
    QString base = databasePath;
    if (Storage::ServerAddress::isServerAddress(databasePath)) {
        // "postgresql://anna@db/team.import-…" would be a relative path under "postgresql:/" that
        // does not exist: the save failed. A team database's reports go to this user's data folder.
        QString problem;
        const Storage::ServerAddress address = Storage::ServerAddress::parse(databasePath, &problem);
        QString name = QStringLiteral("%1-%2-%3")
                           .arg(address.host.isEmpty() ? QStringLiteral("local") : address.host,
                                address.port > 0 ? QString::number(address.port) : QStringLiteral("default"),
                                address.database);
        name.replace(s_unsafe, QStringLiteral("-"));
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                               QStringLiteral("/import-reports");
        QDir().mkpath(folder);
        base = folder + QLatin1Char('/') + name;
    }
    return QStringLiteral("%1.import-%2-%3.txt")
        .arg(base, safe, when.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

bool ImportReportText::save(const Storage::ImportReport &report, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    file.write(text(report, -1).toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QString ImportReportText::failureReason(const Storage::ImportReport &r)
{
    using Outcome = Storage::ImportReport::Outcome;
    if (r.outcome == Outcome::Committed || (r.outcome == Outcome::DryRun && r.isAcceptable()))
        return {};
    QString reason;
    if (!r.fileError.isNull()) {
        reason = r.fileError.toString();
    } else if (r.storageError) {
        reason = StorageText::message(r.storageError);
    } else if (r.cancelled || r.outcome == Outcome::Cancelled) {
        reason = tr("%1: the import was cancelled").arg(r.fileName);
    } else if (r.rejectedCount > 0 && !r.rejected.isEmpty()) {
        const Exchange::ImportProblem &first = r.rejected.constFirst();
        const Exchange::ExchangeError where{r.fileName, first.line, first.column, first.reason};
        reason = where.toString();
        if (r.rejectedCount > 1)
            reason +=
                QLatin1Char(' ') + tr("(and %n more rejected row(s); --skip-bad-rows imports the others)",
                                      nullptr, int(qMin<qint64>(r.rejectedCount - 1, INT_MAX)));
    } else {
        reason = tr("%1: %2").arg(r.fileName, outcome(r));
    }
    // One line: a reason may quote a cell with a line break in it.
    reason.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return reason;
}

QString ImportReportText::failureReason(const Storage::ImportReport &report, const QString &requestedSource,
                                        const QString &path)
{
    QString reason = failureReason(report);
    if (reason.isEmpty() || requestedSource.startsWith(QLatin1String("profile:")))
        return reason;
    const QString detected = Exchange::ImportSources::detectFile(path);
    if (detected.isEmpty() || detected == requestedSource)
        return reason;
    return tr("%1; the file looks like %2: use --source %3", "reason; the source the file looks like")
        .arg(reason, Exchange::ImportSources::description(detected), detected);
}

QString ImportReportText::datesText(const Storage::ImportReport &report)
{
    if (!report.firstDate.isValid() || !report.lastDate.isValid())
        return {};
    const QLocale locale;
    return tr("Dates in the file: %1 – %2")
        .arg(locale.toString(report.firstDate, QLocale::LongFormat),
             locale.toString(report.lastDate, QLocale::LongFormat));
}

namespace {

/// The file's first and last dates and the engagement's period, in words, when the file reaches
/// more than a month (a ticket opened just before the contract or closed just after it is normal)
/// outside that period; nothing otherwise.
std::optional<std::array<QString, 3>> outsidePeriod(const Storage::ImportReport &report,
                                                    const Domain::Engagement &engagement)
{
    if (!report.firstDate.isValid() || !report.lastDate.isValid())
        return std::nullopt;
    const bool early = engagement.start.isValid() && report.firstDate < engagement.start.addMonths(-1);
    const bool late = engagement.end.isValid() && report.lastDate > engagement.end.addMonths(1);
    if (!early && !late)
        return std::nullopt;
    const QLocale locale;
    const QString period =
        engagement.end.isValid()
            ? ImportReportText::tr("%1 to %2")
                  .arg(locale.toString(engagement.start, QLocale::LongFormat),
                       locale.toString(engagement.end, QLocale::LongFormat))
            : ImportReportText::tr("from %1").arg(locale.toString(engagement.start, QLocale::LongFormat));
    return std::array<QString, 3>{locale.toString(report.firstDate, QLocale::LongFormat),
                                  locale.toString(report.lastDate, QLocale::LongFormat), period};
}

} // namespace

QString ImportReportText::outsidePeriodQuestion(const Storage::ImportReport &report,
                                                const Domain::Engagement &engagement)
{
    const std::optional<std::array<QString, 3>> dates = outsidePeriod(report, engagement);
    if (!dates)
        return {};
    return tr("The file has dates from %1 to %2, far outside the period of %3 (%4). Import them into %3 "
              "anyway?")
        .arg((*dates)[0], (*dates)[1], engagement.key, (*dates)[2]);
}

QString ImportReportText::outsidePeriodWarning(const Storage::ImportReport &report,
                                               const Domain::Engagement &engagement)
{
    const std::optional<std::array<QString, 3>> dates = outsidePeriod(report, engagement);
    if (!dates)
        return {};
    return tr("the file has dates from %1 to %2, far outside the period of %3 (%4); check that it "
              "belongs to %3")
        .arg((*dates)[0], (*dates)[1], engagement.key, (*dates)[2]);
}

} // namespace Models
