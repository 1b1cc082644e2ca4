#include "models/exchange/sources/jirasource.h"

namespace Exchange {

namespace {

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *name : list)
        out << QString::fromUtf8(name);
    return out;
}

/// "Custom field (X)" in each language whose export header is known from a real file.
QStringList customField(const char *name)
{
    QStringList out;
    for (const char *prefix : {"Custom field (%1)", "Campo personalizado (%1)", "Benutzerdefinierte Felder (%1)",
                               "Champs personnalisés (%1)", "Anpassat fält (%1)"})
        out << QString::fromUtf8(prefix).arg(QString::fromUtf8(name));
    return out;
}

} // namespace

JiraSource::JiraSource(const ImportSettings &settings)
    : TicketListSource(settings, DateTimeParser::Format::DayMonthNameYear, columns())
{
}

TicketColumns JiraSource::columns()
{
    // Header names of Jira's CSV export in English, Spanish, German and French as real exports
    // write them (tests/data/import/SOURCES.md says where each was seen), and Swedish.
    TicketColumns c;
    c.key = names({"Issue key", "Clave de incidencia", "Vorgangsschlüssel", "Clé de ticket", "Nyckel",
                   "Ärendenyckel"});
    c.type = names({"Issue Type", "Tipo de Incidencia", "Vorgangstyp", "Type de ticket", "Ärendetyp", "Typ"});
    c.priority = names({"Priority", "Prioridad", "Priorität", "Prioritet"});
    c.status = names({"Status", "Estado"});
    c.created = names({"Created", "Creada", "Erstellt", "Skapad", "Skapat"});
    c.resolved = names({"Resolved", "Resuelta", "Erledigt", "Löst", "Löstes"});
    c.title = names({"Summary", "Resumen", "Zusammenfassung", "Résumé", "Sammanfattning"});
    c.firstResponse = names({"[CHART] Date of First Response"}) + customField("[CHART] Date of First Response");
    c.vendorSla = customField("Time to first response") + customField("Time to resolution") +
                  names({"Time to first response", "Time to resolution"});
    c.comment = names({"Comment"});
    c.reporter = names({"Reporter Id", "ID del informador", "ID des Autors", "Reporter", "Informador", "Autor"});
    c.issueId = names({"Issue id", "ID de la incidencia", "Vorgangs-ID"});
    c.parent = names({"Parent", "Parent id", "Parent key", "Clave principal", "Übergeordnet", "Clé parent"});
    return c;
}

} // namespace Exchange
