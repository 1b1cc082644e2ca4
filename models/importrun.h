#pragma once

#include "models/storage/importsession.h"

namespace Models {

/// An import on the calling thread, for the command line (the window runs Models::ImportJob off
/// the GUI thread): the file is read into one transaction, then committed when its report allows
/// it, or rolled back. Nothing is half-written. `beforeCommit` runs inside the import's transaction
/// before it commits (the portfolio's Models::Portfolio::beforeImportCommit(); empty: nothing).
class ImportRun
{
public:
    using Options = Storage::ImportSession::Options;
    using Report = Storage::ImportReport;

    ImportRun(const Storage::Database &database, Storage::ImportSession::BeforeCommitHook beforeCommit,
              const Domain::Engagement &engagement)
        : m_database(database), m_beforeCommit(std::move(beforeCommit)), m_engagement(engagement)
    {
    }

    /// Reads `path` and commits it when the report allows it; the report says what was written.
    Report import(const QString &path, const Options &options) const;
    /// Reads `path` and rolls it back, for the report only (outcome DryRun, or Rejected when
    /// import() would not have committed it); `acceptable` says whether import() would have.
    Report dryRun(const QString &path, const Options &options, bool *acceptable) const;

private:
    const Storage::Database &m_database;
    Storage::ImportSession::BeforeCommitHook m_beforeCommit;
    Domain::Engagement m_engagement;
};

} // namespace Models
