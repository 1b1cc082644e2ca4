// Delivery Desk: one binary. With a subcommand it works headless (no display needed); without
// one it opens the window.
#include "app/commandline.h"
#include "app/guilauncher.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("DeliveryDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("deliverydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DD_VERSION_STRING));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (!App::CommandLine::findCommand(arguments).isEmpty()) {
        if (App::CommandLine::commandNeedsWidgets(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            return App::CommandLine::runCommand(app.arguments());
        }
        QCoreApplication app(argc, argv);
        return App::CommandLine::runCommand(app.arguments());
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        if (!App::CommandLine::needsDisplay(arguments)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        } else if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
            QTextStream(stderr) << "deliverydesk: no display to open the window on; use a command "
                                   "(deliverydesk --help) or --screenshot PATH\n";
            return 1;
        }
    }
    QApplication app(argc, argv);
    // Desktops match the window to its installed .desktop entry (and so to its icon) by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral("se.deliverydesk.DeliveryDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/se.deliverydesk.DeliveryDesk.svg")));
    return App::GuiLauncher::run(app.arguments());
}
