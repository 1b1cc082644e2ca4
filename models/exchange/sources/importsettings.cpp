#include "models/exchange/sources/importsettings.h"

namespace Exchange {

QJsonObject ImportSettings::toJson() const
{
    QJsonObject json{{QStringLiteral("zone"), QString::fromUtf8(zone.id())},
                     {QStringLiteral("mappings"), mappings.toJson()}};
    if (dateFormat)
        json.insert(QStringLiteral("dateFormat"), DateTimeParser::formatId(*dateFormat));
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
    if (json.contains(QStringLiteral("mappings")) &&
        !ImportMappings::fromJson(json.value(QStringLiteral("mappings")).toObject(), &s.mappings, error))
        return false;
    *settings = s;
    return true;
}

} // namespace Exchange
