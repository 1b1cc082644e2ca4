#pragma once
// Every ticket line of a review pack, read back from its ReviewPackLines (memory or temporary file).
#include "models/reviewpacklines.h"

#include <QtTest>

namespace PackLinesTest {

inline QVector<Models::ReviewTicket> allLines(const Models::ReviewPack &pack,
                                              Models::ReviewPackLines::Table table)
{
    QVector<Models::ReviewTicket> lines;
    if (!pack.lines)
        return lines;
    QString error;
    const bool read = pack.lines->forEach(
        table,
        [&lines](const Models::ReviewTicket &t) {
            lines.append(t);
            return true;
        },
        &error);
    if (!read)
        qWarning() << "the pack's lines were not read back:" << error;
    return lines;
}

inline QVector<Models::ReviewTicket> allBreaches(const Models::ReviewPack &pack)
{
    return allLines(pack, Models::ReviewPackLines::Table::Breaches);
}

} // namespace PackLinesTest
