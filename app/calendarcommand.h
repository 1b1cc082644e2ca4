#pragma once

#include "models/domain/engagement.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace Models {
class Portfolio;
}

namespace App {

class CliContext;

/// `deliverydesk calendar eval --calendar FILE` (JSON Lines on stdin, answers on stdout),
/// `calendar export --engagement KEY [--out FILE]` and `calendar import --engagement KEY FILE`.
class CalendarCommand
{
    Q_DECLARE_TR_FUNCTIONS(CalendarCommand)

public:
    static int run(const QStringList &arguments);

    /// Opens the database of --database/--demo and finds the engagement of --engagement. On
    /// failure the reason is on stderr and `exitCode` says usage error or failure.
    static bool openEngagement(CliContext &context, const QCommandLineParser &parser,
                               Models::Portfolio *portfolio, Storage::Database::Access access,
                               Domain::Engagement *engagement, int *exitCode);

private:
    static int evaluate(CliContext &context, const QCommandLineParser &parser);
    static int exportCalendar(CliContext &context, const QCommandLineParser &parser);
    static int importCalendar(CliContext &context, const QCommandLineParser &parser);
};

} // namespace App
