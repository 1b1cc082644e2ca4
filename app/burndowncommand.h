#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

/// `deliverydesk burndown --engagement KEY --month YYYY-MM [--format table|csv|json|png] [--out FILE]
/// [--now ISO]`: one engagement-month's burn-down, budget figures and ledger explanation.
class BurnDownCommand
{
    Q_DECLARE_TR_FUNCTIONS(BurnDownCommand)

public:
    static int run(const QStringList &arguments);
    /// Only --format png renders a chart and needs a (offscreen) QApplication.
    static bool needsWidgets(const QStringList &arguments);
    /// A month given as YYYY-MM (its first day), or a null date.
    static QDate parseMonth(const QString &text);
};

} // namespace App
