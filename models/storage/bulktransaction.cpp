#include "models/storage/bulktransaction.h"

#include "models/storage/bulkwrite.h"
#include "models/storage/database.h"
#include "models/storage/transactionguard.h"

namespace Storage {

struct BulkTransaction::Private
{
    explicit Private(const Database &database)
        : database(database), bulk(database.connection()), guard(database.connection())
    {
    }

    const Database &database;
    BulkWrite bulk; // before the transaction: temp_store cannot change inside one
    TransactionGuard guard;
};

BulkTransaction::BulkTransaction(const Database &database) : d(std::make_unique<Private>(database))
{
}

BulkTransaction::~BulkTransaction() = default;

StorageError BulkTransaction::begin(const QString &operation) const
{
    if (!d->guard.isActive())
        return d->guard.beginError(operation, d->database.path());
    // A bulk write rewrites many rows: never into a damaged file. A joined transaction's owner
    // checked already.
    if (!d->guard.isNested())
        return d->database.quickCheck(operation);
    return {};
}

StorageError BulkTransaction::commit(const QString &operation, const QString &record)
{
    if (d->guard.commit())
        return {};
    return {StorageError::Kind::Query, operation, record, QStringLiteral("the commit failed")};
}

} // namespace Storage
