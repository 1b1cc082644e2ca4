#pragma once
// Values in and out of SQLite's C API the way the QSqlQuery paths store and read them, for the
// statements that run on QSQLITE's own connection (sqlitehandle.h).

#include <QString>

#include <optional>
#include <sqlite3.h>

namespace Storage::SqliteValues {

/// Resets a statement when the scope ends, whatever happened: a statement left running would
/// hold the table (a DROP INDEX of IndexSuspension, the commit).
struct ResetOnExit
{
    sqlite3_stmt *statement;
    ~ResetOnExit() { sqlite3_reset(statement); }
};

/// Binds UTF-8 text; a null QString is '' here, as textToSql makes it on the QSqlQuery path.
/// Short ASCII text (keys, state and outcome ids, most titles) is narrowed on the stack: a
/// million tickets bound four texts each, and a QByteArray a value was a tenth of the upsert.
inline void bindText(sqlite3_stmt *s, int i, const QString &text)
{
    constexpr qsizetype shortText = 256;
    const qsizetype size = text.size();
    if (size <= shortText) {
        char ascii[shortText];
        const QChar *units = text.constData(); // never detaches (utf16() does for raw data)
        qsizetype k = 0;
        for (; k < size && units[k].unicode() < 0x80; ++k)
            ascii[k] = char(units[k].unicode());
        if (k == size) { // SQLITE_TRANSIENT: SQLite copies before this returns
            sqlite3_bind_text(s, i, size ? ascii : "", int(size), SQLITE_TRANSIENT);
            return;
        }
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

/// Binds an optional instant or number: NULL when there is none.
inline void bindOptional(sqlite3_stmt *s, int i, const std::optional<qint64> &value)
{
    if (value)
        sqlite3_bind_int64(s, i, *value);
    else
        sqlite3_bind_null(s, i);
}

/// The text of column `i`; a null QString for NULL.
inline QString textAt(sqlite3_stmt *s, int i)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(s, i)) : QString();
}

/// The whole number of column `i`; none for NULL.
inline std::optional<qint64> optionalAt(sqlite3_stmt *s, int i)
{
    if (sqlite3_column_type(s, i) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_int64(s, i);
}

} // namespace Storage::SqliteValues
