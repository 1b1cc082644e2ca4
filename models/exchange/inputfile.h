#pragma once

#include "models/exchange/exchangeerror.h"

#include <QCoreApplication>

namespace Exchange {

/// What a file a user brings must be before anything reads it.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    /// Null when `path` is a regular file (or a link to one) or does not exist (the reader then
    /// says it cannot open it). A FIFO without a writer would block a read forever and a device
    /// never ends: those, sockets and folders are refused before they are opened.
    static ExchangeError checkRegularFile(const QString &path);
};

} // namespace Exchange
