#pragma once

#include "models/exchange/export/csvtablewriter.h"
#include "models/exchange/export/exporttable.h"
#include "models/exchange/export/tablestream.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QVector>
#include <functional>
#include <optional>

namespace Domain {
struct Engagement;
}
namespace Storage {
class Database;
}

namespace Models {

/// What an engagement export wrote: the tables "tickets", "worklogs" and "sla" (the stored SLA
/// results), in that order.
struct EngagementExport
{
    static constexpr int Tables = 3;
    int tickets = 0;
    int worklogs = 0;
    /// When the stored SLA results were computed; empty when the engagement has never been
    /// evaluated (then its tickets are evaluated at the `now` of the export).
    std::optional<qint64> evaluatedAt;
};

/// One loader for the Export dialog and `deliverydesk export`: reads the engagement's tickets,
/// worklogs and stored SLA results (docs/sla/stored-results.md: stored results are read, never evaluated
/// again on the way to a file) and writes them as CSV files or one XLSX workbook while it reads
/// them: memory holds a row, not the engagement. Errors come back as one translated sentence.
class EngagementExportLoader
{
    Q_DECLARE_TR_FUNCTIONS(Models::EngagementExportLoader)

public:
    /// Asked before each table (with the tables written so far) and every few thousand rows:
    /// false stops the export.
    using Proceed = std::function<bool(int tablesDone)>;

    explicit EngagementExportLoader(const Storage::Database &database) : m_database(database) {}

    /// Writes the tables of `engagement` into `stream`, headings and states in the language of
    /// `locale`, then commits it. A ticket without a stored result (never recomputed since it was
    /// stored) is evaluated at `now`, so that the sheet has a row for every ticket. Returns the
    /// reason it failed, or empty; when `proceed` stops it, nothing is committed and `stopped` is set.
    QString write(const Domain::Engagement &engagement, qint64 now, const QLocale &locale,
                  Exchange::TableStream &stream, EngagementExport *out, const Proceed &proceed = {},
                  bool *stopped = nullptr) const;

    /// The files of a CSV export, in the order of the tables.
    static QStringList csvFileNames();

    /// Writes an offline bundle of the engagement `key` (empty: the whole portfolio) taken at `now`,
    /// replacing an existing file only when `replace`. Returns the reason it failed, or empty;
    /// `unknownKey` says whether it failed because there is no engagement `key`.
    QString writeBundle(const QString &path, const QString &key, qint64 now, bool replace,
                        bool *unknownKey = nullptr) const;

private:
    const Storage::Database &m_database;
};

} // namespace Models
