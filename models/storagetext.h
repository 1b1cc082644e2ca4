#pragma once

#include "models/storage/storageerror.h"

#include <QCoreApplication>

namespace Models {

/// Turns storage errors into one translated line for the message bar or stderr.
class StorageText
{
    Q_DECLARE_TR_FUNCTIONS(StorageText)

public:
    static QString message(const Storage::StorageError &error);
};

} // namespace Models
