// Gui::CalendarDialog: the changes made in the dialog itself (a weekday's hours typed into its
// cell, days off of a single date added and taken back). The rest of the dialog is in
// calendardialog.cpp.
#include "ui/calendardialog.h"

#include "models/domaintext.h"
#include "models/exchange/calendar/calendarfile.h"

#include <QDateEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace Gui {

Domain::BusinessCalendar CalendarDialog::editable() const
{
    Domain::BusinessCalendar calendar = shown();
    // A time zone's default becomes the engagement's own calendar, as a nameless file does.
    if ((!m_imported && !m_view.stored) || calendar.name().trimmed().isEmpty())
        calendar.setName(Models::CalendarLoader::ownCalendarName(m_engagement.key));
    return calendar;
}

void CalendarDialog::changed(const Domain::BusinessCalendar &calendar)
{
    if (!m_imported || m_imported->name() != calendar.name()) {
        m_importedUsers = m_usersOf ? m_usersOf(calendar.name()) : QStringList();
        m_importedUsers.removeAll(m_engagement.key);
    }
    m_imported = calendar;
    m_changedHere = true;
    m_status.clear();
    showCalendar();
}

bool CalendarDialog::setWeekHours(Qt::DayOfWeek day, const QString &text)
{
    if (m_readOnly || shown().isAlwaysOpen())
        return false;
    const QString dayName = QLocale().standaloneDayName(day);
    const QString trimmed = text.trimmed();
    Domain::DayHours hours;
    if (!trimmed.isEmpty() && trimmed.compare(tr("closed"), Qt::CaseInsensitive) != 0) {
        for (const QString &part : trimmed.split(QLatin1Char(','))) {
            QString range = part.trimmed();
            range.replace(QChar(0x2013), QLatin1Char('-')).remove(QLatin1Char(' '));
            const std::optional<Domain::WorkInterval> interval =
                Exchange::CalendarFile::parseTimeRange(range);
            const auto overlaps = [&interval](const Domain::WorkInterval &other) {
                return interval->openMinute < other.closeMinute && other.openMinute < interval->closeMinute;
            };
            if (!interval || std::any_of(hours.cbegin(), hours.cend(), overlaps)) {
                showStatus(
                    tr("%1: “%2” is not working hours. Write them as 08:00–17:00, several separated by "
                       "commas (08:00–12:00, 13:00–17:00), or “%3”.")
                        .arg(dayName, part.trimmed(), tr("closed")),
                    true);
                fillWeek(shown());
                return false;
            }
            hours.push_back(*interval);
        }
    }
    Domain::BusinessCalendar calendar = editable();
    calendar.setWeekHours(day, hours);
    changed(calendar);
    return true;
}

bool CalendarDialog::addDayOff(const QDate &date)
{
    if (m_readOnly || shown().isAlwaysOpen() || !date.isValid())
        return false;
    if (!shown().isWorkingDay(date)) {
        showStatus(
            tr("%1 is not a working day of this calendar already.").arg(Models::DomainText::date(date)),
            true);
        return false;
    }
    Domain::BusinessCalendar calendar = editable();
    calendar.removeOverride(date); // hours of its own would keep it open
    calendar.addHoliday(date);
    if (date.year() != m_year->value())
        m_year->setValue(date.year()); // its days are listed, the new one with them
    changed(calendar);
    return true;
}

bool CalendarDialog::removeDayOff(const QDate &date)
{
    if (m_readOnly)
        return false;
    Domain::BusinessCalendar calendar = editable();
    if (calendar.holidays().contains(date)) {
        calendar.removeHoliday(date);
    } else if (calendar.overrides().contains(date)) {
        calendar.removeOverride(date);
    } else {
        showStatus(tr("%1 is not a day off of a single date here: public holidays and yearly days off are "
                      "changed in a calendar file.")
                       .arg(Models::DomainText::date(date)),
                   true);
        return false;
    }
    changed(calendar);
    return true;
}

void CalendarDialog::updateDayButtons()
{
    const Domain::BusinessCalendar &calendar = shown();
    const bool editable = !m_readOnly && !calendar.isAlwaysOpen();
    const QDate date = m_dayOffDate->date();
    m_addDayOff->setEnabled(editable && calendar.isWorkingDay(date));
    m_removeDayOff->setEnabled(editable &&
                               (calendar.holidays().contains(date) || calendar.overrides().contains(date)));
    for (QWidget *w : std::initializer_list<QWidget *>{m_dayOffDate, m_addDayOff, m_removeDayOff})
        w->setVisible(!m_readOnly);
}

} // namespace Gui
