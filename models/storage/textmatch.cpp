#include "models/storage/textmatch.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

#include <algorithm>

namespace Storage::TextMatch {

namespace {

bool isAscii(const unsigned char *text, int bytes)
{
    return std::all_of(text, text + bytes, [](unsigned char c) { return c < 0x80; });
}

void deleteFolded(void *folded)
{
    delete static_cast<QString *>(folded);
}

/// dd_contains(text, part). The folded part is kept with the statement (SQLite's auxiliary data
/// of a constant argument), so a million rows fold it once.
void contains(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *text = sqlite3_value_text(argv[0]);
    const auto *part = sqlite3_value_text(argv[1]);
    if (!text || !part) {
        sqlite3_result_int(context, 0);
        return;
    }
    const int textBytes = sqlite3_value_bytes(argv[0]);
    QString local;
    const auto *folded = static_cast<const QString *>(sqlite3_get_auxdata(context, 1));
    if (!folded) {
        const int partBytes = sqlite3_value_bytes(argv[1]);
        local = QString::fromUtf8(reinterpret_cast<const char *>(part), partBytes).toCaseFolded();
        sqlite3_set_auxdata(context, 1, new QString(local), deleteFolded);
        folded = &local;
    }
    if (folded->isEmpty()) {
        sqlite3_result_int(context, 1);
        return;
    }
    // ASCII folds to ASCII: a text of ASCII letters cannot contain a part with other letters.
    if (isAscii(text, textBytes)) {
        const bool asciiPart =
            std::all_of(folded->cbegin(), folded->cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (!asciiPart) {
            sqlite3_result_int(context, 0);
            return;
        }
        const QLatin1String latin(reinterpret_cast<const char *>(text), textBytes);
        sqlite3_result_int(context, latin.contains(*folded, Qt::CaseInsensitive) ? 1 : 0);
        return;
    }
    const QString whole = QString::fromUtf8(reinterpret_cast<const char *>(text), textBytes).toCaseFolded();
    sqlite3_result_int(context, whole.contains(*folded) ? 1 : 0);
}

} // namespace

bool install(sqlite3 *handle)
{
    if (!handle)
        return false;
    return sqlite3_create_function_v2(handle, "dd_contains", 2,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                      contains, nullptr, nullptr, nullptr) == SQLITE_OK;
}

QString serverFoldingCollation(const QSqlDatabase &db)
{
    static const char *const s_property = "deliveryDeskFoldingCollation";
    QSqlDriver *driver = db.driver();
    if (!driver)
        return {};
    const QVariant known = driver->property(s_property);
    if (known.isValid())
        return known.toString();
    QSqlQuery query(db);
    const bool icu =
        query.exec(QStringLiteral("SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'")) && query.next();
    // A failed question is asked again with the next filter; an answer is kept.
    const QString collation = icu ? QStringLiteral(" COLLATE \"und-x-icu\"") : QString();
    if (query.isActive() || icu)
        driver->setProperty(s_property, collation);
    return collation;
}

bool needsFolding(const QString &part)
{
    return std::any_of(part.cbegin(), part.cend(), [](QChar c) { return c.unicode() >= 0x80; });
}

} // namespace Storage::TextMatch
