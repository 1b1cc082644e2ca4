#include "models/databaseupgrade.h"

#include "models/storage/bundlewriter.h"
#include "models/storage/database.h"
#include "models/storage/migrator.h"

#include <QFileInfo>
#include <QThread>

namespace Models {

bool DatabaseUpgrade::isNeeded(const QString &path)
{
    if (path.isEmpty() || Storage::Database::isServerAddress(path) || !QFileInfo(path).isFile())
        return false;
    Storage::BundleInfo bundle;
    if (Storage::BundleWriter::readInfo(path, &bundle).isNull() && bundle.isBundle())
        return false;
    Storage::Database probe;
    if (probe.open(path, Storage::Database::Access::ReadOnly))
        return false;
    return probe.schemaVersion() < Storage::Migrator::latestVersion();
}

DatabaseUpgrade::DatabaseUpgrade(QObject *parent) : QObject(parent)
{
}

DatabaseUpgrade::~DatabaseUpgrade()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->wait();
    delete m_thread;
}

bool DatabaseUpgrade::start(const QString &path)
{
    if (m_thread)
        return false;
    m_cancel = std::make_shared<Storage::UpgradeCancel>();
    m_error = {};
    m_backupPath.clear();
    Storage::UpgradeWatch watch;
    // Posted to this object: dropped, not called, once it is gone (its destructor waits for the
    // worker first, so the worker never posts to a destroyed object either).
    watch.progress = [this](Step step, qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, step, done, total] { emit progressed(step, done, total); }, Qt::QueuedConnection);
    };
    watch.cancel = m_cancel; // shared: it lives as long as the worker
    // The opening thread's wait for another program's write (the window's few seconds) holds for
    // the worker too: its migrations cannot be cancelled.
    const int waitCap = Storage::Database::busyLimitMilliseconds();
    m_thread = QThread::create([this, path, watch, waitCap] {
        Storage::Database::setThreadWaitCap(waitCap);
        Storage::Database database;
        database.setUpgradeWatch(watch);
        m_error = database.open(path);
        m_backupPath = database.backupPath();
        database.close();
    });
    connect(m_thread, &QThread::finished, this, &DatabaseUpgrade::deliver);
    m_thread->start();
    return true;
}

void DatabaseUpgrade::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

void DatabaseUpgrade::deliver()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    emit finished(m_error, m_backupPath);
}

} // namespace Models
