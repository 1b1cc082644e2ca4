#pragma once

#include <QMetaType>
#include <QString>

namespace Storage {

/// What went wrong in storage: the operation, the record it concerned and why.
/// Storage never shows UI; callers turn this into a message bar entry or a stderr line.
struct [[nodiscard]] StorageError
{
    enum class Kind {
        None,
        CannotOpen,   ///< the file could not be opened or created
        NotADatabase, ///< the file is not a SQLite database, or is damaged
        NewerSchema,  ///< written by a newer Delivery Desk
        MigrationFailed,
        BackupFailed,
        UpgradeCancelled, ///< the user cancelled an upgrade before its first migration: file as it was
        ReadOnly,         ///< a write on a read-only database (an offline bundle)
        NotFound,
        Duplicate,       ///< a unique key already exists
        Query,           ///< any other failed statement
        Damaged,         ///< the integrity check found damage: nothing was written
        Busy,            ///< another program kept the database locked past the waiting limit
        PasswordNeeded,  ///< the server asks for a password, and none was given or found (.pgpass)
        PasswordRefused, ///< the server refused the user name or password
        ConnectionLost,  ///< the server ended the connection: nothing of the operation was written
        Conflict,        ///< someone else changed or deleted the row since it was read: nothing written
    };
    /// Conflict: what kind of row it was, for the sentence ("… changed this allocation …").
    enum class Row {
        Other,
        Engagement,
        Budget,
        Allocation,
        SlaPolicy,
        ReviewNotes,
        RootCause,
        Person,
        PortfolioSetting,
        Calendar,
        ImportProfile ///< a column profile of the import wizard (rowName: its name)
    };

    Kind kind = Kind::None;
    QString operation;        ///< e.g. "save engagement"
    QString record;           ///< e.g. the engagement key
    QString detail;           ///< the driver's or the check's words (English)
    int foundVersion = 0;     ///< NewerSchema: the database's schema version
    int supportedVersion = 0; ///< NewerSchema: the newest version this build knows
    QString backup;           ///< Damaged: the newest backup next to the database, empty when none
    int waitedSeconds = 0;    ///< Busy: how long the write waited for the other (its thread's limit)
    Row row = Row::Other;     ///< Conflict: the kind of row
    QString changedBy;        ///< Conflict: who saved the row last, '' when unknown
    qint64 changedAt = 0;     ///< Conflict: when (UTC epoch seconds), 0 when unknown
    bool rowDeleted = false;  ///< Conflict: the row is gone
    QString
        rowName; ///< Conflict: the row as people name it (a ticket's key, a person, a calendar), '' when none

    bool isNull() const { return kind == Kind::None; }
    explicit operator bool() const { return !isNull(); }
    /// One line: "operation (record): detail".
    QString toString() const;
};

} // namespace Storage

// Queued signals carry it (a worker's result delivered on the window's thread).
Q_DECLARE_METATYPE(Storage::StorageError)
