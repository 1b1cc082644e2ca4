#include "testdatabases.h"

#include "models/storage/databasecopier.h"
#include "models/storage/serveraddress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace StorageTest {

namespace {

const QString s_superuser = QStringLiteral("dd_test");

/// The newest PostgreSQL server binaries: DD_PG_BINDIR, else Debian's /usr/lib/postgresql/N/bin.
QString serverBinDir()
{
    const QString configured = qEnvironmentVariable("DD_PG_BINDIR");
    if (!configured.isEmpty())
        return configured;
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(found.begin(), found.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : std::as_const(found)) {
        const QString bin = versions.filePath(version + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")) && QFile::exists(bin + QStringLiteral("/pg_ctl")))
            return bin;
    }
    return {};
}

/// A TCP port on 127.0.0.1 that nobody listens on right now (the kernel's choice).
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &length) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

QString tail(const QString &path, int lines = 6)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromLocal8Bit(file.readAll()).trimmed().split(QLatin1Char('\n'));
    return all.mid(qMax(0, int(all.size()) - lines)).join(QStringLiteral(" | "));
}

/// One PostgreSQL server for the whole test process, started on first use in a temporary folder as
/// an unprivileged user (initdb refuses root: as root the server runs as `postgres`, else `nobody`,
/// through setpriv), stopped and removed when the process ends. A watchdog shell removes it even
/// when the process is killed (a crash, ctest's timeout).
class TestServer
{
public:
    static TestServer &instance()
    {
        static TestServer server;
        return server;
    }
    ~TestServer() { stop(); }

    bool start(QString *why)
    {
        if (!m_tried) {
            m_tried = true;
            m_failure = doStart();
        }
        *why = m_failure;
        return m_failure.isEmpty();
    }
    int port() const { return m_port; }

private:
    QString doStart()
    {
        const QString bin = serverBinDir();
        if (bin.isEmpty())
            return QStringLiteral(
                "no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin "
                "or DD_PG_BINDIR; install Debian's postgresql package");
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return QStringLiteral("Qt's PostgreSQL driver QPSQL is missing (Debian: libqt6sql6-psql)");
        QByteArray pattern = QDir::tempPath().toLocal8Bit() + "/dd-pgtest-XXXXXX";
        if (!::mkdtemp(pattern.data()))
            return QStringLiteral("cannot create a temporary folder in %1").arg(QDir::tempPath());
        m_root = QString::fromLocal8Bit(pattern);
        if (::geteuid() == 0) {
            // initdb refuses to run as root: the server's files belong to an unprivileged account.
            const passwd *account = ::getpwnam("postgres");
            if (!account)
                account = ::getpwnam("nobody");
            if (!account)
                return QStringLiteral(
                    "running as root, and there is neither a 'postgres' nor a 'nobody' account "
                    "to run the server as (initdb refuses root)");
            if (::chown(pattern.constData(), account->pw_uid, account->pw_gid) != 0)
                return QStringLiteral("cannot hand %1 to the account '%2'")
                    .arg(m_root, QString::fromLocal8Bit(account->pw_name));
            m_prefix = {QStringLiteral("setpriv"), QStringLiteral("--reuid=%1").arg(account->pw_uid),
                        QStringLiteral("--regid=%1").arg(account->pw_gid), QStringLiteral("--clear-groups")};
            m_account = QString::fromLocal8Bit(account->pw_name);
        }
        const QString data = m_root + QStringLiteral("/data");
        QString output;
        if (!run(bin + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), data, QStringLiteral("-U"), s_superuser,
                  QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C"), QStringLiteral("-N")},
                 120, &output))
            return QStringLiteral("initdb failed%1: %2").arg(asWhom(), output);
        for (int attempt = 0; attempt < 3; ++attempt) {
            m_port = freePort();
            const QString settings =
                QStringLiteral(
                    "-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off -c synchronous_commit=off "
                    "-c full_page_writes=off -c max_connections=60")
                    .arg(m_port)
                    .arg(m_root);
            if (run(bin + QStringLiteral("/pg_ctl"),
                    {QStringLiteral("-D"), data, QStringLiteral("-l"), m_root + QStringLiteral("/server.log"),
                     QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
                     settings, QStringLiteral("start")},
                    90, &output)) {
                readPid();
                startWatchdog();
                return {};
            }
            output += QStringLiteral(" | log: ") + tail(m_root + QStringLiteral("/server.log"));
            if (!output.contains(QLatin1String("could not bind")))
                break;
        }
        return QStringLiteral("the server did not start%1: %2").arg(asWhom(), output);
    }

    QString asWhom() const
    {
        return m_account.isEmpty() ? QString() : QStringLiteral(" (as '%1')").arg(m_account);
    }

    bool run(const QString &program, const QStringList &arguments, int seconds, QString *output)
    {
        QProcess process;
        process.setWorkingDirectory(m_root); // the account may not enter the test's folder
        process.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_root);
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        process.setProcessEnvironment(environment);
        QStringList command = m_prefix;
        command << program << arguments;
        process.start(command.takeFirst(), command);
        if (!process.waitForStarted(10000)) {
            *output = process.errorString();
            return false;
        }
        // pg_ctl leaves the server holding the output pipe: wait for pg_ctl, not for end of output.
        const bool finished = process.waitForFinished(seconds * 1000);
        *output = QString::fromLocal8Bit(process.readAll())
                      .trimmed()
                      .split(QLatin1Char('\n'))
                      .mid(0, 8)
                      .join(QStringLiteral(" | "));
        if (!finished) {
            process.kill();
            *output += QStringLiteral(" (no answer after %1 s)").arg(seconds);
            return false;
        }
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    void readPid()
    {
        QFile file(m_root + QStringLiteral("/data/postmaster.pid"));
        if (file.open(QIODevice::ReadOnly))
            m_pid = file.readLine().trimmed().toLongLong();
    }

    void startWatchdog()
    {
        const QString script =
            QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; "
                           "if [ -d '%3' ]; then kill -QUIT %2 2>/dev/null; sleep 3; rm -rf '%3'; fi")
                .arg(::getpid())
                .arg(m_pid)
                .arg(m_root);
        QProcess::startDetached(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    }

    void stop()
    {
        if (m_pid > 0) {
            // Fast shutdown, then immediate after 10 s: postmaster.pid goes when the server is gone.
            ::kill(pid_t(m_pid), SIGINT);
            const QString pidFile = m_root + QStringLiteral("/data/postmaster.pid");
            for (int i = 0; i < 200 && QFile::exists(pidFile); ++i) {
                if (i == 100)
                    ::kill(pid_t(m_pid), SIGQUIT);
                QThread::msleep(50);
            }
            m_pid = 0;
        }
        if (!m_root.isEmpty())
            QDir(m_root).removeRecursively();
        m_root.clear();
    }

    bool m_tried = false;
    QString m_failure;
    QString m_root;
    QString m_account;
    QStringList m_prefix;
    int m_port = 0;
    qint64 m_pid = 0;
};

} // namespace

QVector<Storage::Migrator::Migration> migrationsBefore(const QString &name)
{
    QVector<Storage::Migrator::Migration> before;
    for (const Storage::Migrator::Migration &m : Storage::Migrator::bundledMigrations()) {
        if (m.name == name)
            break;
        before.append(m);
    }
    return before;
}

void addDialectRows()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

bool postgresRequired()
{
    return qEnvironmentVariable("DD_REQUIRE_POSTGRES") == QLatin1String("1");
}

QString serverAddress(const QString &database)
{
    QString why;
    if (!TestServer::instance().start(&why))
        return {};
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
        .arg(s_superuser)
        .arg(TestServer::instance().port())
        .arg(database);
}

bool serverExec(const QString &sql, QString *error)
{
    QString why;
    if (!TestServer::instance().start(&why)) {
        if (error)
            *error = why;
        return false;
    }
    const QString name = QStringLiteral("dd-test-server-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(TestServer::instance().port());
        db.setUserName(s_superuser);
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok && error)
                *error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool addPasswordRole(const QString &role, const QString &password, QString *error)
{
    // The first matching line of pg_hba.conf decides: the role's line before the trusting ones.
    // COPY writes the file as the server's account, which owns it.
    return serverExec(QStringLiteral("CREATE ROLE %1 LOGIN SUPERUSER PASSWORD '%2'").arg(role, password),
                      error) &&
           serverExec(
               QStringLiteral("DO $$ BEGIN EXECUTE format('COPY (VALUES (%L), (%L), (%L)) TO %L', "
                              "'local all all trust', 'host all %1 127.0.0.1/32 scram-sha-256', "
                              "'host all all 127.0.0.1/32 trust', current_setting('hba_file')); END $$")
                   .arg(role),
               error) &&
           serverExec(QStringLiteral("SELECT pg_reload_conf()"), error);
}

FreshDatabase freshDatabase(const QString &dialect, const QString &folder, const QString &name)
{
    static int s_counter = 0;
    if (dialect == QLatin1String("sqlite"))
        return {QDir(folder).filePath(QStringLiteral("%1-%2.sqlite").arg(name).arg(++s_counter)), {}};
    QString why;
    if (!TestServer::instance().start(&why))
        return {{}, why};
    static const QRegularExpression s_notWord(QStringLiteral("[^a-z0-9_]"));
    const QString database =
        QStringLiteral("t%1_%2").arg(++s_counter).arg(name.toLower().remove(s_notWord)).left(60);
    if (!serverExec(QStringLiteral("CREATE DATABASE %1").arg(database), &why))
        return {{}, QStringLiteral("CREATE DATABASE failed: %1").arg(why)};
    return {serverAddress(database), {}};
}

FreshDatabase copyOf(const QString &dialect, const QString &sqliteFile, const QString &folder,
                     const QString &name)
{
    static int s_counter = 0;
    if (dialect == QLatin1String("sqlite")) {
        const QString path =
            QDir(folder).filePath(QStringLiteral("%1-copy%2.sqlite").arg(name).arg(++s_counter));
        QFile::remove(path);
        if (!QFile::copy(sqliteFile, path))
            return {{}, QStringLiteral("cannot copy %1 to %2").arg(sqliteFile, path)};
        return {path, {}};
    }
    static QHash<QString, QString> s_templates; // absolute file path -> template database
    const QString key = QFileInfo(sqliteFile).absoluteFilePath();
    QString templateName = s_templates.value(key);
    if (templateName.isEmpty()) {
        const FreshDatabase target = freshDatabase(dialect, folder, QStringLiteral("template"));
        if (target.location.isEmpty())
            return target;
        QVector<Storage::DatabaseCopier::TableCount> counts;
        if (const Storage::StorageError error =
                Storage::DatabaseCopier::copy(sqliteFile, target.location, &counts))
            return {{},
                    QStringLiteral("copy of %1 to the server failed: %2").arg(sqliteFile, error.toString())};
        templateName = QUrl(target.location).path().mid(1);
        s_templates.insert(key, templateName);
    }
    const QString database = QStringLiteral("%1_c%2").arg(templateName.left(50)).arg(++s_counter);
    QString why;
    if (!serverExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(database, templateName), &why))
        return {{}, QStringLiteral("CREATE DATABASE … TEMPLATE failed: %1").arg(why)};
    return {serverAddress(database), {}};
}

QSqlDatabase plainConnection(const QString &location, const QString &name)
{
    if (!Storage::ServerAddress::isServerAddress(location)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
        return db;
    }
    QString problem;
    const Storage::ServerAddress address = Storage::ServerAddress::parse(location, &problem);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    db.setConnectOptions(address.connectOptions());
    return db;
}

Storage::StorageError openAs(Storage::Database *database, const QString &location, const QString &user)
{
    if (!Storage::Database::isServerAddress(location)) {
        const QByteArray before = qgetenv("DELIVERYDESK_USER");
        qputenv("DELIVERYDESK_USER", user.toUtf8());
        const Storage::StorageError error = database->open(location);
        if (before.isNull())
            qunsetenv("DELIVERYDESK_USER");
        else
            qputenv("DELIVERYDESK_USER", before);
        return error;
    }
    QString why;
    // CREATE ROLE has no IF NOT EXISTS: the role may exist from an earlier test function.
    if (!serverExec(QStringLiteral("DO $$ BEGIN CREATE ROLE %1 LOGIN SUPERUSER; "
                                   "EXCEPTION WHEN duplicate_object THEN NULL; END $$")
                        .arg(user),
                    &why))
        return {Storage::StorageError::Kind::CannotOpen, QStringLiteral("create role"), user, why};
    QUrl address(location);
    address.setUserName(user);
    return database->open(address.toString());
}

QStringList sqliteIndexes(const Storage::Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT tbl_name, name, COALESCE(sql, '') FROM sqlite_master WHERE type = 'index'")))
        return {q.lastError().text()};
    QStringList indexes;
    while (q.next()) {
        indexes << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}.join(
            QLatin1Char('|'));
    }
    indexes.sort();
    return indexes;
}

Domain::Engagement engagement(const QString &key)
{
    Domain::Engagement e;
    e.key = key;
    e.client = QStringLiteral("Nordshop AB");
    e.start = QDate(2026, 1, 1);
    e.timeZone = "Europe/Stockholm";
    e.committedMinutesPerMonth = 80 * 60;
    return e;
}

} // namespace StorageTest
