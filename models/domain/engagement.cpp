#include "models/domain/engagement.h"

#include "models/domain/supportmodelcatalogue.h"

#include <QTimeZone>

namespace Domain {

namespace {
bool isValidKey(const QString &key)
{
    if (key.size() > 32)
        return false;
    for (const QChar c : key) {
        const bool ok = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
                        c == QLatin1Char('_');
        if (!ok)
            return false;
    }
    return true;
}
} // namespace

QVector<EngagementProblem> Engagement::validate() const
{
    QVector<EngagementProblem> problems;
    if (key.trimmed().isEmpty())
        problems.append(EngagementProblem::MissingKey);
    else if (!isValidKey(key))
        problems.append(EngagementProblem::InvalidKey);
    if (client.trimmed().isEmpty())
        problems.append(EngagementProblem::MissingClient);
    if (!start.isValid())
        problems.append(EngagementProblem::MissingStart);
    else if (end.isValid() && end < start)
        problems.append(EngagementProblem::EndBeforeStart);
    if (committedMinutesPerMonth < 0)
        problems.append(EngagementProblem::NegativeHours);
    else if (committedMinutesPerMonth > MaxCommittedMinutesPerMonth)
        problems.append(EngagementProblem::AbsurdHours);
    if (timeZone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(timeZone))
        problems.append(EngagementProblem::UnknownTimeZone);
    if (SupportModelCatalogue::model(model).coversAllRoles && rolesCovered.isEmpty())
        problems.append(EngagementProblem::NoRolesCovered);
    return problems;
}

bool Engagement::isActiveOn(const QDate &date) const
{
    return start.isValid() && date >= start && (!end.isValid() || date <= end);
}

bool Engagement::operator==(const Engagement &o) const
{
    return id == o.id && key == o.key && client == o.client && name == o.name && model == o.model &&
           start == o.start && end == o.end && timeZone == o.timeZone &&
           committedMinutesPerMonth == o.committedMinutesPerMonth &&
           severity1Cover24x7 == o.severity1Cover24x7 && rolesCovered == o.rolesCovered &&
           optionalServices == o.optionalServices && notes == o.notes;
}

} // namespace Domain
