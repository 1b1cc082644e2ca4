#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

/// `deliverydesk diagram --engagement KEY --out FILE.svg|FILE.png [--month YYYY-MM]`: the support
/// model diagram of the Support model page, written as the page's Export writes it.
class DiagramCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiagramCommand)

public:
    static int run(const QStringList &arguments);
    /// Drawing text needs a (offscreen) QApplication.
    static bool needsWidgets(const QStringList &arguments);
};

} // namespace App
