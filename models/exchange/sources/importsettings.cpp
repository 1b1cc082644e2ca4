#include "models/exchange/sources/importsettings.h"

namespace Exchange {

QJsonObject ImportSettings::toJson() const
{
    QJsonObject json{{QStringLiteral("zone"), QString::fromUtf8(zone.id())},
                     {QStringLiteral("mappings"), mappings.toJson()}};
    if (dateFormat)
        json.insert(QStringLiteral("dateFormat"), DateTimeParser::formatId(*dateFormat));
    if (maxWorklogHours != 24)
        json.insert(QStringLiteral("maxWorklogHours"), maxWorklogHours);
    return json;
}

bool ImportSettings::fromJson(const QJsonObject &json, ImportSettings *settings, QString *error)
{
    const auto failWith = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    ImportSettings s;
    const QString zoneId = json.value(QStringLiteral("zone")).toString(QStringLiteral("UTC"));
    s.zone = QTimeZone(zoneId.toUtf8());
    if (!s.zone.isValid())
        return failWith(tr("Unknown time zone \"%1\".").arg(zoneId));
    if (json.contains(QStringLiteral("dateFormat"))) {
        DateTimeParser::Format format;
        const QString id = json.value(QStringLiteral("dateFormat")).toString();
        if (!DateTimeParser::formatFromId(id, &format))
            return failWith(tr("Unknown date format \"%1\".").arg(id));
        s.dateFormat = format;
    }
    if (json.contains(QStringLiteral("maxWorklogHours"))) {
        s.maxWorklogHours = json.value(QStringLiteral("maxWorklogHours")).toDouble(-1);
        if (!(s.maxWorklogHours > 0 && s.maxWorklogHours <= 24 * 366))
            return failWith(tr("The longest worklog must be a number of hours above 0."));
    }
    if (json.contains(QStringLiteral("mappings")) &&
        !ImportMappings::fromJson(json.value(QStringLiteral("mappings")).toObject(), &s.mappings, error))
        return false;
    *settings = s;
    return true;
}

} // namespace Exchange
