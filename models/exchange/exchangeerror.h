#pragma once

#include <QString>

namespace Exchange {

/// A problem found in a file a user brought: where it is and why it is wrong.
/// `line` and `column` are 1-based; 0 means "not tied to a line/column".
struct [[nodiscard]] ExchangeError
{
    QString file;
    qint64 line = 0;
    int column = 0;
    QString reason;

    bool isNull() const { return reason.isEmpty(); }
    /// "file:line:column: reason" (parts that are unknown are left out).
    QString toString() const;
    bool operator==(const ExchangeError &o) const
    {
        return file == o.file && line == o.line && column == o.column && reason == o.reason;
    }
};

} // namespace Exchange
