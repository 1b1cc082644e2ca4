#include "models/exchange/sources/importsources.h"

#include "models/exchange/csv/csvline.h"
#include "models/exchange/csv/csvreader.h"

#include "models/exchange/sources/harvestsource.h"
#include "models/exchange/sources/jirasource.h"
#include "models/exchange/sources/kimaisource.h"
#include "models/exchange/sources/mappedticketsource.h"
#include "models/exchange/sources/mappedworklogsource.h"
#include "models/exchange/sources/servicenoweventsource.h"
#include "models/exchange/sources/servicenowincidentsource.h"
#include "models/exchange/sources/temposource.h"
#include "models/exchange/sources/zendesksource.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace Exchange {

QStringList ImportSources::ids()
{
    return {QStringLiteral("servicenow"), QStringLiteral("servicenow-events"),
            QStringLiteral("jira"),       QStringLiteral("zendesk"),
            QStringLiteral("tempo"),      QStringLiteral("kimai"),
            QStringLiteral("harvest")};
}

std::unique_ptr<ImportSource> ImportSources::create(const QString &id, const ImportSettings &settings)
{
    if (id == QLatin1String("servicenow"))
        return std::make_unique<ServiceNowIncidentSource>(settings);
    if (id == QLatin1String("servicenow-events"))
        return std::make_unique<ServiceNowEventSource>(settings);
    if (id == QLatin1String("jira"))
        return std::make_unique<JiraSource>(settings);
    if (id == QLatin1String("zendesk"))
        return std::make_unique<ZendeskSource>(settings);
    if (id == QLatin1String("tempo"))
        return std::make_unique<TempoSource>(settings);
    if (id == QLatin1String("kimai"))
        return std::make_unique<KimaiSource>(settings);
    if (id == QLatin1String("harvest"))
        return std::make_unique<HarvestSource>(settings);
    return nullptr;
}

std::unique_ptr<ImportSource> ImportSources::create(const ColumnMapping &mapping,
                                                    const ImportSettings &settings)
{
    if (mapping.rowKind == ColumnMapping::RowKind::Tickets)
        return std::make_unique<MappedTicketSource>(mapping, settings);
    return std::make_unique<MappedWorklogSource>(mapping, settings);
}

QString ImportSources::detectFile(const QString &path)
{
    // Only a regular file: opening a pipe with no writer blocks forever (docs/quality/hardening.md).
    if (!QFileInfo(path).isFile())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(&file, QFileInfo(path).fileName());
    if (!reader.readHeader())
        return {};
    return detect(reader.header());
}

QString ImportSources::detect(const QStringList &fileHeader)
{
    // Zendesk Explore writes each record as one quoted field.
    const QChar inner = fileHeader.size() == 1 ? CsvLine::wrappedDelimiter(fileHeader.constFirst()) : QChar();
    const QStringList header = inner.isNull() ? fileHeader : CsvLine::split(fileHeader.constFirst(), inner);
    QSet<QString> names;
    for (const QString &h : header)
        names.insert(ImportMappings::normalized(h));
    const auto has = [&names](std::initializer_list<const char *> any) {
        for (const char *name : any) {
            if (names.contains(QString::fromUtf8(name)))
                return true;
        }
        return false;
    };
    // Most specific first: an event log also has the incident list's columns.
    if (has({"sys_updated_at", "sys_updated_on"}) && has({"incident_state", "state"}) && has({"number"}))
        return QStringLiteral("servicenow-events");
    if (has({"number"}) && has({"opened_at", "opened"}))
        return QStringLiteral("servicenow");
    if (has({"issue key", "nyckel", "ärendenyckel", "clave de incidencia", "vorgangsschlüssel", "clé de ticket"}) &&
        has({"created", "skapad", "skapat", "creada", "erstellt", "création"}))
        return QStringLiteral("jira");
    if (has({"first reply time in minutes"}) || (has({"id"}) && has({"created at"})) ||
        (has({"ticket id"}) && has({"ticket created - timestamp"})))
        return QStringLiteral("zendesk");
    if (has({"work date"}) && has({"hours"}))
        return QStringLiteral("tempo");
    if (has({"first name"}) && has({"hours"}) && has({"task"}))
        return QStringLiteral("harvest");
    if (has({"date", "datum"}) && has({"user", "användare"}) &&
        has({"duration", "varaktighet", "begin", "från"}))
        return QStringLiteral("kimai");
    return QString();
}

} // namespace Exchange
