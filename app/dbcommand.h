#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

/// `deliverydesk db check` (integrity and foreign keys) and `deliverydesk db backup [--out FILE]`
/// (a consistent copy taken while others may keep working, then checked).
class DbCommand
{
    Q_DECLARE_TR_FUNCTIONS(DbCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace App
