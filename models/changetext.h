#pragma once

#include "models/domain/changestamp.h"

#include <QCoreApplication>

namespace Models {

/// Who changed a row and when, as people read it: tooltips of edited rows and cells, and the
/// sentence of a refused save (StorageText).
class ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(ChangeText)

public:
    /// "Changed by alice on 5 Dec 2026 10:42" ("Added by …" for a row never changed since it was
    /// added); empty when nobody is known (rows written before who-changed-what was kept).
    static QString line(const Domain::ChangeStamp &stamp);
    /// An instant of a who-changed-what column (UTC epoch seconds): the date and time in this
    /// computer's zone, with the locale's month names ("5 Dec 2026 10:42", "5 dec. 2026 10:42").
    static QString time(qint64 epochSeconds);
    /// `text`, then line() on a line of its own when there is one.
    static QString appended(const QString &text, const Domain::ChangeStamp &stamp);
};

} // namespace Models
