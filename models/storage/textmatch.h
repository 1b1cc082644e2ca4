#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace Storage {

/// "Part of the key or the title, the case of every letter ignored", as the tickets table filters.
/// SQLite's LIKE ignores the case of A–Z only ("ändra" would not find "Ändra"), and PostgreSQL's
/// ILIKE follows the database's LC_CTYPE (a C locale folds A–Z only). A part with other letters
/// therefore goes through:
/// - on SQLite, `dd_contains(text, part)`, registered on every connection of Delivery Desk: both
///   sides folded as QString::toCaseFolded() does (Unicode's simple case folding); NULL is false;
/// - on PostgreSQL, ILIKE under the server's ICU root collation ("und-x-icu") when it has one,
///   which folds every letter whatever the database's locale; else plain ILIKE.
/// A part of ASCII letters keeps LIKE / ILIKE: the same result, at their speed.
namespace TextMatch {

/// Registers dd_contains on `handle`; false when SQLite refused it.
bool install(sqlite3 *handle);

/// Whether a search for `part` needs more than LIKE's folding of A–Z.
bool needsFolding(const QString &part);

/// ` COLLATE "und-x-icu"` when the server of `db` has that collation, else empty; asked once a
/// connection.
QString serverFoldingCollation(const QSqlDatabase &db);

} // namespace TextMatch

} // namespace Storage
