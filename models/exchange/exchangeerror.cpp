#include "models/exchange/exchangeerror.h"

namespace Exchange {

QString ExchangeError::toString() const
{
    QString where = file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    if (line > 0 && column > 0)
        where += QLatin1Char(':') + QString::number(column);
    return where.isEmpty() ? reason : where + QLatin1String(": ") + reason;
}

} // namespace Exchange
