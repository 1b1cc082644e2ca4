#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

/// `deliverydesk whatif --engagement KEY [--months N] [--format table|csv|json] [--now ISO]`: the
/// engagement's last complete months replayed under each of the four support models.
class WhatIfCommand
{
    Q_DECLARE_TR_FUNCTIONS(WhatIfCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace App
