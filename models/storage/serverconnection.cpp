#include "models/storage/serverconnection.h"

#include <QSqlDriver>
#include <QVariant>
#include <libpq-fe.h>
#include <vector>

namespace Storage {

pg_conn *ServerConnection::handle(const QSqlDriver *driver)
{
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return nullptr;
    // QPSQL hands out its PGconn* in a QVariant (QSqlDriver::handle()), named after the struct
    // behind the typedef ("pg_conn*").
    const QVariant handle = driver->handle();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

bool ServerConnection::isLost(const QSqlDriver *driver)
{
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return false;
    PGconn *connection = handle(driver);
    return !connection || PQstatus(connection) == CONNECTION_BAD;
}

ServerConnection::Refusal ServerConnection::whyRefused(const ServerAddress &address, const QString &password)
{
    std::vector<QByteArray> keys;
    std::vector<QByteArray> values;
    const auto add = [&](const QString &key, const QString &value) {
        if (!value.isEmpty()) {
            keys.push_back(key.toUtf8());
            values.push_back(value.toUtf8());
        }
    };
    add(QStringLiteral("host"), address.host);
    add(QStringLiteral("port"), address.port > 0 ? QString::number(address.port) : QString());
    add(QStringLiteral("dbname"), address.database);
    add(QStringLiteral("user"), address.user);
    add(QStringLiteral("password"), password);
    for (const QString &option : address.connectOptions().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        add(option.section(QLatin1Char('='), 0, 0), option.section(QLatin1Char('='), 1));
    std::vector<const char *> keyPointers;
    std::vector<const char *> valuePointers;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        keyPointers.push_back(keys[i].constData());
        valuePointers.push_back(values[i].constData());
    }
    keyPointers.push_back(nullptr);
    valuePointers.push_back(nullptr);
    PGconn *connection = PQconnectdbParams(keyPointers.data(), valuePointers.data(), 0);
    Refusal refusal = Refusal::Other;
    if (PQstatus(connection) == CONNECTION_BAD) {
        // libpq remembers that the server asked for a password (password_needed) and whether it
        // had one to give (from the argument, PGPASSWORD or the password file).
        if (PQconnectionNeedsPassword(connection))
            refusal = Refusal::PasswordNeeded;
        else if (PQconnectionUsedPassword(connection))
            refusal = Refusal::PasswordRefused;
    }
    PQfinish(connection);
    return refusal;
}

} // namespace Storage
