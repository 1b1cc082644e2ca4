#pragma once

#include "models/storage/storageerror.h"

#include <QCoreApplication>

namespace Models {

/// The one place where a storage error becomes text. Storage gives codes and data; the sentence
/// is made here, in the user's language. The technical detail (the operation, the record and the
/// driver's words, which stay English) follows only on a line of its own.
class StorageText
{
    Q_DECLARE_TR_FUNCTIONS(StorageText)

public:
    /// The whole message: the translated sentence, then the detail line when there is one.
    static QString message(const Storage::StorageError &error);
    /// The same after `headline` (translated by the caller: what was not done), e.g. "The review
    /// notes were not saved: <sentence>", then the detail line.
    static QString message(const QString &headline, const Storage::StorageError &error);
    /// The translated sentence alone.
    static QString sentence(const Storage::StorageError &error);
    /// The detail line ("Detail: operation (record): driver's words"); empty when there is none.
    static QString detailLine(const Storage::StorageError &error);

private:
    static QString conflictSentence(const Storage::StorageError &error);
    static QString rootCauseConflictSentence(const Storage::StorageError &error);
};

} // namespace Models
