#include "models/engagementexport.h"

#include "models/domain/engagement.h"
#include "models/domain/sla/slaevaluator.h"
#include "models/exchange/export/exporttables.h"
#include "models/storage/bundlewriter.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/slapolicyrepository.h"
#include "models/storage/slaresultrepository.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/worklogrepository.h"
#include "models/storagetext.h"

#include <QDateTime>
#include <QTimeZone>

namespace Models {

namespace {

/// Rows between two questions to `proceed` (a Cancel answered within a fraction of a second).
constexpr int s_rowsPerCheck = 4096;

/// Runs one table: begin, the rows `read` hands to `row`, end. Stops (false) on an error (in
/// `error`) or when `proceed` says so (`stopped`).
class TableRun
{
public:
    TableRun(Exchange::TableStream &stream, const EngagementExportLoader::Proceed &proceed, int tablesDone,
             QString *error, bool *stopped)
        : m_stream(stream), m_proceed(proceed), m_tablesDone(tablesDone), m_error(error), m_stopped(stopped)
    {
    }

    bool begin(const QString &name, const QVector<Exchange::ExportColumn> &columns)
    {
        return ask() && m_stream.beginTable(name, columns, m_error);
    }
    /// False when the export stops here.
    bool row(const QVector<QVariant> &cells)
    {
        if (!m_stream.addRow(cells, m_error))
            return false;
        return ++m_rows % s_rowsPerCheck != 0 || ask();
    }
    bool end() { return m_error->isEmpty() && !*m_stopped && m_stream.endTable(m_error); }
    int rows() const { return m_rows; }

private:
    bool ask()
    {
        if (m_proceed && !m_proceed(m_tablesDone))
            *m_stopped = true;
        return !*m_stopped;
    }

    Exchange::TableStream &m_stream;
    const EngagementExportLoader::Proceed &m_proceed;
    int m_tablesDone;
    QString *m_error;
    bool *m_stopped;
    int m_rows = 0;
};

} // namespace

QString EngagementExportLoader::write(const Domain::Engagement &engagement, qint64 now, const QLocale &locale,
                                      Exchange::TableStream &stream, EngagementExport *out,
                                      const Proceed &proceed, bool *stopped) const
{
    using Exchange::ExportTables;
    bool stop = false;
    QString error;
    const QTimeZone zone(engagement.timeZone);
    const Storage::TicketRepository tickets(m_database);
    *out = {};

    TableRun ticketRun(stream, proceed, 0, &error, &stop);
    Storage::StorageError read;
    if (ticketRun.begin(ExportTables::ticketsName(), ExportTables::ticketColumns()))
        read = tickets.forEach(engagement.id, [&](const Domain::Ticket &t) {
            return ticketRun.row(ExportTables::ticketRow(t, zone));
        });
    if (!read && ticketRun.end()) {
        out->tickets = ticketRun.rows();
        TableRun worklogRun(stream, proceed, 1, &error, &stop);
        if (worklogRun.begin(ExportTables::worklogsName(), ExportTables::worklogColumns()))
            read = Storage::WorklogRepository(m_database)
                       .forEach(engagement.id, QDate(), QDate(), [&](const Domain::Worklog &w) {
                           return worklogRun.row(ExportTables::worklogRow(w));
                       });
        if (!read && worklogRun.end())
            out->worklogs = worklogRun.rows();
    }
    if (!read && error.isEmpty() && !stop)
        read = Storage::SlaResultRepository(m_database).lastEvaluation(engagement.id, &out->evaluatedAt);
    if (!read && error.isEmpty() && !stop) {
        // A ticket without a stored result is evaluated under the engagement's policy and calendar,
        // read when the first one needs them.
        std::optional<Domain::BusinessCalendar> calendar;
        Domain::SlaPolicyHistory policy;
        Storage::StorageError policyError;
        const ExportTables::StateValues values = ExportTables::stateValuesFor(locale);
        TableRun slaRun(stream, proceed, 2, &error, &stop);
        if (slaRun.begin(ExportTables::slaName(), ExportTables::slaColumns()))
            read = tickets.forEachWithResult(
                engagement.id, [&](const Domain::Ticket &t, const Storage::StoredSlaResult *stored) {
                    if (stored)
                        return slaRun.row(ExportTables::slaRow(t, stored->result, zone, values));
                    if (!calendar) {
                        calendar.emplace();
                        policyError =
                            Storage::CalendarRepository(m_database).calendarFor(engagement.id, &*calendar);
                        if (!policyError)
                            policyError =
                                Storage::SlaPolicyRepository(m_database).historyFor(engagement.id, &policy);
                        if (policyError)
                            return false;
                    }
                    return slaRun.row(ExportTables::slaRow(
                        t, Domain::SlaEvaluator::evaluate(t, policy, *calendar, now), zone, values));
                });
        if (!read)
            read = policyError;
        if (!read)
            slaRun.end();
    }
    if (read)
        return StorageText::message(read);
    if (stopped)
        *stopped = stop;
    if (!error.isEmpty() || stop)
        return error;
    return stream.commit(&error) ? QString() : error;
}

QStringList EngagementExportLoader::csvFileNames()
{
    return {QStringLiteral("tickets.csv"), QStringLiteral("worklogs.csv"), QStringLiteral("sla.csv")};
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
