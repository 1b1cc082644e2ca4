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
    for (const char *prefix :
         {"Custom field (%1)", "Campo personalizado (%1)", "Benutzerdefinierte Felder (%1)",
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
    // write them (tests/data/import/SOURCES.md says which file each was seen in), and Swedish
    // names kept from earlier versions that no real export has confirmed yet.
    TicketColumns c;
    c.key = names(
        {"Issue key", "Clave de incidencia", "Vorgangsschlüssel", "Clé de ticket", "Nyckel", "Ärendenyckel"});
    c.type = names({"Issue Type", "Tipo de Incidencia", "Vorgangstyp", "Type de ticket", "Ärendetyp", "Typ"});
    c.priority = names({"Priority", "Prioridad", "Priorität", "Priorité", "Prioritet"});
    c.status = names({"Status", "Estado", "État"});
    c.created = names({"Created", "Creada", "Erstellt", "Création", "Skapad", "Skapat"});
    c.resolved = names({"Resolved", "Resuelta", "Erledigt", "Résolu", "Löst", "Löstes"});
    c.title = names({"Summary", "Resumen", "Zusammenfassung", "Résumé", "Sammanfattning"});
    c.firstResponse =
        names({"[CHART] Date of First Response"}) + customField("[CHART] Date of First Response");
    c.vendorSla = customField("Time to first response") + customField("Time to resolution") +
                  names({"Time to first response", "Time to resolution"});
    c.comment = names({"Comment", "Commentaire"});
    c.reporter = names({"Reporter Id", "ID del informador", "ID des Autors", "ID de rapporteur", "Reporter",
                        "Informador", "Autor", "Rapporteur"});
    c.issueId = names({"Issue id", "ID de la incidencia", "Vorgangs-ID", "ID de ticket"});
    c.parent = names({"Parent", "Parent id", "Parent key", "ID del elemento padre", "Clave principal",
                      "Übergeordnet", "Clé parent"});
    return c;
}

} // namespace Exchange
