#pragma once

// Runs the real `deliverydesk` binary the way a script does: no display, its own stdin, and the
// exit code, stdout and stderr back. Shared by every command-line test.
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace CliTest {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

/// The test's environment without a display, so that headless commands prove they need none.
inline QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

inline Run runCli(const QStringList &arguments, const QByteArray &input = {},
                  const QProcessEnvironment &environment = headlessEnvironment(), int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DD_BINARY), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(timeoutMs);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace CliTest
