#pragma once

#include "models/exchange/sources/columnmapping.h"
#include "models/exchange/sources/importsource.h"

#include <memory>

namespace Exchange {

/// The known sources by command-line id, and a guess of which one a file is.
class ImportSources
{
public:
    /// servicenow, servicenow-events, jira, zendesk, tempo, kimai, harvest
    static QStringList ids();
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
