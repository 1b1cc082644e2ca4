#include "app/settingscommand.h"

#include "app/command.h"
#include "models/portfolio.h"
#include "models/storagetext.h"
#include "models/teamtimezone.h"

#include <QTimeZone>

namespace App {

const CommandSpec &SettingsCommand::spec(const QStringList &)
{
    static const CommandSpec s_spec{
        "settings",
        "SettingsCommand",
        QT_TRANSLATE_NOOP(
            "SettingsCommand",
            "Show or set a setting of the portfolio: team-zone, the team's time zone, whose working "
            "days and public holidays people's capacity counts on. Without a setting of its own the "
            "portfolio counts in its engagements' most common zone (Europe/Stockholm without "
            "engagements)."),
        {},
        {{"setting", QT_TRANSLATE_NOOP("SettingsCommand", "team-zone."),
          QT_TRANSLATE_NOOP("SettingsCommand", "team-zone")},
         {"value",
          QT_TRANSLATE_NOOP(
              "SettingsCommand",
              "Optional: the new value, an IANA zone such as Europe/London, or default to remove the "
              "setting."),
          QT_TRANSLATE_NOOP("SettingsCommand", "[ZONE|default]")}},
        &SettingsCommand::run};
    return s_spec;
}

int SettingsCommand::run(CommandCall &call)
{
    const QStringList positional = call.arguments();
    if (positional.value(0) != QLatin1String("team-zone") || positional.size() > 2)
        return call.usageError(tr("settings needs team-zone, optionally followed by a zone or default"));
    const QByteArray zone = positional.value(1).toUtf8();
    const bool setting = positional.size() == 2;
    if (setting && zone != "default" && !QTimeZone::isTimeZoneIdAvailable(zone))
        return call.usageError(tr("%1 is not a time zone this system knows (e.g. Europe/Stockholm)")
                                   .arg(QString::fromUtf8(zone)));

    Models::Portfolio portfolio;
    if (!call.openPortfolio(&portfolio, setting ? Storage::Database::Access::ReadWrite
                                                : Storage::Database::Access::ReadOnly))
        return Failure;
    const Models::TeamTimeZone team(*portfolio.database());
    if (setting) {
        // A new value, not an edit of a shown one: saved over the version it finds, in one transaction.
        if (const Storage::StorageError error = team.replace(zone == "default" ? QByteArray() : zone))
            return call.fail(Models::StorageText::message(error));
    }
    Models::TeamTimeZone::Value value;
    if (const Storage::StorageError error = team.read(&value))
        return call.fail(Models::StorageText::message(error));
    const QString name = QString::fromUtf8(value.zone);
    call.context().out() << (value.isSet ? name
                                         : tr("%1 (not set: the engagements' most common zone)").arg(name))
                         << '\n';
    return Success;
}

} // namespace App
