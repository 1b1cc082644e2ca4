#include "models/storage/storageerror.h"

namespace Storage {

QString StorageError::toString() const
{
    QString text = operation;
    if (!record.isEmpty())
        text += QStringLiteral(" (%1)").arg(record);
    if (!detail.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(": ")) + detail;
    return text;
}

} // namespace Storage
