#include "models/storage/serveraddress.h"

#include <QUrl>
#include <QUrlQuery>
#include <algorithm>

namespace Storage {

namespace {
// libpq connection keywords a user may pass in the address. Others (host, password, dbname ...)
// belong to the address itself or must not be written down at all.
const QStringList s_passThrough = {
    QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
    QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
    QStringLiteral("passfile"),         QStringLiteral("service"),
    QStringLiteral("gssencmode"),       QStringLiteral("keepalives"),
};

bool isPlainValue(const QString &value)
{
    // QPSQL joins the options with spaces: a value with a space, quote or backslash would change
    // the meaning of the rest.
    for (const QChar c : value) {
        if (c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('\\') || c == QLatin1Char(';'))
            return false;
    }
    return !value.isEmpty();
}
} // namespace

bool ServerAddress::isServerAddress(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

ServerAddress ServerAddress::parse(const QString &location, QString *error)
{
    ServerAddress address;
    error->clear();
    const QUrl url(location, QUrl::StrictMode);
    if (!isServerAddress(location) || !url.isValid()) {
        *error = QStringLiteral("not a PostgreSQL address (postgresql://user@host:port/database): %1")
                     .arg(url.errorString());
        return {};
    }
    if (!url.password().isEmpty()) {
        *error = QStringLiteral("the address holds a password; give it through PGPASSWORD or a password file "
                                "(~/.pgpass), never in the address");
        return {};
    }
    address.host = url.host();
    address.port = url.port(-1);
    address.user = url.userName();
    address.database = url.path().mid(1);
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("the address names no database (postgresql://user@host:port/database)");
        return {};
    }
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (!s_passThrough.contains(item.first)) {
            *error = QStringLiteral("'%1' is not a connection setting Delivery Desk passes on (known: %2)")
                         .arg(item.first, s_passThrough.join(QStringLiteral(", ")));
            return {};
        }
        if (!isPlainValue(item.second)) {
            *error = QStringLiteral("the value of '%1' is empty or holds a space, quote or semicolon")
                         .arg(item.first);
            return {};
        }
        address.options << item.first + QLatin1Char('=') + item.second;
    }
    address.options.sort();
    return address;
}

QString ServerAddress::display() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!options.isEmpty())
        url.setQuery(options.join(QLatin1Char('&')));
    return url.toString();
}

QString ServerAddress::connectOptions() const
{
    QStringList all = options;
    if (std::none_of(all.cbegin(), all.cend(),
                     [](const QString &o) { return o.startsWith(QLatin1String("connect_timeout=")); }))
        all << QStringLiteral("connect_timeout=15");
    if (std::none_of(all.cbegin(), all.cend(),
                     [](const QString &o) { return o.startsWith(QLatin1String("application_name=")); }))
        all << QStringLiteral("application_name=deliverydesk");
    return all.join(QLatin1Char(';'));
}

} // namespace Storage
