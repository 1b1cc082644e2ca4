#pragma once

#include "models/domain/engagement.h"
#include "models/domain/supportmodelcatalogue.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace Models {

/// Translated, user-visible words for the domain's enums and catalogue entries.
/// The domain returns enums and ids; this is the one place that turns them into text.
class DomainText
{
    Q_DECLARE_TR_FUNCTIONS(DomainText)

public:
    /// A catalogue string (QT_TRANSLATE_NOOP("Catalogue", …)) in the current language.
    static QString catalogue(const char *sourceText);
    static QString supportModel(Domain::SupportModel model);
    /// The model's name cut to its first words where space is short (a chart's axis); the full
    /// name stays in legends, tooltips and tables.
    static QString supportModelShort(Domain::SupportModel model);
    static QString serviceLevel(Domain::ServiceLevel level);
    static QString serviceLevelShort(Domain::ServiceLevel level);
    static QString role(Domain::Role role);
    static QString roleShort(Domain::Role role);
    static QString activity(const QString &activityId);
    static QString slaScope(Domain::SlaScope scope);
    static QString deliveryResources(Domain::DeliveryResources delivery);
    static QString engagementProblem(Domain::EngagementProblem problem);
    /// Hours from minutes, localised ("1 234,5 h" in Swedish).
    static QString hours(qint64 minutes);
    /// A month named inside a sentence, in the current locale's form for running text:
    /// "November 2026" in English, "november 2026" in Swedish ("… i november 2026"), never
    /// "2026-11". Headings and axis labels have their own forms; every sentence uses this one.
    static QString monthInSentence(const QDate &month);
    /// A day as figures: "2026-11-01" in both languages, as every table and export of the window
    /// writes it. (English's short form, "01/11/2026", reads as January in the United States.)
    static QString date(const QDate &day);
    /// A wall time in its zone as figures: "2026-11-01 14:05".
    static QString dateTime(const QDateTime &at);
};

} // namespace Models
