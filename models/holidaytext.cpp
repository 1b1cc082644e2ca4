#include "models/holidaytext.h"

#include <QHash>

namespace Models {

namespace {

/// Every id of Domain::HolidayRules. One name for an id several countries share: the Nordic
/// "second day of Christmas" is called Boxing Day in English, as in England's set.
const QHash<QString, const char *> &names()
{
    static const QHash<QString, const char *> s_names = {
        {QStringLiteral("new-years-day"), QT_TRANSLATE_NOOP("HolidayText", "New Year's Day")},
        {QStringLiteral("epiphany"), QT_TRANSLATE_NOOP("HolidayText", "Epiphany")},
        {QStringLiteral("maundy-thursday"), QT_TRANSLATE_NOOP("HolidayText", "Maundy Thursday")},
        {QStringLiteral("good-friday"), QT_TRANSLATE_NOOP("HolidayText", "Good Friday")},
        {QStringLiteral("easter-sunday"), QT_TRANSLATE_NOOP("HolidayText", "Easter Sunday")},
        {QStringLiteral("easter-monday"), QT_TRANSLATE_NOOP("HolidayText", "Easter Monday")},
        {QStringLiteral("great-prayer-day"), QT_TRANSLATE_NOOP("HolidayText", "General Prayer Day")},
        {QStringLiteral("may-day"), QT_TRANSLATE_NOOP("HolidayText", "May Day")},
        {QStringLiteral("labour-day"), QT_TRANSLATE_NOOP("HolidayText", "Labour Day")},
        {QStringLiteral("constitution-day"), QT_TRANSLATE_NOOP("HolidayText", "Constitution Day")},
        {QStringLiteral("ascension-day"), QT_TRANSLATE_NOOP("HolidayText", "Ascension Day")},
        {QStringLiteral("whit-sunday"), QT_TRANSLATE_NOOP("HolidayText", "Whit Sunday")},
        {QStringLiteral("whit-monday"), QT_TRANSLATE_NOOP("HolidayText", "Whit Monday")},
        {QStringLiteral("national-day"), QT_TRANSLATE_NOOP("HolidayText", "National Day of Sweden")},
        {QStringLiteral("midsummer-eve"), QT_TRANSLATE_NOOP("HolidayText", "Midsummer Eve")},
        {QStringLiteral("midsummer-day"), QT_TRANSLATE_NOOP("HolidayText", "Midsummer Day")},
        {QStringLiteral("german-unity-day"), QT_TRANSLATE_NOOP("HolidayText", "Day of German Unity")},
        // West Germany's day of the uprising of 17 June 1953, a holiday until 1990
        {QStringLiteral("day-of-german-unity-1953"),
         QT_TRANSLATE_NOOP("HolidayText", "Day of German Unity (17 June)")},
        {QStringLiteral("reformation-day"), QT_TRANSLATE_NOOP("HolidayText", "Reformation Day")},
        {QStringLiteral("all-saints-day"), QT_TRANSLATE_NOOP("HolidayText", "All Saints' Day")},
        {QStringLiteral("independence-day"), QT_TRANSLATE_NOOP("HolidayText", "Independence Day")},
        {QStringLiteral("christmas-eve"), QT_TRANSLATE_NOOP("HolidayText", "Christmas Eve")},
        {QStringLiteral("christmas-day"), QT_TRANSLATE_NOOP("HolidayText", "Christmas Day")},
        {QStringLiteral("boxing-day"), QT_TRANSLATE_NOOP("HolidayText", "Boxing Day")},
        {QStringLiteral("second-christmas-day"), QT_TRANSLATE_NOOP("HolidayText", "Second Day of Christmas")},
        {QStringLiteral("new-years-eve"), QT_TRANSLATE_NOOP("HolidayText", "New Year's Eve")},
        // England and Wales
        {QStringLiteral("early-may-bank-holiday"),
         QT_TRANSLATE_NOOP("HolidayText", "Early May bank holiday")},
        {QStringLiteral("spring-bank-holiday"), QT_TRANSLATE_NOOP("HolidayText", "Spring bank holiday")},
        {QStringLiteral("summer-bank-holiday"), QT_TRANSLATE_NOOP("HolidayText", "Summer bank holiday")},
        {QStringLiteral("millennium-celebrations"),
         QT_TRANSLATE_NOOP("HolidayText", "Millennium celebrations")},
        {QStringLiteral("golden-jubilee"),
         QT_TRANSLATE_NOOP("HolidayText", "Queen Elizabeth II's Golden Jubilee")},
        {QStringLiteral("royal-wedding"), QT_TRANSLATE_NOOP("HolidayText", "Royal wedding")},
        {QStringLiteral("diamond-jubilee"),
         QT_TRANSLATE_NOOP("HolidayText", "Queen Elizabeth II's Diamond Jubilee")},
        {QStringLiteral("platinum-jubilee"),
         QT_TRANSLATE_NOOP("HolidayText", "Queen Elizabeth II's Platinum Jubilee")},
        {QStringLiteral("state-funeral"),
         QT_TRANSLATE_NOOP("HolidayText", "State funeral of Queen Elizabeth II")},
        {QStringLiteral("coronation"), QT_TRANSLATE_NOOP("HolidayText", "Coronation of King Charles III")},
        // United States (federal)
        {QStringLiteral("martin-luther-king-day"),
         QT_TRANSLATE_NOOP("HolidayText", "Birthday of Martin Luther King, Jr.")},
        {QStringLiteral("washingtons-birthday"), QT_TRANSLATE_NOOP("HolidayText", "Washington's Birthday")},
        {QStringLiteral("memorial-day"), QT_TRANSLATE_NOOP("HolidayText", "Memorial Day")},
        {QStringLiteral("juneteenth"),
         QT_TRANSLATE_NOOP("HolidayText", "Juneteenth National Independence Day")},
        {QStringLiteral("labor-day"), QT_TRANSLATE_NOOP("HolidayText", "Labor Day")},
        {QStringLiteral("columbus-day"), QT_TRANSLATE_NOOP("HolidayText", "Columbus Day")},
        {QStringLiteral("veterans-day"), QT_TRANSLATE_NOOP("HolidayText", "Veterans Day")},
        {QStringLiteral("thanksgiving-day"), QT_TRANSLATE_NOOP("HolidayText", "Thanksgiving Day")},
    };
    return s_names;
}

} // namespace

QString HolidayText::name(const QString &holidayId)
{
    const char *text = names().value(holidayId);
    return text ? tr(text) : holidayId;
}

bool HolidayText::isNamed(const QString &holidayId)
{
    return names().contains(holidayId);
}

} // namespace Models
