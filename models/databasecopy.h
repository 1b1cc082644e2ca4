#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace Models {

/// `deliverydesk db copy`: a whole portfolio from one database into a new or empty one (SQLite
/// files and PostgreSQL addresses, either direction), all or nothing, with the rows of each table
/// counted on both sides (Storage::DatabaseCopier).
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(Models::DatabaseCopy)

public:
    struct Table
    {
        QString name;
        qint64 rows = 0;
    };
    struct Result
    {
        bool ok = false;
        QString message;       ///< translated: what was copied where, or why nothing was
        QVector<Table> tables; ///< rows per table, verified in the target (empty on failure)
    };

    [[nodiscard]] static Result run(const QString &from, const QString &to);
};

} // namespace Models
