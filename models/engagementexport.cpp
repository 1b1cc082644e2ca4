#include "models/engagementexport.h"

#include "models/domain/engagement.h"
#include "models/domain/sla/slaevaluator.h"
#include "models/exchange/export/exporttables.h"
#include "models/exchange/export/xlsxtablewriter.h"
#include "models/storage/bundlewriter.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/slapolicyrepository.h"
#include "models/storage/slaresultrepository.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/worklogrepository.h"
#include "models/storagetext.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace Models {

namespace {

/// The results of `tickets` (parallel to them): the stored one of each ticket, else one evaluated at
/// `now` under the engagement's policy and calendar (read only when some ticket needs them).
Storage::StorageError resultsOf(const Storage::Database &database, const Domain::Engagement &engagement,
                                const QVector<Domain::Ticket> &tickets, qint64 now,
                                QVector<Domain::SlaResult> *out, std::optional<qint64> *evaluatedAt)
{
    const Storage::SlaResultRepository repository(database);
    QVector<Storage::StoredSlaResult> stored;
    Storage::StorageError error = repository.results(engagement.id, &stored);
    if (!error)
        error = repository.lastEvaluation(engagement.id, evaluatedAt);
    if (error)
        return error;
    QHash<QString, Domain::SlaResult> byKey;
    byKey.reserve(stored.size());
    for (const Storage::StoredSlaResult &s : std::as_const(stored))
        byKey.insert(s.ticketKey, s.result);
    std::optional<Domain::BusinessCalendar> calendar;
    Domain::SlaPolicyHistory policy;
    out->clear();
    out->reserve(tickets.size());
    for (const Domain::Ticket &ticket : tickets) {
        const auto found = byKey.constFind(ticket.key);
        if (found != byKey.constEnd()) {
            out->append(*found);
            continue;
        }
        if (!calendar) {
            calendar.emplace();
            error = Storage::CalendarRepository(database).calendarFor(engagement.id, &*calendar);
            if (!error)
                error = Storage::SlaPolicyRepository(database).historyFor(engagement.id, &policy);
            if (error)
                return error;
        }
        out->append(Domain::SlaEvaluator::evaluate(ticket, policy, *calendar, now));
    }
    return {};
}

} // namespace

QString EngagementExportLoader::load(const Domain::Engagement &engagement, qint64 now, const QLocale &locale,
                                     EngagementExport *out) const
{
    QVector<Domain::Ticket> tickets;
    QVector<Domain::Worklog> worklogs;
    QVector<Domain::SlaResult> results;
    Storage::StorageError error = Storage::TicketRepository(m_database).list(engagement.id, &tickets);
    if (!error)
        error = Storage::WorklogRepository(m_database).list(engagement.id, QDate(), QDate(), &worklogs);
    if (!error)
        error = resultsOf(m_database, engagement, tickets, now, &results, &out->evaluatedAt);
    if (error)
        return StorageText::message(error);
    const QTimeZone zone(engagement.timeZone);
    out->tickets = int(tickets.size());
    out->worklogs = int(worklogs.size());
    out->tables = {Exchange::ExportTables::tickets(tickets, zone), Exchange::ExportTables::worklogs(worklogs),
                   Exchange::ExportTables::slaResults(tickets, results, zone,
                                                      Exchange::ExportTables::stateValuesFor(locale))};
    return {};
}

QStringList EngagementExportLoader::csvFileNames()
{
    return {QStringLiteral("tickets.csv"), QStringLiteral("worklogs.csv"), QStringLiteral("sla.csv")};
}

QString EngagementExportLoader::writeCsv(const EngagementExport &data, const QStringList &files,
                                         const Exchange::CsvTableWriter::Dialect &dialect)
{
    QString message;
    for (int i = 0; i < data.tables.size() && i < files.size(); ++i) {
        if (!Exchange::CsvTableWriter::write(data.tables.at(i), files.at(i), &message, dialect))
            return message;
    }
    return {};
}

QString EngagementExportLoader::writeXlsx(const EngagementExport &data, const QString &path)
{
    QString message;
    if (!Exchange::XlsxTableWriter::write(data.tables, path, &message))
        return message;
    return {};
}

QString EngagementExportLoader::writeBundle(const QString &path, const QString &key, qint64 now, bool replace,
                                            bool *unknownKey) const
{
    const Storage::StorageError error = Storage::BundleWriter(m_database)
                                            .write(path, key, QDateTime::fromSecsSinceEpoch(now, Qt::UTC),
                                                   replace ? Storage::BundleWriter::Overwrite::Replace
                                                           : Storage::BundleWriter::Overwrite::Refuse);
    if (unknownKey)
        *unknownKey = error.kind == Storage::StorageError::Kind::NotFound;
    return error ? StorageText::message(error) : QString();
}

} // namespace Models
