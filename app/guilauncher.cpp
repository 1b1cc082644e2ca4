#include "app/guilauncher.h"

#include "app/clicontext.h"
#include "app/commandline.h"
#include "models/palette.h"
#include "models/storagetext.h"
#include "models/threadwaitcap.h"
#include "ui/databaseupgraderunner.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QFont>
#include <QPixmap>
#include <QRegularExpression>
#include <QStyleHints>
#include <QTimer>

namespace App {

namespace {

struct GuiOptions
{
    QString database;
    bool demo = false;
    QString language;
    QString engagement;
    QString screenshot;
    QString page;
    QSize geometry; ///< the window's size; invalid: the remembered one (1400×860 for a screenshot)
};

int parse(const QStringList &arguments, GuiOptions *options, CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QString(), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("demo"), QString()});
    parser.addOption({QStringLiteral("lang"), QString(), QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("engagement"), QString(), QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("screenshot"), QString(), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("page"), QString(), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("geometry"), QString(), QStringLiteral("WxH")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QString()});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("version")}, QString()});
    if (!parser.parse(arguments))
        return context.fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << CommandLine::helpText();
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        context.out() << "deliverydesk " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return context.fail(
            GuiLauncher::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()),
            UsageError);
    options->database = parser.value(QStringLiteral("database"));
    options->demo = parser.isSet(QStringLiteral("demo"));
    options->language = parser.value(QStringLiteral("lang"));
    options->engagement = parser.value(QStringLiteral("engagement"));
    options->screenshot = parser.value(QStringLiteral("screenshot"));
    options->page = parser.value(QStringLiteral("page"));
    if (parser.isSet(QStringLiteral("geometry"))) {
        static const QRegularExpression s_size(QStringLiteral("^(\\d{3,5})[xX](\\d{3,5})$"));
        const QRegularExpressionMatch match = s_size.match(parser.value(QStringLiteral("geometry")));
        options->geometry =
            match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
        if (!match.hasMatch() || options->geometry.width() < 640 || options->geometry.height() < 480 ||
            options->geometry.width() > 10000 || options->geometry.height() > 10000)
            return context.fail(
                GuiLauncher::tr("--geometry '%1' is not a window size such as 1024x700 (at least 640x480)")
                    .arg(parser.value(QStringLiteral("geometry"))),
                UsageError);
    }
    if (!options->page.isEmpty() && !Gui::MainWindow::pageNames().contains(options->page)) {
        return context.fail(GuiLauncher::tr("unknown page '%1' (use %2)")
                                .arg(options->page, Gui::MainWindow::pageNames().join(QStringLiteral(", "))),
                            UsageError);
    }
    return -1;
}

/// DELIVERYDESK_PALETTE=dark (Fusion with a dark palette) and DELIVERYDESK_FONT_SCALE=150 (per
/// cent of the system font): how the window looks to someone who needs a dark or a larger
/// screen, without changing the desktop's settings (issue 18). Returns a usage error or -1.
int applyAppearance(CliContext &context)
{
    const QString palette = qEnvironmentVariable("DELIVERYDESK_PALETTE");
    if (palette == QLatin1String("dark")) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(Models::Palette::darkPalette());
    } else if (!palette.isEmpty() && palette != QLatin1String("system")) {
        return context.fail(
            GuiLauncher::tr("DELIVERYDESK_PALETTE='%1' is not a palette (use dark or system)").arg(palette),
            UsageError);
    }
    const QString scale = qEnvironmentVariable("DELIVERYDESK_FONT_SCALE");
    if (!scale.isEmpty()) {
        bool ok = false;
        const int percent = scale.toInt(&ok);
        if (!ok || percent < 50 || percent > 400)
            return context.fail(
                GuiLauncher::tr("DELIVERYDESK_FONT_SCALE='%1' is not a per cent from 50 to 400").arg(scale),
                UsageError);
        QFont font = QApplication::font();
        font.setPointSizeF(font.pointSizeF() * percent / 100.0);
        QApplication::setFont(font);
    }
    return -1;
}

} // namespace

int GuiLauncher::run(const QStringList &arguments)
{
    CliContext context;
    GuiOptions options;
    if (const int code = applyAppearance(context); code >= 0)
        return code;
    // --help is printed while parsing: take a valid --lang first so that it speaks that language.
    const int lang = arguments.indexOf(QStringLiteral("--lang"));
    Gui::LanguageManager languages;
    // A wrong --lang leaves the English source texts until it is refused below, after parsing.
    languages.setLanguage(lang >= 0 ? arguments.value(lang + 1) : Gui::Preferences().language());
    if (const int code = parse(arguments, &options, context); code >= 0)
        return code;
    Gui::Preferences preferences;
    const QString language = options.language.isEmpty() ? preferences.language() : options.language;
    if (!languages.setLanguage(language))
        return context.fail(tr("unknown language '%1' (use sv or en)").arg(language), UsageError);

    // The window's own cap, before the first connection of this thread is made: a migration or a
    // demo being written must not hold the window for the command line's minute either.
    const Models::ThreadWaitCap windowWaits(Gui::MainWindow::WriteWaitMilliseconds);
    Models::Portfolio portfolio;
    QString openError;
    QString passwordQuestion;
    QObject::connect(&portfolio, &Models::Portfolio::errorOccurred, &portfolio,
                     [&openError](const QString &message) { openError = message; });
    // A file of an older version is upgraded before the window opens it, behind a progress dialog
    // with Cancel (not for a screenshot: its open upgrades in place, as a command's does).
    const bool given = options.demo || !options.database.isEmpty();
    QString upgraded;
    auto upgradeType = Gui::MessageBar::Type::Information;
    bool upgradeStopped = false;
    if (options.screenshot.isEmpty()) {
        const QString path =
            given ? CliContext::databasePath(options.database, options.demo) : preferences.lastDatabase();
        const Gui::DatabaseUpgradeRunner::Outcome outcome =
            Gui::DatabaseUpgradeRunner::run(nullptr, path, &upgraded);
        upgradeStopped = outcome == Gui::DatabaseUpgradeRunner::Outcome::Cancelled ||
                         outcome == Gui::DatabaseUpgradeRunner::Outcome::Failed;
        if (outcome == Gui::DatabaseUpgradeRunner::Outcome::Failed)
            upgradeType = Gui::MessageBar::Type::Error;
    }
    if (upgradeStopped) {
        // The window opens without a database and says why; the file stays as it was.
    } else if (given) {
        if (!context.openDatabase(options.database, options.demo, &portfolio) &&
            !options.screenshot.isEmpty())
            return Failure;
    } else if (QFileInfo::exists(preferences.lastDatabase()) ||
               Storage::Database::isServerAddress(preferences.lastDatabase())) {
        // A team database is opened again as a file is (the server says whether it is still there).
        // Its error is not lost: errorOccurred put it in openError, which the message bar shows.
        // A server asking for a password is a question, asked once the window is shown.
        const Storage::StorageError error = portfolio.open(preferences.lastDatabase());
        if (Models::Portfolio::asksForPassword(error)) {
            passwordQuestion = Models::StorageText::message(error);
            openError.clear();
        }
    }
    if (portfolio.isOpen()) {
        preferences.addRecentFile(portfolio.path());
        preferences.setLastDatabase(portfolio.path());
    }

    Gui::MainWindow window(&portfolio, &languages);
    if (!openError.isEmpty())
        window.messageBar()->showMessage(openError, Gui::MessageBar::Type::Error);
    else if (!upgraded.isEmpty())
        window.messageBar()->showMessage(upgraded, upgradeType);
    if (!options.engagement.isEmpty() && !window.selectEngagementByKey(options.engagement)) {
        if (!options.screenshot.isEmpty())
            return context.fail(tr("no engagement with the key '%1'").arg(options.engagement));
        window.messageBar()->showMessage(
            tr("There is no engagement with the key %1.").arg(options.engagement),
            Gui::MessageBar::Type::Warning);
    }
    if (!options.page.isEmpty())
        window.showPage(options.page);
    if (options.geometry.isValid())
        window.resize(options.geometry);
    if (!options.screenshot.isEmpty()) {
        // A caret that does not blink: a picture never depends on the instant it was taken.
        QGuiApplication::styleHints()->setCursorFlashTime(0);
        window.resize(options.geometry.isValid() ? options.geometry : QSize(1400, 860));
        window.show();
        QCoreApplication::processEvents();
        // A page that reads off the GUI thread is shown once it has read (a minute at most). The
        // loop sleeps between looks: processEvents(WaitForMoreEvents, ms) would spin the thread.
        if (window.isReading()) {
            QEventLoop loop;
            QElapsedTimer waited;
            waited.start();
            QTimer look;
            QObject::connect(&look, &QTimer::timeout, &loop, [&] {
                if (!window.isReading() || waited.elapsed() > 60 * 1000)
                    loop.quit();
            });
            look.start(20);
            loop.exec();
        }
        // What was read changes sizes (a filter's longest item, a table's rows): the layouts it
        // asks for, and the timers of 0 ms that follow, settle before the picture is taken.
        QElapsedTimer settling;
        settling.start();
        while (settling.elapsed() < 200) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        if (!window.grab().save(options.screenshot, "PNG"))
            return context.fail(tr("cannot write the screenshot to %1").arg(options.screenshot));
        return Success;
    }
    window.show();
    if (!passwordQuestion.isEmpty()) {
        // Cancel leaves the window without a database, as a missing last file does.
        const QString address = preferences.lastDatabase();
        QTimer::singleShot(0, &window, [&window, address, passwordQuestion] {
            window.connectToTeamDatabase(address, passwordQuestion);
        });
    }
    return QApplication::exec();
}

} // namespace App
