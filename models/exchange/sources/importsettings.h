#pragma once

#include "models/exchange/csv/datetimeparser.h"
#include "models/exchange/sources/importmappings.h"

#include <QTimeZone>
#include <optional>

namespace Exchange {

/// What the user chose for one import: the zone the export was written in (the exporting
/// account's zone, remembered per engagement and source), the mappings, and, when the source's
/// usual day/month order is wrong for this account, the order to use instead.
struct ImportSettings
{
    QTimeZone zone = QTimeZone::utc();
    ImportMappings mappings = ImportMappings::defaults();
    std::optional<DateTimeParser::Format> dateFormat;

    bool operator==(const ImportSettings &o) const
    {
        return zone == o.zone && mappings == o.mappings && dateFormat == o.dateFormat;
    }
};

} // namespace Exchange
