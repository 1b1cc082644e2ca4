#pragma once

// Models tests that read the demo portfolio on both dialects (issue 15): the demo file the test
// made, and for the `postgresql` global data row (StorageTest::addDialectRows) a copy of it on the
// test server, ids kept, that the portfolio opens instead. The portfolio changes database only
// when the dialect does, so the test functions of one dialect share it.
//
//   void init() { DD_PORTFOLIO_ON_DIALECT(m_portfolio, m_demoFile, m_dir.path(), m_openDialect); }
#include "models/portfolio.h"
#include "models/slarecomputer.h"
#include "tests/storage/testdatabases.h"

#include <QDir>

/// Their set-up, in initTestCase(): the demo portfolio as of `asOf_` made in `folder_`/demo.sqlite
/// and opened, its SLA results stored as at `evaluatedAt_` (UTC epoch seconds; 0: not computed),
/// and the open dialect "sqlite".
#define DD_OPEN_DEMO_PORTFOLIO(portfolio_, demoFile_, folder_, openDialect_, asOf_, evaluatedAt_)            \
    do {                                                                                                     \
        (demoFile_) = QDir(folder_).filePath(QStringLiteral("demo.sqlite"));                                 \
        const Storage::StorageError created_ = (portfolio_).createDemo(demoFile_, asOf_);                    \
        QVERIFY2(created_.isNull(), qPrintable(created_.toString()));                                        \
        if (qint64(evaluatedAt_) != 0)                                                                       \
            QVERIFY(Models::SlaRecomputer::recomputeAll(*(portfolio_).database(), evaluatedAt_).isNull());   \
        (openDialect_) = QStringLiteral("sqlite");                                                           \
    } while (false)

#define DD_PORTFOLIO_ON_DIALECT(portfolio_, demoFile_, folder_, openDialect_)                                \
    do {                                                                                                     \
        QFETCH_GLOBAL(QString, dialect);                                                                     \
        if (dialect == (openDialect_))                                                                       \
            break;                                                                                           \
        QString location_;                                                                                   \
        DD_DATABASE_COPY(location_, demoFile_, folder_);                                                     \
        const Storage::StorageError opened_ = (portfolio_).open(location_);                                  \
        QVERIFY2(opened_.isNull(), qPrintable(opened_.toString()));                                          \
        (openDialect_) = dialect;                                                                            \
    } while (false)
