#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

/// `deliverydesk mapping list|set|remove`: the import mappings the user edits and the next
/// imports use (priority → severity, work type → kind/level/activity, person → role).
class MappingCommand
{
    Q_DECLARE_TR_FUNCTIONS(MappingCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace App
