#include "models/exchange/sources/importer.h"

#include "models/exchange/csv/csvline.h"
#include "models/exchange/csv/csvreader.h"
#include "models/exchange/sources/importsource.h"
#include "models/exchange/storablevalues.h"

#include <cmath>
#include <memory>

#include <QFile>

namespace Exchange {

namespace {
constexpr qint64 s_rowsBetweenChecks = 4096;
/// A file's total and the stored total may differ by this much (0.01 h), issue 17.
constexpr double s_totalsTolerance = 36.0;

/// Zendesk Explore writes each record as one quoted field: the header then is one cell holding
/// delimiters. Returns the inner delimiter, or a null QChar for an ordinary file.
QChar wrappedDelimiter(const QStringList &header)
{
    return header.size() == 1 ? CsvLine::wrappedDelimiter(header.constFirst()) : QChar();
}

void unwrap(CsvRow *row, QChar inner)
{
    if (!inner.isNull() && row->fields.size() == 1)
        row->fields = CsvLine::split(row->fields.constFirst(), inner);
}
} // namespace

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

bool Importer::prescan(QIODevice *device, const QString &fileName, QChar inner, ImportBatch *batch)
{
    // The first pass of a source that decides something from the whole file (Kimai's duration
    // unit, the day/month order, Jira's parents), and a second when the source asks for it
    // (Jira's parents' types). A device that cannot seek is read once only.
    {
        CsvReader first(device, fileName);
        first.reuseEncodingDecision(m_encodingDecision);
        if (!first.readHeader())
            return true; // the second reader reports it
        // A source may want rows (until prescanRow() says enough) and keys (every row).
        bool rows = m_source->wantsPrescan();
        const bool keys = m_source->wantsKeyPrescan();
        CsvRow row;
        while (first.next(&row)) {
            unwrap(&row, inner);
            if (rows && !m_source->prescanRow(row))
                rows = false;
            if (keys)
                m_source->prescanKey(row);
            else if (!rows)
                break;
            if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
                batch->cancelled = true;
                return false;
            }
        }
        if (keys && !first.hasError())
            m_source->endKeyPrescan();
    }
    if (m_source->wantsPrescan())
        m_source->endPrescan(batch);
    if (!batch->fileError.isNull())
        return false;
    if (m_source->wantsSecondPrescan()) {
        if (!device->seek(0))
            return false;
        // A file that reads badly now is reported by the main pass's reader, as in the first.
        CsvReader again(device, fileName);
        again.reuseEncodingDecision(m_encodingDecision);
        CsvRow row;
        const bool readable = again.readHeader();
        while (readable && again.next(&row)) {
            unwrap(&row, inner);
            m_source->prescanRowAgain(row);
            if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
                batch->cancelled = true;
                return false;
            }
        }
    }
    if (!device->seek(0)) {
        batch->fileError = ExchangeError{fileName, 0, 0, tr("The file cannot be read a second time.")};
        return false;
    }
    return true;
}

void Importer::checkTotals(const QString &fileName, ImportBatch *batch)
{
    // Every worklog source: the durations as written and as stored agree to 0.01 h, or nothing
    // is written (a rounding that loses time must not go unnoticed).
    if (batch->worklogCount == 0 || !batch->fileError.isNull())
        return;
    if (std::abs(batch->fileSeconds - double(batch->worklogSeconds)) > s_totalsTolerance) {
        batch->fileError = ExchangeError{
            fileName, 0, 0,
            tr("The file's worklogs add up to %1 h, but %2 h would be stored; nothing was imported.")
                .arg(batch->fileSeconds / 3600.0, 0, 'f', 2)
                .arg(double(batch->worklogSeconds) / 3600.0, 0, 'f', 2)};
    }
}

ImportBatch Importer::run(QIODevice *device, const QString &fileName)
{
    ImportBatch batch;
    batch.sourceId = m_source->id();
    auto reader = std::make_unique<CsvReader>(device, fileName);
    if (!reader->readHeader()) {
        batch.fileError = reader->error();
        return batch;
    }
    // The passes below read the same file: its encoding was decided from the whole of it once.
    m_encodingDecision = reader->encodingDecision();
    QStringList header = reader->header();
    const QChar inner = wrappedDelimiter(header);
    if (!inner.isNull())
        header = CsvLine::split(header.constFirst(), inner);
    if (!m_source->begin(header, fileName, &batch))
        return batch;
    if ((m_source->wantsPrescan() || m_source->wantsKeyPrescan()) && !device->isSequential()) {
        if (!device->seek(0) || !prescan(device, fileName, inner, &batch)) {
            if (batch.fileError.isNull() && !batch.cancelled)
                batch.fileError = ExchangeError{fileName, 0, 0, tr("The file cannot be read a second time.")};
            return batch;
        }
        reader = std::make_unique<CsvReader>(device, fileName);
        reader->reuseEncodingDecision(m_encodingDecision);
        if (!reader->readHeader()) {
            batch.fileError = reader->error();
            return batch;
        }
    }
    batch.encoding = CsvReader::encodingName(reader->encoding());
    batch.encodingGuessed = reader->encodingGuessed();
    batch.delimiter = inner.isNull() ? reader->delimiter() : inner;

    const qint64 total = device->isSequential() ? 0 : device->size();
    // Counters are kept apart from the vectors: a chunk handler empties the vectors.
    qint64 pending = 0;
    CsvRow row;
    while (reader->next(&row)) {
        ++batch.rowsRead;
        unwrap(&row, inner);
        const qsizetype ticketsBefore = batch.tickets.size();
        const qsizetype worklogsBefore = batch.worklogs.size();
        m_source->addRow(row, &batch);
        // What only the database's constraints would stop is a row error here, with its line.
        StorableValues::screen(row.line, ticketsBefore, worklogsBefore, &batch);
        pending = batch.tickets.size() + batch.worklogs.size();
        if (m_chunkHandler && pending >= m_chunkSize && !deliver(&batch)) {
            batch.cancelled = true;
            return batch;
        }
        if (batch.rowsRead % s_rowsBetweenChecks == 0) {
            if (m_progress)
                m_progress(reader->bytesRead(), total);
            if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
                batch.cancelled = true;
                return batch;
            }
        }
    }
    if (reader->hasError())
        batch.fileError = reader->error();
    noteEncoding(*reader, &batch);
    const qsizetype ticketsBefore = batch.tickets.size();
    const qsizetype worklogsBefore = batch.worklogs.size();
    m_source->finish(&batch);
    StorableValues::screen(0, ticketsBefore, worklogsBefore, &batch); // made from many rows: no one line
    if (m_progress)
        m_progress(reader->bytesRead(), total);
    if (!m_chunkHandler) {
        batch.ticketCount = batch.tickets.size();
        batch.worklogCount = batch.worklogs.size();
        checkTotals(fileName, &batch);
    } else {
        const bool go = deliver(&batch);
        checkTotals(fileName, &batch);
        if (!go)
            batch.cancelled = true;
    }
    return batch;
}

} // namespace Exchange
