#include "app/clicontext.h"

#include "models/storagetext.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace App {

CliContext::CliContext() : m_out(stdout), m_err(stderr) {}

int CliContext::fail(const QString &reason, int code)
{
    m_err << "deliverydesk: " << reason << Qt::endl;
    return code;
}

QString CliContext::defaultDemoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.sqlite");
}

bool CliContext::openDatabase(const QString &requested, bool demo, Models::Portfolio *portfolio,
                              Storage::Database::Access access)
{
    QString path = requested;
    if (path.isEmpty())
        path = demo ? defaultDemoPath() : Storage::Database::defaultPath();
    Storage::StorageError error;
    if (demo && !QFileInfo::exists(path))
        error = portfolio->createDemo(path, QDate::currentDate());
    else if (!demo && !QFileInfo::exists(path))
        error = {Storage::StorageError::Kind::CannotOpen, QStringLiteral("open database"), QDir::toNativeSeparators(path),
                 QStringLiteral("there is no file at this path (give --database PATH, or --demo for the demo database)")};
    else
        error = portfolio->open(path, access);
    if (error) {
        fail(Models::StorageText::message(error));
        return false;
    }
    return true;
}

} // namespace App
