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

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace Exchange {

namespace {

template<typename Source> std::unique_ptr<ImportSource> make(const ImportSettings &settings)
{
    return std::make_unique<Source>(settings);
}

using Header = ImportSourceKind::Header;

/// The registry. A new source is one entry here (and its files in CMakeLists.txt).
QVector<ImportSourceKind> registeredSources()
{
    return {
        {"servicenow", QT_TRANSLATE_NOOP("ImportSources", "ServiceNow list export"),
         QT_TRANSLATE_NOOP("ImportSources", "a ServiceNow incident list"), 0,
         [](const Header &h) {
             return h.hasAny({"number"}) && h.hasAny({"opened_at", "opened"});
         },
         &make<ServiceNowIncidentSource>},
        {"servicenow-events", QT_TRANSLATE_NOOP("ImportSources", "ServiceNow event log"),
         QT_TRANSLATE_NOOP("ImportSources", "a ServiceNow event log (servicenow-events)"), 1,
         [](const Header &h) {
             return h.hasAny({"sys_updated_at", "sys_updated_on"}) && h.hasAny({"incident_state", "state"}) &&
                    h.hasAny({"number"});
         },
         &make<ServiceNowEventSource>},
        {"jira", QT_TRANSLATE_NOOP("ImportSources", "Jira Service Management"),
         QT_TRANSLATE_NOOP("ImportSources", "a Jira issue export"), 0,
         [](const Header &h) {
             return h.hasAny({"issue key", "nyckel", "ärendenyckel", "clave de incidencia",
                              "vorgangsschlüssel", "clé de ticket"}) &&
                    h.hasAny({"created", "skapad", "skapat", "creada", "erstellt", "création"});
         },
         &make<JiraSource>},
        {"zendesk", QT_TRANSLATE_NOOP("ImportSources", "Zendesk tickets"),
         QT_TRANSLATE_NOOP("ImportSources", "a Zendesk ticket export"), 0,
         [](const Header &h) {
             return h.hasAny({"first reply time in minutes"}) ||
                    (h.hasAny({"id"}) && h.hasAny({"created at"})) ||
                    (h.hasAny({"ticket id"}) && h.hasAny({"ticket created - timestamp"}));
         },
         &make<ZendeskSource>},
        {"tempo", QT_TRANSLATE_NOOP("ImportSources", "Tempo worklogs"),
         QT_TRANSLATE_NOOP("ImportSources", "a Tempo worklog export"), 0,
         [](const Header &h) { return h.hasAny({"work date"}) && h.hasAny({"hours"}); }, &make<TempoSource>},
        // The loosest header (a date, a user, a duration): tried after every other.
        {"kimai", QT_TRANSLATE_NOOP("ImportSources", "Kimai timesheet"),
         QT_TRANSLATE_NOOP("ImportSources", "a Kimai timesheet export"), -1,
         [](const Header &h) {
             return h.hasAny({"date", "datum"}) && h.hasAny({"user", "användare"}) &&
                    h.hasAny({"duration", "varaktighet", "begin", "från"});
         },
         &make<KimaiSource>},
        {"harvest", QT_TRANSLATE_NOOP("ImportSources", "Harvest time report"),
         QT_TRANSLATE_NOOP("ImportSources", "a Harvest time report"), 0,
         [](const Header &h) {
             return h.hasAny({"first name"}) && h.hasAny({"hours"}) && h.hasAny({"task"});
         },
         &make<HarvestSource>},
    };
}

/// The registry in the order detection tries it.
QVector<const ImportSourceKind *> detectionOrder()
{
    QVector<const ImportSourceKind *> order;
    for (const ImportSourceKind &kind : ImportSources::all())
        order.append(&kind);
    std::stable_sort(order.begin(), order.end(), [](const ImportSourceKind *a, const ImportSourceKind *b) {
        return a->precedence > b->precedence;
    });
    return order;
}

} // namespace

ImportSourceKind::Header::Header(const QStringList &names)
{
    for (const QString &name : names)
        m_names.insert(ImportMappings::normalized(name));
}

bool ImportSourceKind::Header::hasAny(std::initializer_list<const char *> names) const
{
    return std::any_of(names.begin(), names.end(),
                       [this](const char *name) { return m_names.contains(QString::fromUtf8(name)); });
}

const QVector<ImportSourceKind> &ImportSources::all()
{
    static const QVector<ImportSourceKind> s_sources = registeredSources();
    return s_sources;
}

const ImportSourceKind *ImportSources::find(const QString &id)
{
    for (const ImportSourceKind &kind : all()) {
        if (id == QLatin1String(kind.id))
            return &kind;
    }
    return nullptr;
}

QStringList ImportSources::ids()
{
    QStringList ids;
    for (const ImportSourceKind &kind : all())
        ids.append(QString::fromLatin1(kind.id));
    return ids;
}

QString ImportSources::name(const QString &id)
{
    const ImportSourceKind *kind = find(id);
    return kind ? QCoreApplication::translate("ImportSources", kind->name) : id;
}

QString ImportSources::description(const QString &id)
{
    const ImportSourceKind *kind = find(id);
    return kind ? QCoreApplication::translate("ImportSources", kind->description) : id;
}

std::unique_ptr<ImportSource> ImportSources::create(const QString &id, const ImportSettings &settings)
{
    const ImportSourceKind *kind = find(id);
    return kind ? kind->create(settings) : nullptr;
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
    const Header header(inner.isNull() ? fileHeader : CsvLine::split(fileHeader.constFirst(), inner));
    static const QVector<const ImportSourceKind *> s_order = detectionOrder();
    for (const ImportSourceKind *kind : s_order) {
        if (kind->recognises(header))
            return QString::fromLatin1(kind->id);
    }
    return QString();
}

} // namespace Exchange
