#pragma once

#include "models/calendarloader.h"
#include "models/domain/engagement.h"

#include <QDialog>
#include <functional>
#include <optional>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Gui {

/// The business calendar an engagement's SLA clocks count on (Edit › Business calendar…): its
/// time zone, the working hours of each weekday, and the days of a chosen year off those hours
/// (public holidays of its rule sets, its own yearly and single dates, dates with hours of their
/// own), with who saved it and which engagements share it. The calendar is exported to a file, and
/// replaced by a file read in: the dialog shows what was read, and who else it would change, before
/// Save. The weekly hours are edited in place (F2 or a double click on a day's hours) and days off
/// of a single date added and removed. The window saves it and recomputes the SLA results of every
/// engagement on it.
class CalendarDialog : public QDialog
{
    Q_OBJECT

public:
    /// Who counts on the stored calendar of a name (the window asks the portfolio).
    using UsersOf = std::function<QStringList(const QString &name)>;

    explicit CalendarDialog(QWidget *parent = nullptr);

    /// Shows `view`, the calendar of `engagement`; the year shown is `year`. Read-only: no
    /// import, and no Save.
    void setCalendar(const Domain::Engagement &engagement, const Models::CalendarView &view, int year,
                     bool readOnly = false);
    void setUsersOf(UsersOf usersOf) { m_usersOf = std::move(usersOf); }
    /// Reads the calendar file at `path` into the dialog, to be saved on Save. False, with the
    /// file's problem shown under the form and nothing else changed, when it cannot be read.
    bool importFile(const QString &path);
    /// Writes the calendar shown to `path`; false with the reason shown when it cannot.
    bool exportFile(const QString &path);
    /// The calendar read from a file or changed here, to be saved; nothing when neither happened.
    const std::optional<Domain::BusinessCalendar> &imported() const { return m_imported; }
    /// Sets the weekly hours of `day` from text such as "08:00–12:00, 13:00–17:00" ("closed" or
    /// nothing: no hours). False, with the reason under the form and nothing changed, when the
    /// text is not hours.
    bool setWeekHours(Qt::DayOfWeek day, const QString &text);
    /// Makes `date` a day off of this calendar; false (the reason shown) when it is off already.
    bool addDayOff(const QDate &date);
    /// Takes back a day off of a single date, or hours of its own on a date; false when `date`
    /// is neither (a public holiday or a yearly day off is not removed here).
    bool removeDayOff(const QDate &date);
    void setYear(int year);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCalendar();
    void fillWeek(const Domain::BusinessCalendar &calendar);
    void fillDays();
    void chooseImport();
    /// The calendar as changed here: a copy of what is shown, named for the engagement when it was
    /// a time zone's default.
    Domain::BusinessCalendar editable() const;
    void changed(const Domain::BusinessCalendar &calendar);
    void updateDayButtons();
    void chooseExport();
    void showStatus(const QString &text, bool error);
    const Domain::BusinessCalendar &shown() const { return m_imported ? *m_imported : m_view.calendar; }
    QString heading() const;
    QString rulesText(const Domain::BusinessCalendar &calendar) const;
    QString dayText(const Models::CalendarDay &day) const;
    static QString hoursText(const Domain::DayHours &hours);

    Domain::Engagement m_engagement;
    Models::CalendarView m_view;
    std::optional<Domain::BusinessCalendar> m_imported;
    QString m_importedFrom;
    QStringList m_importedUsers;
    UsersOf m_usersOf;
    bool m_readOnly = false;
    bool m_changedHere = false; ///< m_imported was changed in the dialog (hours, days off)
    QString m_status;
    bool m_statusError = false;

    QLabel *m_heading;
    QLabel *m_rules;
    QTableWidget *m_week;
    QLabel *m_yearLabel;
    QSpinBox *m_year;
    QTableWidget *m_days;
    QLabel *m_changed;
    QLabel *m_statusLabel;
    QPushButton *m_import;
    QPushButton *m_export;
    QDateEdit *m_dayOffDate;
    QPushButton *m_addDayOff;
    QPushButton *m_removeDayOff;
    QDialogButtonBox *m_buttons;
};

} // namespace Gui
