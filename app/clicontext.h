#pragma once

#include "models/portfolio.h"

#include <QCoreApplication>
#include <QTextStream>

namespace App {

/// Exit codes of every command: the contract scripts rely on.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

/// Output streams and the database of a headless command.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /// Prints "deliverydesk: reason" on stderr and returns `code`.
    int fail(const QString &reason, int code = Failure);

    /// Opens the database named by --database (or the default one), creating the demo portfolio
    /// there first when `demo` is set and the file does not exist yet.
    bool openDatabase(const QString &path, bool demo, Models::Portfolio *portfolio,
                      Storage::Database::Access access = Storage::Database::Access::ReadWrite);

    static QString defaultDemoPath();
    /// The database --database `requested` names: the demo's or the default file when empty.
    static QString databasePath(const QString &requested, bool demo);

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace App
