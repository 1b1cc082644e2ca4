#pragma once

#include "models/storage/storageerror.h"

#include <QObject>
#include <QSqlDriver>

namespace Storage {

class Database;

/// Tells when another connection (another Delivery Desk, another thread) committed a change to
/// the database, so that a window can show it. SQLite: `PRAGMA data_version` of this thread's
/// connection, which moves when another connection commits, read at each look(). PostgreSQL:
/// LISTEN on channel(), on which every table's statement trigger (the change_notify migration)
/// notifies at the commit of any writer, Delivery Desk or not; look() (re)subscribes this thread's
/// connection, also after Database::connection() replaced a lost one.
class ChangeWatch : public QObject
{
    Q_OBJECT

public:
    /// The PostgreSQL notification channel of committed changes.
    static QString channel() { return QStringLiteral("deliverydesk_changes"); }

    /// `database` must outlive the watch; the watch belongs to the thread that calls look().
    explicit ChangeWatch(const Database &database, QObject *parent = nullptr);

    /// Looks for changes now (SQLite) or makes sure the notifications arrive (PostgreSQL); emits
    /// changed() when others changed the database since the last look. The first look only starts.
    StorageError look();

signals:
    /// Another connection committed a change (on PostgreSQL: also after a reconnection, since the
    /// notifications of the time in between are lost).
    void changed();

private:
    StorageError lookAtFile();
    StorageError lookAtServer();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source);

    const Database &m_database;
    qint64 m_dataVersion = -1;
    bool m_subscribedBefore = false;
    QMetaObject::Connection m_notification;
};

} // namespace Storage
