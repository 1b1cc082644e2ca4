#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace App {

class CliContext;

/// `deliverydesk export --database DB [--engagement KEY] --format csv|xlsx|bundle --out PATH
/// [--force] [--now ISO]`: tickets, worklogs and SLA results as CSV files in a folder or as one
/// XLSX workbook, or an offline bundle of one engagement (or, without --engagement, the whole
/// portfolio). Existing files are never replaced without --force.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(const QStringList &arguments);

private:
    static int exportTables(CliContext &context, const QCommandLineParser &parser, const QString &format, qint64 now);
    static int exportBundle(CliContext &context, const QCommandLineParser &parser);
};

} // namespace App
