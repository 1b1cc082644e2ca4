#pragma once

// Small helpers shared by the source tests (header only: each test stays one executable).

#include "models/exchange/sources/importer.h"
#include "models/exchange/sources/importsource.h"

#include <QDateTime>
#include <QStringList>

namespace ImportTest {

inline QString dataFile(const char *relative)
{
    return QStringLiteral(DD_TEST_DATA_DIR "/import/") + QString::fromUtf8(relative);
}

inline qint64 utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toSecsSinceEpoch();
}

template<typename Source>
Exchange::ImportBatch importFile(const char *relative, const Exchange::ImportSettings &settings = {})
{
    Source source(settings);
    return Exchange::Importer(&source).runFile(dataFile(relative));
}

/// "line:column:columnName" per problem, to compare all problems in one QCOMPARE.
inline QStringList where(const QVector<Exchange::ImportProblem> &problems)
{
    QStringList out;
    for (const Exchange::ImportProblem &p : problems)
        out << QStringLiteral("%1:%2:%3").arg(p.line).arg(p.column).arg(p.columnName);
    return out;
}

inline QStringList keys(const Exchange::ImportBatch &batch)
{
    QStringList out;
    for (const Domain::Ticket &t : batch.tickets)
        out << t.key;
    for (const Domain::Worklog &w : batch.worklogs)
        out << w.sourceKey;
    return out;
}

} // namespace ImportTest
