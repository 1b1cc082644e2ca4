#pragma once

#include "models/exchange/exchangeerror.h"

#include <QString>
#include <QVector>
#include <functional>

class QIODevice;

namespace Domain {
class SlaPolicyEvaluator;
}

namespace Exchange {

/// `sla replay` on plain UTF-8 files that can be read twice, at the speed of reading them: the
/// files are read as bytes (CsvByteReader), checked completely (nothing is written on a bad
/// value), then tickets and history are joined row by row and each result is written as it is
/// evaluated. Memory holds one ticket's history, a block of each file and of the output, and 12
/// bits a ticket for the duplicate check (a Bloom filter whose suspects a second look settles);
/// a history not in the tickets' order or naming keys of no ticket costs 16 bytes a ticket more.
///
/// It writes what SlaReplay writes on CsvReader, byte for byte, and leaves it every other file:
/// `Unsupported` for a shape CsvByteReader does not read and for a file with a bad value (then
/// nothing is written: SlaReplay reads the files with CsvReader and names the first error, with
/// its file, line and column, exactly as before); `NotGrouped` when the history does not hold
/// each ticket's changes together in the tickets' order (the files are valid; SlaReplay joins
/// the history in memory). `Failed` only when the output cannot be written or the files change
/// between the two passes.
class SlaReplayStream
{
public:
    enum class Outcome { Written, Failed, NotGrouped, Unsupported };

    /// `history` may be null. Both devices are read from their start.
    static Outcome run(const Domain::SlaPolicyEvaluator &evaluator, QIODevice *tickets,
                       const QString &ticketsName, QIODevice *history, const QString &historyName, qint64 now,
                       QIODevice *out, ExchangeError *error,
                       const std::function<void(const ExchangeError &)> &problem);
};

} // namespace Exchange
