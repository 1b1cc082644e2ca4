#include "models/storagetext.h"

#include "models/changetext.h"
#include "models/storage/database.h"

namespace Models {

QString StorageText::message(const Storage::StorageError &error)
{
    const QString detail = detailLine(error);
    return detail.isEmpty() ? sentence(error) : sentence(error) + QLatin1Char('\n') + detail;
}

QString StorageText::message(const QString &headline, const Storage::StorageError &error)
{
    const QString text = tr("%1: %2").arg(headline, sentence(error));
    const QString detail = detailLine(error);
    return detail.isEmpty() ? text : text + QLatin1Char('\n') + detail;
}

QString StorageText::detailLine(const Storage::StorageError &error)
{
    using Kind = Storage::StorageError::Kind;
    // A read-only copy needs no technical words, NewerSchema, UpgradeCancelled and Conflict say everything in
    // their sentence (a conflict's who, what and when; its detail was the same in storage's English), and a
    // failed statement names its operation here even when the driver said nothing.
    if (error.isNull() || error.kind == Kind::ReadOnly || error.kind == Kind::NewerSchema ||
        error.kind == Kind::UpgradeCancelled || error.kind == Kind::Conflict ||
        (error.detail.isEmpty() && error.kind != Kind::Query))
        return {};
    return tr("Detail: %1").arg(error.toString());
}

QString StorageText::sentence(const Storage::StorageError &error)
{
    using Kind = Storage::StorageError::Kind;
    QString headline;
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::CannotOpen:
        headline = tr("Cannot open the database %1").arg(error.record);
        break;
    case Kind::NotADatabase:
        headline = tr("%1 is not a Delivery Desk database, or it is damaged; it was left as it is")
                       .arg(error.record);
        break;
    case Kind::NewerSchema:
        return tr("%1 was written by a newer Delivery Desk (schema version %2; this version knows up to %3). "
                  "It was left as it is: open it with a newer Delivery Desk.")
            .arg(error.record)
            .arg(error.foundVersion)
            .arg(error.supportedVersion);
    case Kind::MigrationFailed:
        headline = tr("Updating the database failed at step %1; nothing was changed").arg(error.record);
        break;
    case Kind::BackupFailed:
        headline = tr("Could not back up the database to %1, so it was not updated").arg(error.record);
        break;
    case Kind::UpgradeCancelled:
        return tr("The update of %1 for this version of Delivery Desk was cancelled: the file was left as it "
                  "was, and it is not open.")
            .arg(error.record);
    case Kind::ReadOnly:
        headline = tr("This is a read-only copy; nothing can be changed in it");
        break;
    case Kind::NotFound:
        headline = tr("%1 is no longer in the database").arg(error.record);
        break;
    case Kind::Duplicate:
        headline = tr("%1 already exists").arg(error.record);
        break;
    case Kind::Damaged:
        headline = error.backup.isEmpty()
                       ? tr("%1 is damaged, so nothing was written to it (no backup was found next to it; "
                            "run deliverydesk db check)")
                             .arg(error.record)
                       : tr("%1 is damaged, so nothing was written to it; the last backup is %2 (run "
                            "deliverydesk db check)")
                             .arg(error.record, error.backup);
        break;
    case Kind::Busy:
        headline = tr("Another Delivery Desk kept %1 busy for more than %n second(s); nothing was written, "
                      "try again when it has finished",
                      nullptr, error.waitedSeconds)
                       .arg(error.record);
        break;
    case Kind::PasswordNeeded:
        headline = tr("%1 asks for a password: type the password of the user").arg(error.record);
        break;
    case Kind::PasswordRefused:
        headline = tr("%1 refused the user name or password").arg(error.record);
        break;
    case Kind::ConnectionLost:
        headline = tr("The connection to the team database was lost, so nothing of this was written; "
                      "Delivery Desk connects again on the next step (try it again)");
        break;
    case Kind::Conflict:
        return conflictSentence(error);
    case Kind::Query:
        // The operation is storage's English: it goes to the detail line.
        headline = error.record.isEmpty() ? tr("A database operation failed")
                                          : tr("A database operation failed (%1)").arg(error.record);
        break;
    }
    return headline;
}

QString StorageText::conflictSentence(const Storage::StorageError &error)
{
    using Row = Storage::StorageError::Row;
    if (error.row == Row::RootCause && !error.rowName.isEmpty())
        return rootCauseConflictSentence(error);
    QString what;
    switch (error.row) {
    case Row::Engagement:
        what = tr("this engagement");
        break;
    case Row::Budget:
        what = tr("this budget");
        break;
    case Row::Allocation:
        what = tr("this allocation");
        break;
    case Row::SlaPolicy:
        what = tr("this SLA policy");
        break;
    case Row::ReviewNotes:
        what = tr("these review notes");
        break;
    case Row::RootCause:
        what = tr("this root-cause note");
        break;
    case Row::Calendar:
        what = error.rowName.isEmpty() ? tr("this calendar") : tr("the calendar \"%1\"").arg(error.rowName);
        break;
    case Row::PortfolioSetting:
        what = tr("the team's time zone");
        break;
    case Row::ImportProfile:
        what = error.rowName.isEmpty() ? tr("this profile") : tr("the profile \"%1\"").arg(error.rowName);
        break;
    case Row::Person:
        what = error.rowName.isEmpty() ? tr("this person") : tr("the person %1").arg(error.rowName);
        break;
    case Row::Other:
        what = tr("this record");
        break;
    }
    if (error.rowDeleted)
        return tr("Someone else deleted %1 since you read it; your change was not saved. Reload to see what "
                  "is there now.")
            .arg(what);
    const QString who = error.changedBy.isEmpty() ? tr("Someone else") : error.changedBy;
    if (error.changedAt <= 0)
        return tr("%1 changed %2 since you read it; your change was not saved. Reload to see theirs.")
            .arg(who, what);
    return tr("%1 changed %2 on %3; your change was not saved. Reload to see theirs.")
        .arg(who, what, ChangeText::time(error.changedAt));
}

QString StorageText::rootCauseConflictSentence(const Storage::StorageError &error)
{
    // The page shows the stored note again right away: say what is there now, not "reload".
    if (error.rowDeleted)
        return tr("Someone else removed the root-cause note of %1 since you read it; your change was not "
                  "saved. The note is now empty.")
            .arg(error.rowName);
    const QString who = error.changedBy.isEmpty() ? tr("Someone else") : error.changedBy;
    if (error.changedAt <= 0)
        return tr("%1 changed the root-cause note of %2 since you read it; your change was not saved. The "
                  "note now shows their text.")
            .arg(who, error.rowName);
    return tr("%1 changed the root-cause note of %2 on %3; your change was not saved. The note now shows "
              "their text.")
        .arg(who, error.rowName, ChangeText::time(error.changedAt));
}

} // namespace Models
