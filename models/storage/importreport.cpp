#include "models/storage/importreport.h"

namespace Storage {

bool ImportReport::operator==(const ImportReport &o) const
{
    return engagementKey == o.engagementKey && source == o.source && fileName == o.fileName &&
           timeZone == o.timeZone && skipBadRows == o.skipBadRows && rowsRead == o.rowsRead &&
           tickets == o.tickets && worklogs == o.worklogs && historyRows == o.historyRows &&
           fileSeconds == o.fileSeconds && storedSeconds == o.storedSeconds &&
           rejectedCount == o.rejectedCount && warningCount == o.warningCount && rejected == o.rejected &&
           warnings == o.warnings && unknownPersons == o.unknownPersons &&
           unknownWorkTypes == o.unknownWorkTypes && priorities == o.priorities && firstDate == o.firstDate &&
           lastDate == o.lastDate && encoding == o.encoding && encodingGuessed == o.encodingGuessed &&
           fileError == o.fileError && storageError.kind == o.storageError.kind &&
           storageError.detail == o.storageError.detail && cancelled == o.cancelled && outcome == o.outcome;
}

} // namespace Storage
