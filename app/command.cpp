#include "app/command.h"

#include "models/engagementlistmodel.h"
#include "models/exchange/isoinstant.h"

#include <QDateTime>
#include <QRegularExpression>

namespace App {

namespace {

const char *const s_context = "Command";

QString shared(const char *text)
{
    return QCoreApplication::translate(s_context, text);
}

QString own(const CommandSpec &spec, const char *text, bool isShared)
{
    return isShared ? shared(text) : QCoreApplication::translate(spec.context, text);
}

void configure(const CommandSpec &spec, QCommandLineParser &parser)
{
    parser.setApplicationDescription(spec.translate(spec.description));
    parser.addOption(
        {QStringLiteral("database"), CommandCall::tr("The database file."), CommandCall::tr("PATH")});
    parser.addOption(
        {QStringLiteral("demo"), CommandCall::tr("Create (if missing) and use the demo database.")});
    parser.addOption({QStringLiteral("lang"), CommandCall::tr("Language of messages: sv or en."),
                      CommandCall::tr("LANG")});
    parser.addHelpOption();
    for (const CommandOption &option : spec.options) {
        const QString help = own(spec, option.help, option.shared);
        QCommandLineOption entry(QString::fromLatin1(option.name),
                                 option.completeHelp ? option.completeHelp(help) : help);
        if (option.valueName)
            entry.setValueName(shared(option.valueName));
        if (option.defaultValue)
            entry.setDefaultValue(QString::fromLatin1(option.defaultValue));
        parser.addOption(entry);
    }
    parser.addPositionalArgument(QString::fromLatin1(spec.name), CommandCall::tr("The command."));
    for (const CommandArgument &argument : spec.arguments)
        parser.addPositionalArgument(QString::fromLatin1(argument.name),
                                     own(spec, argument.help, argument.shared),
                                     argument.syntax ? spec.translate(argument.syntax) : QString());
}

/// "a, b or c" in the language of the messages.
QString alternatives(const QStringList &words)
{
    if (words.size() < 2)
        return words.value(0);
    return CommandCall::tr("%1 or %2")
        .arg(words.mid(0, words.size() - 1).join(QStringLiteral(", ")), words.constLast());
}

} // namespace

CommandOption CommandOption::engagement()
{
    return {"engagement", QT_TRANSLATE_NOOP("Command", "The engagement."),
            QT_TRANSLATE_NOOP("Command", "KEY"), nullptr, true};
}

CommandOption CommandOption::tableCsvJson()
{
    return {"format", QT_TRANSLATE_NOOP("Command", "Output format: table, csv or json."),
            QT_TRANSLATE_NOOP("Command", "FORMAT"), "table", true};
}

CommandArgument CommandArgument::action(const char *word, const char *syntax)
{
    return {word, QT_TRANSLATE_NOOP("Command", "The action."), syntax, true};
}

bool CommandCall::openPortfolio(Models::Portfolio *portfolio, Storage::Database::Access access)
{
    return m_context.openDatabase(value(QStringLiteral("database")), isSet(QStringLiteral("demo")), portfolio,
                                  access);
}

std::optional<QString> CommandCall::format(const QStringList &allowed)
{
    const QString format = value(QStringLiteral("format"));
    if (allowed.contains(format))
        return format;
    usageError(tr("unknown format '%1' (use %2)").arg(format, alternatives(allowed)));
    return std::nullopt;
}

std::optional<qint64> CommandCall::now()
{
    const QString text = value(QStringLiteral("now"));
    if (text.isEmpty())
        return QDateTime::currentSecsSinceEpoch();
    const std::optional<qint64> parsed = Exchange::parseIsoInstant(text);
    if (!parsed)
        usageError(tr("--now \"%1\" is not an ISO-8601 instant with an offset, e.g. 2026-03-10T12:00:00Z")
                       .arg(text));
    return parsed;
}

std::optional<QDate> CommandCall::month(const QString &option)
{
    const QString text = value(option);
    if (text.isEmpty())
        return QDate();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    const QDate month =
        match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1) : QDate();
    if (!month.isValid()) {
        usageError(tr("--%1 \"%2\" is not a month like 2026-11").arg(option, text));
        return std::nullopt;
    }
    return month;
}

std::optional<QDate> CommandCall::requiredMonth(const QString &what)
{
    std::optional<QDate> result = month(QStringLiteral("month"));
    if (result && !result->isValid()) {
        usageError(tr("%1 needs --month YYYY-MM").arg(what));
        return std::nullopt;
    }
    return result;
}

int CommandCall::openEngagement(const QString &what, Models::Portfolio *portfolio,
                                Storage::Database::Access access, Domain::Engagement *engagement)
{
    const QString key = value(QStringLiteral("engagement"));
    if (key.isEmpty())
        return missingEngagement(what);
    if (!openPortfolio(portfolio, access))
        return Failure;
    const int row = portfolio->engagements()->rowOfKey(key);
    if (row < 0)
        return fail(tr("no engagement with the key '%1'").arg(key));
    *engagement = portfolio->engagements()->engagementAt(row);
    return Success;
}

int CommandCall::missingEngagement(const QString &what)
{
    return usageError(tr("%1 needs --engagement KEY").arg(what));
}

int CommandCall::noFurtherArguments(const QString &what)
{
    return usageError(tr("%1 takes no further arguments").arg(what));
}

int CommandSpec::execute(const QStringList &arguments) const
{
    const CommandSpec &spec = *this;
    QCommandLineParser parser;
    configure(spec, parser);
    CommandCall call(parser);
    if (!parser.parse(arguments) && !spec.lenient)
        return call.usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        call.out() << parser.helpText();
        if (spec.moreHelp)
            call.out() << '\n' << spec.moreHelp();
        return Success;
    }
    return spec.handler(call);
}

} // namespace App
