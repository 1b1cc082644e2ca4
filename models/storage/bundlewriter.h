#pragma once

#include "models/storage/storageerror.h"

#include <QDateTime>
#include <QString>

namespace Storage {

class Database;

/// What an offline bundle is a copy of (the database_info rows bundle.*). Empty for an
/// ordinary database.
struct BundleInfo
{
    QString source;    ///< absolute path of the database the bundle was taken from
    QDateTime takenAt; ///< UTC
    QString scope;     ///< an engagement key, or "portfolio"

    bool isBundle() const { return !scope.isEmpty(); }
    bool isPortfolio() const { return scope == portfolioScope(); }
    static QString portfolioScope() { return QStringLiteral("portfolio"); }

    bool operator==(const BundleInfo &o) const
    {
        return source == o.source && takenAt == o.takenAt && scope == o.scope;
    }
    bool operator!=(const BundleInfo &o) const { return !(*this == o); }
};

/// Copies one engagement, or the whole portfolio, into a standalone SQLite file with the same
/// schema (an offline bundle) that the app opens read-only. The copy is written to a temporary
/// file next to the target and renamed at the end, so a failure leaves nothing behind and an
/// existing file is replaced only when asked to.
///
/// An engagement bundle holds the engagement with everything that refers to it (tickets and
/// their history, worklogs, policies, budgets, allocations, compliance, import settings), the
/// people allocated to it with their absences, and the shared tables (calendars, import
/// profiles, value mappings). Deleted engagements are never copied.
class BundleWriter
{
public:
    enum class Overwrite { Refuse, Replace };

    explicit BundleWriter(const Database &source);

    /// Writes the bundle. `engagementKey` empty means the whole portfolio. `takenAt` is stored
    /// (in UTC) as bundle.taken_at. Refuses an existing `outputPath` unless `overwrite` is Replace,
    /// and never writes over the source database itself.
    StorageError write(const QString &outputPath, const QString &engagementKey, const QDateTime &takenAt,
                       Overwrite overwrite = Overwrite::Refuse) const;

    /// Reads the bundle.* rows of an open database (empty info for an ordinary database).
    static StorageError readInfo(const Database &database, BundleInfo *out);
    /// Opens `path` read-only just long enough to read its bundle.* rows.
    static StorageError readInfo(const QString &path, BundleInfo *out);

private:
    const Database &m_source;
};

} // namespace Storage
