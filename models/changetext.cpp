#include "models/changetext.h"

#include <QDateTime>
#include <QLocale>

namespace Models {

QString ChangeText::line(const Domain::ChangeStamp &stamp)
{
    if (stamp.updatedBy.isEmpty() || stamp.updatedAt <= 0)
        return {};
    if (stamp.version <= 1)
        return tr("Added by %1 on %2").arg(stamp.updatedBy, time(stamp.updatedAt));
    return tr("Changed by %1 on %2").arg(stamp.updatedBy, time(stamp.updatedAt));
}

QString ChangeText::time(qint64 epochSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(epochSeconds).toLocalTime(),
                              QStringLiteral("d MMM yyyy HH:mm"));
}

QString ChangeText::appended(const QString &text, const Domain::ChangeStamp &stamp)
{
    const QString who = line(stamp);
    if (who.isEmpty())
        return text;
    return text.isEmpty() ? who : text + QLatin1Char('\n') + who;
}

} // namespace Models
