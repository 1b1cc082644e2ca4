#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace Gui {

/// Typed access to the user's settings, so that keys and defaults live in one place.
class Preferences
{
public:
    static constexpr int MaxRecentFiles = 8;

    QString language() const; ///< "sv", "en" or empty (follow the system)
    void setLanguage(const QString &language);

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);

    QString lastDatabase() const;
    void setLastDatabase(const QString &path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    /// "Prepared by" on a review pack's cover (`deliverydesk report` reads the same key).
    QString preparedBy() const;
    void setPreparedBy(const QString &name);

private:
    mutable QSettings m_settings;
};

} // namespace Gui
