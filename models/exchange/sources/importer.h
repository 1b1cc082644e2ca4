#pragma once

#include "models/exchange/csv/csvreader.h"
#include "models/exchange/sources/importbatch.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>

class QIODevice;

namespace Exchange {

class CsvReader;
class ImportSource;

/// Drives a source over a CSV file: reads the header, feeds rows one at a time, hands tickets
/// and worklogs out in chunks, reports progress and honours Cancel. Meant to run off the GUI
/// thread (it touches no QObject).
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    /// Receives the tickets/worklogs produced since the last call (plus the running counters and
    /// problems). It may move them out; they are cleared afterwards. Return false to stop.
    using ChunkHandler = std::function<bool(ImportBatch &chunk)>;
    /// bytes read so far and the file size (0 when unknown).
    using ProgressHandler = std::function<void(qint64 bytesRead, qint64 bytesTotal)>;

    explicit Importer(ImportSource *source);

    /// Without a chunk handler everything stays in the returned batch.
    void setChunkHandler(ChunkHandler handler, int chunkSize = 5000);
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    /// Checked every few thousand rows; a cancelled batch has `cancelled` set.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    ImportBatch run(QIODevice *device, const QString &fileName);
    /// Opens `path` and runs; an unreadable file is a file error in the batch.
    ImportBatch runFile(const QString &path);

private:
    bool deliver(ImportBatch *batch);
    bool prescan(QIODevice *device, const QString &fileName, QChar inner, ImportBatch *batch);
    static void checkTotals(const QString &fileName, ImportBatch *batch);
    static void noteEncoding(const CsvReader &reader, ImportBatch *batch);

    ImportSource *m_source;
    ChunkHandler m_chunkHandler;
    int m_chunkSize = 5000;
    ProgressHandler m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    CsvReader::EncodingDecision m_encodingDecision; // the first reader's, for the later passes
};

} // namespace Exchange
