#pragma once

#include "models/exchange/sources/columnmapping.h"
#include "models/exchange/sources/importsource.h"

#include <QSet>
#include <QVector>
#include <memory>

namespace Exchange {

/// One known source of exports, registered once in importsources.cpp: everything the import
/// wizard, `deliverydesk import` and the detection of a file's source know of it.
struct ImportSourceKind
{
    /// The header's column names, normalised (ImportMappings::normalized): what recognises() reads.
    class Header
    {
    public:
        explicit Header(const QStringList &names);
        /// Whether the header has any of the columns.
        bool hasAny(std::initializer_list<const char *> names) const;

    private:
        QSet<QString> m_names;
    };

    /// The command line's id (`--source jira`), also stored with what was imported.
    const char *id;
    /// Its name in the wizard's list: QT_TRANSLATE_NOOP("ImportSources", …), see ImportSources::name().
    const char *name;
    /// What its files are, in a sentence ("a Jira issue export"): QT_TRANSLATE_NOOP("ImportSources", …).
    const char *description;
    /// Detection tries higher precedence first, then the order of registration: a source whose
    /// typical columns include another's (the ServiceNow event log has the incident list's) goes before it.
    int precedence;
    /// Whether a file with this header is this source's export.
    bool (*recognises)(const Header &header);
    std::unique_ptr<ImportSource> (*create)(const ImportSettings &settings);
};

/// The known sources by command-line id, and a guess of which one a file is.
class ImportSources
{
public:
    /// Every source, in the order people see them listed (the wizard, `import --help`).
    static const QVector<ImportSourceKind> &all();
    /// nullptr for an unknown id.
    static const ImportSourceKind *find(const QString &id);
    /// servicenow, servicenow-events, jira, zendesk, tempo, kimai, harvest
    static QStringList ids();
    /// The source's name for people, translated; the id itself when it is unknown.
    static QString name(const QString &id);
    /// "a Jira issue export", translated; the id itself when it is unknown.
    static QString description(const QString &id);
    /// nullptr for an unknown id (profiles are created from their mapping).
    static std::unique_ptr<ImportSource> create(const QString &id, const ImportSettings &settings);
    static std::unique_ptr<ImportSource> create(const ColumnMapping &mapping, const ImportSettings &settings);
    /// The id of the source whose typical columns the header has, or empty (then: a profile).
    static QString detect(const QStringList &header);
    /// detect() on the header of a CSV file; empty when the file cannot be read or is not recognised.
    /// The import wizard and `deliverydesk import` both name the source a file looks like with it.
    static QString detectFile(const QString &path);
};

} // namespace Exchange
