#include "models/importrun.h"

namespace Models {

ImportRun::Report ImportRun::import(const QString &path, const Options &options) const
{
    Storage::ImportSession session(m_database, m_engagement);
    session.setBeforeCommit(m_beforeCommit);
    Report report = session.stage(path, options);
    session.commit(&report);
    return report;
}

ImportRun::Report ImportRun::dryRun(const QString &path, const Options &options, bool *acceptable) const
{
    Storage::ImportSession session(m_database, m_engagement);
    Report report = session.stage(path, options);
    *acceptable = report.isAcceptable();
    if (session.isPending())
        session.rollback(&report, *acceptable ? Report::Outcome::DryRun : Report::Outcome::Rejected);
    return report;
}

} // namespace Models
