#pragma once

#include "models/exchange/csv/csvreader.h"
#include "models/exchange/csv/datetimeparser.h"
#include "models/exchange/sources/importbatch.h"
#include "models/exchange/sources/importsettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <initializer_list>
#include <optional>

namespace Exchange {

/// Turns the rows of one kind of export into tickets or worklogs. A source sees rows one at a
/// time (the Importer drives it) and appends to the batch it is given, so memory does not grow
/// with the file; it keeps per-key state only (duplicate detection, one event-log ticket).
class ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(ImportSource)

public:
    ImportSource(const ImportSettings &settings, DateTimeParser::Format usualDateFormat);
    virtual ~ImportSource();
    ImportSource(const ImportSource &) = delete;
    ImportSource &operator=(const ImportSource &) = delete;

    /// Stable id used on the command line: servicenow, servicenow-events, jira, ...
    virtual QString id() const = 0;
    /// Translated name for messages ("ServiceNow incident list").
    virtual QString displayName() const = 0;

    /// Finds the columns this source reads in `header`. False, with `batch->fileError` naming the
    /// missing column, when the file is not this kind of export.
    bool begin(const QStringList &header, const QString &fileName, ImportBatch *batch);
    /// Whether the source wants to see every row once before the import (to decide something
    /// from the whole file: Kimai's duration unit, the day/month order, Jira's parents). The
    /// Importer then reads the file twice when it can seek.
    virtual bool wantsPrescan() const { return false; }
    /// One row of the first pass. Return false once nothing more needs to be seen.
    virtual bool prescanRow(const CsvRow &row);
    /// After the first pass (also when it stopped early); may set `batch->fileError`.
    virtual void endPrescan(ImportBatch *batch);
    /// Whether the first pass should also show every row to prescanKey(), whatever prescanRow()
    /// answers (TicketSource's duplicate-key check; the Importer then reads the file twice when
    /// it can seek). endKeyPrescan() follows a first pass that reached the end of the file.
    virtual bool wantsKeyPrescan() const { return false; }
    virtual void prescanKey(const CsvRow &row);
    virtual void endKeyPrescan();
    /// Whether, after the first pass and endPrescan(), the source wants every row once more
    /// (prescanRowAgain()), to keep of the whole file only what the first pass showed it needs
    /// (Jira: the types of the parents that sub-tasks name, not of every ticket).
    virtual bool wantsSecondPrescan() const { return false; }
    virtual void prescanRowAgain(const CsvRow &row);
    virtual void addRow(const CsvRow &row, ImportBatch *batch) = 0;
    /// Called after the last row (event logs emit their last ticket here).
    virtual void finish(ImportBatch *batch);

    const ImportSettings &settings() const { return m_settings; }

protected:
    virtual bool findColumns(ImportBatch *batch) = 0;

    /// First header cell matching any of `names` (case-insensitive), or -1.
    int column(std::initializer_list<const char *> names, int occurrence = 0) const;
    int column(const QStringList &names, int occurrence = 0) const;
    /// Like column(), but a missing column is a file error.
    int requireColumn(std::initializer_list<const char *> names, ImportBatch *batch);
    int requireColumn(const QStringList &names, ImportBatch *batch);
    QString columnName(int column) const;
    /// The cell, trimmed; empty when the row is short or the column absent.
    static QStringView cell(const CsvRow &row, int column);
    static bool isMissing(const CsvRow &row, int column);

    void reject(ImportBatch *batch, const CsvRow &row, int column, const QString &reason) const;
    void warn(ImportBatch *batch, const CsvRow &row, int column, const QString &reason) const;

    /// Reads an instant in the import's zone. Missing stays empty (rejected when `required`);
    /// a malformed value rejects the row. False when the row was rejected.
    bool readInstant(const CsvRow &row, int column, bool required, ImportBatch *batch,
                     std::optional<qint64> *value);
    /// Priority -> severity. A missing priority gets the default severity and a warning; an
    /// unknown one rejects the row. False when the row was rejected.
    bool readSeverity(const CsvRow &row, int column, ImportBatch *batch, int *severity) const;
    /// The mapped work class, or `fallback` with the name collected in batch->unknownWorkTypes.
    WorkClass workClassFor(QStringView name, const WorkClass &fallback, ImportBatch *batch) const;
    /// 64-bit digest of a key: per-key bookkeeping of a million-row file stays a few MB.
    static quint64 keyDigest(QStringView key);
    /// Adds `value` to `list` unless already there (case-insensitive); bounded.
    void collectOnce(QStringList *list, const QString &value) const;

    ImportSettings m_settings;
    DateTimeParser m_dates;
    QStringList m_header;
    QString m_fileName;
    mutable QHash<const QStringList *, QSet<QString>> m_collected;
    mutable QHash<QString, std::optional<int>> m_severityCache;
    mutable QHash<QString, std::optional<WorkClass>> m_workClassCache;
};

} // namespace Exchange
