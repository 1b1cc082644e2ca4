#pragma once

#include "models/exchange/csv/datetimeparser.h"
#include "models/exchange/sources/importmappings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimeZone>
#include <optional>

namespace Exchange {

/// What the user chose for one import: the zone the export was written in (the exporting
/// account's zone), the mappings, and, when the source's usual day/month order is wrong for this
/// account, the order to use instead. Remembered per engagement and source as JSON.
struct ImportSettings
{
    Q_DECLARE_TR_FUNCTIONS(ImportSettings)

public:
    QTimeZone zone = QTimeZone::utc();
    ImportMappings mappings = ImportMappings::defaults();
    std::optional<DateTimeParser::Format> dateFormat;
    /// A worklog longer than this is a row error (a wrong unit or a typing slip, never real work).
    double maxWorklogHours = 24;
    /// One severity for every ticket of a list without a priority column (not remembered).
    std::optional<int> severity;

    /// {"zone": "Europe/Stockholm", "dateFormat": "dmy" (absent = the source's usual),
    ///  "maxWorklogHours": 24 (absent = 24), "mappings": {...}}
    QJsonObject toJson() const;
    /// False with `error` set for an unknown zone, date format or broken mappings.
    static bool fromJson(const QJsonObject &json, ImportSettings *settings, QString *error);

    bool operator==(const ImportSettings &o) const
    {
        return zone == o.zone && mappings == o.mappings && dateFormat == o.dateFormat &&
               maxWorklogHours == o.maxWorklogHours && severity == o.severity;
    }
    bool operator!=(const ImportSettings &o) const { return !(*this == o); }
};

} // namespace Exchange
