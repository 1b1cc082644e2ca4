#include "models/storage/changewatch.h"

#include "models/storage/database.h"
#include "models/storage/sqlhelpers.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Storage {

namespace {
const QString s_operation = QStringLiteral("watch for changes");
}

ChangeWatch::ChangeWatch(const Database &database, QObject *parent) : QObject(parent), m_database(database)
{
}

StorageError ChangeWatch::look()
{
    return m_database.isServer() ? lookAtServer() : lookAtFile();
}

StorageError ChangeWatch::lookAtFile()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return queryError(query, s_operation, m_database.path());
    const qint64 version = query.value(0).toLongLong();
    const bool moved = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (moved)
        emit changed();
    return {};
}

StorageError ChangeWatch::lookAtServer()
{
    // connection() opens a new connection in place of one the server ended.
    QSqlDatabase db = m_database.connection();
    QSqlDriver *driver = db.driver();
    if (!db.isOpen())
        return {StorageError::Kind::ConnectionLost, s_operation, m_database.path(), db.lastError().text()};
    if (driver->subscribedToNotifications().contains(channel()))
        return {};
    if (!driver->subscribeToNotification(channel()))
        return {StorageError::Kind::Query, s_operation, m_database.path(), driver->lastError().text()};
    // After a lost connection the same driver object is opened again: one signal connection.
    disconnect(m_notification);
    m_notification = connect(driver, &QSqlDriver::notification, this,
                             [this](const QString &name, QSqlDriver::NotificationSource source,
                                    const QVariant &) { onNotification(name, source); });
    // Subscribed again on a new connection: what others committed in between was not notified.
    if (m_subscribedBefore)
        emit changed();
    m_subscribedBefore = true;
    return {};
}

void ChangeWatch::onNotification(const QString &name, QSqlDriver::NotificationSource source)
{
    // This connection's own commits are no news to the window that made them.
    if (name == channel() && source == QSqlDriver::OtherSource)
        emit changed();
}

} // namespace Storage
