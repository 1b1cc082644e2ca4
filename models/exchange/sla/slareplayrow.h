#pragma once

#include "models/domain/sla/slaresult.h"
#include "models/domain/ticket.h"
#include "models/exchange/exchangeerror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>
#include <QVector>
#include <functional>

class QIODevice;

namespace Exchange {

/// What the two readers of `sla replay` files share (CsvReader for every file, CsvByteReader for
/// plain UTF-8 ones): the columns, the severity rule, the output row and the data problems of a
/// ticket, so that both give the same answer to the same file.
class SlaReplayRow
{
public:
    static QStringList ticketColumns();
    static QStringList historyColumns();

    /// The files were checked, then could not be read again from their start.
    static ExchangeError cannotReadAgain(const QString &file);
    static ExchangeError writeError(const QIODevice *out);

    /// "2", "2 - High", "P2" → 2; false for text without a number.
    static bool readSeverity(const QString &text, int *severity);
    /// The same on trimmed UTF-8 text.
    static bool readSeverity(QByteArrayView text, int *severity);

    /// The output's header line, with its line end.
    static QByteArray headerLine();
    /// Appends the output row of `ticket` (its key as UTF-8 in `key`) and `result`.
    static void append(QByteArray *out, QByteArrayView key, const Domain::Ticket &ticket,
                       const Domain::SlaResult &result);
    /// One entry per data problem of `result`, naming the ticket's file and line.
    static void noteProblems(const QString &file, qint64 line, const QString &key,
                             const Domain::SlaResult &result,
                             const std::function<void(const ExchangeError &)> &problem);
};

} // namespace Exchange
