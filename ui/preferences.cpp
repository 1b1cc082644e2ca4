#include "ui/preferences.h"

#include <QDir>

namespace Gui {

namespace {
const QString s_language = QStringLiteral("ui/language");
const QString s_recent = QStringLiteral("files/recent");
const QString s_last = QStringLiteral("files/lastDatabase");
const QString s_geometry = QStringLiteral("window/geometry");
const QString s_state = QStringLiteral("window/state");
const QString s_splitter = QStringLiteral("window/splitter");
const QString s_preparedBy = QStringLiteral("review/preparedBy"); // ReportCommand::preparedByKey()
} // namespace

QString Preferences::language() const
{
    return m_settings.value(s_language).toString();
}
void Preferences::setLanguage(const QString &language)
{
    m_settings.setValue(s_language, language);
}

QStringList Preferences::recentFiles() const
{
    return m_settings.value(s_recent).toStringList();
}

namespace {
/// A file path cleaned; a team database's address (postgresql://…) as it is, since cleaning
/// would fold its "//" and make it a path.
QString cleanLocation(const QString &location)
{
    return location.contains(QLatin1String("://")) ? location : QDir::cleanPath(location);
}
} // namespace

void Preferences::addRecentFile(const QString &path)
{
    const QString clean = cleanLocation(path);
    QStringList files = recentFiles();
    files.removeAll(clean);
    files.prepend(clean);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    m_settings.setValue(s_recent, files);
}

void Preferences::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(cleanLocation(path));
    m_settings.setValue(s_recent, files);
}

QString Preferences::lastDatabase() const
{
    return m_settings.value(s_last).toString();
}
void Preferences::setLastDatabase(const QString &path)
{
    m_settings.setValue(s_last, path);
}
QByteArray Preferences::windowGeometry() const
{
    return m_settings.value(s_geometry).toByteArray();
}
void Preferences::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(s_geometry, geometry);
}
QByteArray Preferences::windowState() const
{
    return m_settings.value(s_state).toByteArray();
}
void Preferences::setWindowState(const QByteArray &state)
{
    m_settings.setValue(s_state, state);
}
QByteArray Preferences::splitterState() const
{
    return m_settings.value(s_splitter).toByteArray();
}
void Preferences::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(s_splitter, state);
}

QString Preferences::preparedBy() const
{
    return m_settings.value(s_preparedBy).toString();
}
void Preferences::setPreparedBy(const QString &name)
{
    m_settings.setValue(s_preparedBy, name);
}

} // namespace Gui
