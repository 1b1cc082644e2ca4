#pragma once

#include "app/clicontext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QVector>
#include <optional>

namespace App {

class CommandCall;

/// One option of a headless command, as its --help shows it. Texts are source texts: the help is
/// translated in the command's context (or once, in the "Command" context, when `shared`), the value
/// name always in the "Command" context, since KEY, FILE or YYYY-MM mean the same in every command.
struct CommandOption
{
    const char *name;
    const char *help;
    const char *valueName = nullptr; ///< nullptr: a switch without a value
    const char *defaultValue = nullptr;
    bool shared = false;
    /// Optional: fills the translated help's placeholders (e.g. a range read from a constant).
    QString (*completeHelp)(const QString &help) = nullptr;

    /// --engagement KEY, "The engagement."
    static CommandOption engagement();
    /// --format FORMAT, table (the default), csv or json.
    static CommandOption tableCsvJson();
};

/// A positional argument after the command word: `tickets list`, `calendar eval|export|import FILE`.
struct CommandArgument
{
    const char *name;
    const char *help;
    const char *syntax = nullptr; ///< how --help's usage line writes it (translated in the command's context)
    bool shared = false;

    /// The action word of a command with one action, e.g. `tickets list`: "The action."
    static CommandArgument action(const char *word, const char *syntax = nullptr);
};

/// What a command is: its options, its help and its handler. The parse / --help / usage-error
/// preamble every command shares is written once, in Command::execute().
struct CommandSpec
{
    const char *name;    ///< the command word, e.g. "tickets"
    const char *context; ///< the translation context of `description` and of the command's own texts
    const char *description;
    QVector<CommandOption>
        options; ///< after --database, --demo, --lang and --help, which every command takes
    QVector<CommandArgument> arguments;
    int (*handler)(CommandCall &call);
    /// Optional: more text after QCommandLineParser's help (e.g. the list of sla's actions).
    QString (*moreHelp)() = nullptr;
    /// Whether unknown options are left for the handler to judge (sla routes to its actions).
    bool lenient = false;

    /// Parses `arguments` (arguments[0] is the program), answers --help, and runs the handler;
    /// returns the exit code.
    int execute(const QStringList &arguments) const;
    /// One of the command's own texts in the language of the messages.
    QString translate(const char *text) const { return QCoreApplication::translate(context, text); }
};

/// One run of a command: the parsed arguments, the output streams and the helpers every handler
/// needs (open the portfolio, find the engagement, read --format, --month and --now).
class CommandCall
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    explicit CommandCall(QCommandLineParser &parser) : m_parser(parser) {}

    CliContext &context() { return m_context; }
    QTextStream &out() { return m_context.out(); }
    QTextStream &err() { return m_context.err(); }
    const QCommandLineParser &parser() const { return m_parser; }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    /// The positional arguments after the command word.
    QStringList arguments() const { return m_parser.positionalArguments().mid(1); }

    /// Prints "deliverydesk: reason" and returns UsageError (2).
    int usageError(const QString &reason) { return m_context.fail(reason, UsageError); }
    /// Prints "deliverydesk: reason" and returns Failure (1).
    int fail(const QString &reason) { return m_context.fail(reason, Failure); }

    /// Opens the database of --database / --demo; prints why not and returns false when it cannot.
    bool openPortfolio(Models::Portfolio *portfolio, Storage::Database::Access access);
    /// The value of --format when it is one of `allowed`; else prints the usage error and returns nothing.
    std::optional<QString> format(const QStringList &allowed);
    /// --now as epoch seconds, or the wall clock when it is not given (read here, in app/, only);
    /// prints the usage error and returns nothing when it is not an ISO-8601 instant.
    std::optional<qint64> now();
    /// A YYYY-MM option as the first day of its month; a null date when it is not set; prints the
    /// usage error and returns nothing when it is no month.
    std::optional<QDate> month(const QString &option);
    /// The month of --month, which `what` needs: nothing (and the usage error printed) when it is
    /// missing or no month.
    std::optional<QDate> requiredMonth(const QString &what);
    /// Opens the portfolio and finds the engagement of --engagement, which `what` (e.g. "tickets
    /// list") needs; prints why not and returns the exit code to give up with, or Success.
    int openEngagement(const QString &what, Models::Portfolio *portfolio, Storage::Database::Access access,
                       Domain::Engagement *engagement);
    /// "WHAT needs --engagement KEY" as a usage error.
    int missingEngagement(const QString &what);
    /// "WHAT takes no further arguments" as a usage error.
    int noFurtherArguments(const QString &what);

private:
    QCommandLineParser &m_parser;
    CliContext m_context;
};

} // namespace App
