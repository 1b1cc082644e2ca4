#include "app/clicontext.h"

#include "models/storagetext.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace App {

CliContext::CliContext() : m_out(stdout), m_err(stderr)
{
    // A write that has to wait for another program's write says so at once, on stderr.
    Storage::Database::setBusyNotifier([] {
        QTextStream err(stderr);
        err << "deliverydesk: " << tr("waiting for another Delivery Desk to finish…") << Qt::endl;
    });
}

int CliContext::fail(const QString &reason, int code)
{
    // One line, whatever the reason quotes (a driver's multi-line message, a cell with a line break).
    QString line = reason.trimmed();
    line.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1String(" | "));
    m_err << "deliverydesk: " << line << Qt::endl;
    return code;
}

QString CliContext::defaultDemoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.sqlite");
}

QString CliContext::databasePath(const QString &requested, bool demo)
{
    if (!requested.isEmpty())
        return requested;
    return demo ? defaultDemoPath() : Storage::Database::defaultPath();
}

bool CliContext::openDatabase(const QString &requested, bool demo, Models::Portfolio *portfolio,
                              Storage::Database::Access access)
{
    const QString path = databasePath(requested, demo);
    Storage::StorageError error;
    if (Storage::Database::isServerAddress(path))
        error = portfolio->open(path, access); // a team database: the server says whether it exists
    else if (demo && !QFileInfo::exists(path))
        error = portfolio->createDemo(path, QDate::currentDate());
    else if (!demo && !QFileInfo::exists(path))
        error = {
            Storage::StorageError::Kind::CannotOpen, QStringLiteral("open database"),
            QDir::toNativeSeparators(path),
            QStringLiteral(
                "there is no file at this path (give --database PATH, or --demo for the demo database)")};
    else
        error = portfolio->open(path, access);
    if (error) {
        fail(Models::StorageText::message(error));
        return false;
    }
    // A file of an older version was updated in place: the script's user learns it, and where
    // the file as it was is kept, as the window's message bar says it.
    const QString backup = portfolio->database()->backupPath();
    if (!backup.isEmpty())
        m_err
            << tr("note: %1 was updated for this version of Delivery Desk; the file as it was is kept as %2")
                   .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backup))
            << Qt::endl;
    return true;
}

} // namespace App
