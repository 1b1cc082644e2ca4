#include "models/exchange/sources/importbatch.h"

namespace Exchange {

void ImportBatch::reject(const ImportProblem &problem)
{
    if (rejected.size() < s_maxProblems)
        rejected.append(problem);
    ++rejectedCount;
}

void ImportBatch::warn(const ImportProblem &problem)
{
    if (warnings.size() < s_maxProblems)
        warnings.append(problem);
    ++warningCount;
}

bool ImportBatch::operator==(const ImportBatch &o) const
{
    return tickets == o.tickets && worklogs == o.worklogs && rejected == o.rejected &&
           warnings == o.warnings && rowsRead == o.rowsRead && sourceId == o.sourceId &&
           rejectedCount == o.rejectedCount && warningCount == o.warningCount &&
           ticketCount == o.ticketCount && worklogCount == o.worklogCount && fileError == o.fileError &&
           cancelled == o.cancelled && encoding == o.encoding && encodingGuessed == o.encodingGuessed &&
           delimiter == o.delimiter && unknownPersons == o.unknownPersons && priorities == o.priorities &&
           unknownWorkTypes == o.unknownWorkTypes && fileSeconds == o.fileSeconds &&
           worklogSeconds == o.worklogSeconds;
}

} // namespace Exchange
