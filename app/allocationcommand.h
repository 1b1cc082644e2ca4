#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

/// `deliverydesk allocation --month YYYY-MM [--format table|csv|json]`: per person capacity,
/// allocated hours and where, and the month's warnings in words.
class AllocationCommand
{
    Q_DECLARE_TR_FUNCTIONS(AllocationCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace App
