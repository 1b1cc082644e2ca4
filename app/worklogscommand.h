#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

/// `deliverydesk worklogs list --engagement KEY [--from DATE] [--to DATE] [--format table|csv|json]`:
/// the stored worklogs, so a script can check an import.
class WorklogsCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorklogsCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace App
