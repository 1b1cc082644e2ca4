#include "models/exchange/sources/importer.h"

#include "models/exchange/csv/csvreader.h"
#include "models/exchange/sources/importsource.h"

#include <QFile>

namespace Exchange {

namespace {
constexpr qint64 s_rowsBetweenChecks = 4096;
}

Importer::Importer(ImportSource *source) : m_source(source)
{
}

void Importer::setChunkHandler(ChunkHandler handler, int chunkSize)
{
    m_chunkHandler = std::move(handler);
    m_chunkSize = qMax(1, chunkSize);
}

bool Importer::deliver(ImportBatch *batch)
{
    batch->ticketCount += batch->tickets.size();
    batch->worklogCount += batch->worklogs.size();
    if (!m_chunkHandler)
        return true;
    const bool go = m_chunkHandler(*batch);
    batch->tickets.clear();
    batch->worklogs.clear();
    return go;
}

void Importer::noteEncoding(const CsvReader &reader, ImportBatch *batch)
{
    // The reader may switch to Windows-1252 late in the file, so this is settled at the end.
    batch->encoding = CsvReader::encodingName(reader.encoding());
    batch->encodingGuessed = reader.encodingGuessed();
    if (batch->encodingGuessed) {
        // First in the list and never dropped by the cap on row warnings.
        batch->warnings.prepend(
            ImportProblem{0, 0, QString(),
                          tr("The file is not UTF-8; it was read as Windows-1252. Check that "
                             "names with å, ä and ö look right.")});
        ++batch->warningCount;
    }
}

ImportBatch Importer::runFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportBatch batch;
        batch.sourceId = m_source->id();
        batch.fileError =
            ExchangeError{path, 0, 0, tr("The file cannot be opened: %1").arg(file.errorString())};
        return batch;
    }
    return run(&file, path);
}

ImportBatch Importer::run(QIODevice *device, const QString &fileName)
{
    ImportBatch batch;
    batch.sourceId = m_source->id();
    CsvReader reader(device, fileName);
    if (!reader.readHeader()) {
        batch.fileError = reader.error();
        return batch;
    }
    batch.encoding = CsvReader::encodingName(reader.encoding());
    batch.encodingGuessed = reader.encodingGuessed();
    batch.delimiter = reader.delimiter();
    if (!m_source->begin(reader, &batch))
        return batch;

    const qint64 total = device->isSequential() ? 0 : device->size();
    // Counters are kept apart from the vectors: a chunk handler empties the vectors.
    qint64 pending = 0;
    CsvRow row;
    while (reader.next(&row)) {
        ++batch.rowsRead;
        m_source->addRow(row, &batch);
        pending = batch.tickets.size() + batch.worklogs.size();
        if (m_chunkHandler && pending >= m_chunkSize && !deliver(&batch)) {
            batch.cancelled = true;
            return batch;
        }
        if (batch.rowsRead % s_rowsBetweenChecks == 0) {
            if (m_progress)
                m_progress(reader.bytesRead(), total);
            if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
                batch.cancelled = true;
                return batch;
            }
        }
    }
    if (reader.hasError())
        batch.fileError = reader.error();
    noteEncoding(reader, &batch);
    m_source->finish(&batch);
    if (m_progress)
        m_progress(reader.bytesRead(), total);
    if (!m_chunkHandler) {
        batch.ticketCount = batch.tickets.size();
        batch.worklogCount = batch.worklogs.size();
    } else if (!deliver(&batch)) {
        batch.cancelled = true;
    }
    return batch;
}

} // namespace Exchange
