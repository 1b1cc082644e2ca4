#include "app/commandline.h"

#include "app/clicontext.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>

namespace App {

namespace {
const QStringList s_optionsWithValue = {
    QStringLiteral("--database"),   QStringLiteral("--lang"),       QStringLiteral("--screenshot"),
    QStringLiteral("--page"),       QStringLiteral("--engagement"), QStringLiteral("--format"),
    QStringLiteral("--out"),        QStringLiteral("--month"),      QStringLiteral("--source"),
    QStringLiteral("--timezone"),   QStringLiteral("--calendar"),   QStringLiteral("--policy"),
    QStringLiteral("--tickets"),    QStringLiteral("--history"),    QStringLiteral("--now"),
    QStringLiteral("--ticket"),     QStringLiteral("--from"),       QStringLiteral("--to"),
    QStringLiteral("--geometry"),   QStringLiteral("--period"),     QStringLiteral("--data"),
    QStringLiteral("--prepared-by")};
} // namespace

QStringList CommandLine::commands()
{
    QStringList names;
    for (const Command &command : registry())
        names.append(QLatin1String(command.name));
    return names;
}

QString CommandLine::findCommand(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            return {};
        if (arg.startsWith(QLatin1Char('-'))) {
            if (s_optionsWithValue.contains(arg))
                ++i;
            continue;
        }
        return arg;
    }
    return {};
}

QString CommandLine::findAction(const QStringList &arguments)
{
    const int command = arguments.indexOf(findCommand(arguments));
    if (command < 0)
        return {};
    QStringList rest = arguments.mid(command + 1);
    rest.prepend(arguments.value(0));
    return findCommand(rest);
}

bool CommandLine::commandNeedsWidgets(const QStringList &arguments)
{
    const QString command = findCommand(arguments);
    for (const Command &entry : registry()) {
        if (command == QLatin1String(entry.name))
            return entry.needsWidgets && entry.needsWidgets(arguments);
    }
    return false;
}

bool CommandLine::needsDisplay(const QStringList &arguments)
{
    for (const QString &arg : arguments) {
        if (arg == QLatin1String("--screenshot") || arg.startsWith(QLatin1String("--screenshot=")) ||
            arg == QLatin1String("--help") || arg == QLatin1String("-h") ||
            arg == QLatin1String("--version") || arg == QLatin1String("-v"))
            return false;
    }
    return true;
}

namespace {
QString commandUsage()
{
    QString text;
    for (const CommandLine::Command &command : CommandLine::registry()) {
        const QStringList lines =
            QCoreApplication::translate("CommandLine", command.usage).split(QLatin1Char('\n'));
        for (const QString &line : lines)
            text += QStringLiteral("  ") + line + QLatin1Char('\n');
    }
    return text;
}
} // namespace

QString CommandLine::helpText()
{
    return QCoreApplication::translate(
               "CommandLine",
               "Usage: deliverydesk [options]                      open the window\n"
               "       deliverydesk COMMAND [options]              work without a window\n"
               "\n"
               "Options of the window:\n"
               "  --database PATH       open this database (default: the last one, or %1)\n"
               "  --demo                create (if missing) and open the demo database\n"
               "  --lang sv|en          language of the user interface\n"
               "  --engagement KEY      select this engagement\n"
               "  --screenshot PATH     render the window offscreen to a PNG and exit\n"
               "  --page NAME           page to show: %3\n"
               "  --geometry WxH        size of the window, e.g. 1024x700 (also of the screenshot)\n"
               "  --help, --version\n"
               "\n"
               "Commands (those on a database take --database PATH, --demo and --lang; COMMAND --help for "
               "details):\n"
               "%2"
               "\n"
               "Exit codes: 0 success, 1 failure, 2 usage error.\n")
        .arg(QStringLiteral("deliverydesk.sqlite"), commandUsage(),
             Gui::MainWindow::pageNames().join(QStringLiteral(", ")));
}

int CommandLine::runCommand(const QStringList &arguments)
{
    const QString command = findCommand(arguments);
    // The language comes first so that every message of the command is in it.
    const int lang = arguments.indexOf(QStringLiteral("--lang"));
    const QString language = lang >= 0 && lang + 1 < arguments.size() ? arguments.at(lang + 1) : QString();
    Gui::LanguageManager languages; // the command's messages are translated while it runs
    if (!languages.setLanguage(language)) {
        CliContext context;
        return context.fail(
            QCoreApplication::translate("CommandLine", "unknown language '%1' (use sv or en)").arg(language),
            UsageError);
    }
    for (const Command &entry : registry()) {
        if (command == QLatin1String(entry.name))
            return entry.spec(arguments).execute(arguments);
    }
    CliContext context;
    return context.fail(
        QCoreApplication::translate("CommandLine", "unknown command '%1'; see deliverydesk --help")
            .arg(command),
        UsageError);
}

} // namespace App
