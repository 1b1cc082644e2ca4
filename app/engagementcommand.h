#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace App {

/// `deliverydesk engagement list|show KEY [--format table|json]`.
class EngagementCommand
{
    Q_DECLARE_TR_FUNCTIONS(EngagementCommand)

public:
    static int run(const QStringList &arguments);
    /// Adds --database, --demo and --lang, which every command takes.
    static void addCommonOptions(QCommandLineParser &parser);
};

} // namespace App
