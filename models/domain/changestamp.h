#pragma once

#include <QString>

namespace Domain {

/// Which stored version of a row a value was read from, and who created and last changed that
/// row, when (issue 15: several users at once). A save names `version`; storage refuses it when
/// the row moved on since. Not part of a value's equality: it says where the value came from,
/// not what it is.
struct ChangeStamp
{
    qint64 version = 0;   ///< the row's version as read; 0: there was no row
    QString createdBy;    ///< who created the row ('' when unknown: written before version 7)
    qint64 createdAt = 0; ///< UTC epoch seconds; 0 when unknown
    QString updatedBy;    ///< who saved the row last ('' when unknown)
    qint64 updatedAt = 0; ///< UTC epoch seconds; 0 when unknown

    bool isStored() const { return version > 0; }
    bool operator==(const ChangeStamp &o) const
    {
        return version == o.version && createdBy == o.createdBy && createdAt == o.createdAt &&
               updatedBy == o.updatedBy && updatedAt == o.updatedAt;
    }
    bool operator!=(const ChangeStamp &o) const { return !(*this == o); }
};

} // namespace Domain
