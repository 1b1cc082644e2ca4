#include "ui/calendardialog.h"

#include "models/changetext.h"
#include "models/domain/calendar/holidayrules.h"
#include "models/domaintext.h"
#include "models/exchange/calendar/calendarfile.h"
#include "models/exchange/exchangeerror.h"
#include "models/holidaytext.h"
#include "models/palette.h"

#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Gui {

namespace {

QTableWidget *readOnlyTable(const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    return table;
}

} // namespace

CalendarDialog::CalendarDialog(QWidget *parent)
    : QDialog(parent), m_heading(new QLabel(this)), m_rules(new QLabel(this)),
      m_week(readOnlyTable(QStringLiteral("weekTable"), this)), m_yearLabel(new QLabel(this)),
      m_year(new QSpinBox(this)), m_days(readOnlyTable(QStringLiteral("daysTable"), this)),
      m_changed(new QLabel(this)), m_statusLabel(new QLabel(this)), m_import(new QPushButton(this)),
      m_export(new QPushButton(this)), m_dayOffDate(new QDateEdit(this)), m_addDayOff(new QPushButton(this)),
      m_removeDayOff(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("calendarDialog"));
    m_heading->setObjectName(QStringLiteral("calendarHeading"));
    m_rules->setObjectName(QStringLiteral("calendarRules"));
    m_changed->setObjectName(QStringLiteral("calendarChanged"));
    m_statusLabel->setObjectName(QStringLiteral("calendarStatus"));
    m_import->setObjectName(QStringLiteral("importCalendarButton"));
    m_export->setObjectName(QStringLiteral("exportCalendarButton"));
    m_year->setObjectName(QStringLiteral("calendarYear"));
    m_dayOffDate->setObjectName(QStringLiteral("dayOffDate"));
    m_addDayOff->setObjectName(QStringLiteral("addDayOffButton"));
    m_removeDayOff->setObjectName(QStringLiteral("removeDayOffButton"));
    m_dayOffDate->setCalendarPopup(true);
    m_dayOffDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dayOffDate->setDateRange(QDate(1970, 1, 1), QDate(2099, 12, 31));
    for (QLabel *label : {m_heading, m_rules, m_changed, m_statusLabel}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_week->setColumnCount(2);
    m_week->setRowCount(7);
    // All seven days without a scroll bar; the year's days below take the rest.
    m_week->setFixedHeight(m_week->horizontalHeader()->sizeHint().height() +
                           7 * m_week->verticalHeader()->defaultSectionSize() + 2 * m_week->frameWidth());
    m_days->setColumnCount(3);
    m_year->setRange(1970, 2099); // the calendar's supported range
    m_yearLabel->setBuddy(m_year);
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(m_yearLabel);
    yearRow->addWidget(m_year);
    yearRow->addStretch();
    auto *dayRow = new QHBoxLayout;
    dayRow->addWidget(m_dayOffDate);
    dayRow->addWidget(m_addDayOff);
    dayRow->addWidget(m_removeDayOff);
    dayRow->addStretch();
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_import);
    fileRow->addWidget(m_export);
    fileRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_rules);
    layout->addWidget(m_week);
    layout->addLayout(yearRow);
    layout->addWidget(m_days, 1);
    layout->addLayout(dayRow);
    layout->addWidget(m_changed);
    layout->addWidget(m_statusLabel);
    layout->addLayout(fileRow);
    layout->addWidget(m_buttons);
    connect(m_year, qOverload<int>(&QSpinBox::valueChanged), this, [this] {
        m_rules->setText(rulesText(shown()));
        fillDays();
    });
    connect(m_week, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        // Applied after the edit has ended: applying it fills the table again, item included.
        const auto day = Qt::DayOfWeek(item->row() + 1);
        const QString text = item->text();
        if (item->column() == 1)
            QMetaObject::invokeMethod(
                this, [this, day, text] { setWeekHours(day, text); }, Qt::QueuedConnection);
    });
    connect(m_days, &QTableWidget::itemSelectionChanged, this, [this] {
        const QTableWidgetItem *item = m_days->item(m_days->currentRow(), 0);
        if (item && m_days->currentItem() && m_days->currentItem()->isSelected())
            m_dayOffDate->setDate(item->data(Qt::UserRole).toDate());
        updateDayButtons();
    });
    connect(m_dayOffDate, &QDateEdit::dateChanged, this, &CalendarDialog::updateDayButtons);
    connect(m_addDayOff, &QPushButton::clicked, this, [this] { addDayOff(m_dayOffDate->date()); });
    connect(m_removeDayOff, &QPushButton::clicked, this, [this] { removeDayOff(m_dayOffDate->date()); });
    connect(m_import, &QPushButton::clicked, this, &CalendarDialog::chooseImport);
    connect(m_export, &QPushButton::clicked, this, &CalendarDialog::chooseExport);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 640);
    retranslate();
    m_year->setFocus();
}

void CalendarDialog::setCalendar(const Domain::Engagement &engagement, const Models::CalendarView &view,
                                 int year, bool readOnly)
{
    m_engagement = engagement;
    m_view = view;
    m_imported.reset();
    m_importedFrom.clear();
    m_importedUsers.clear();
    m_readOnly = readOnly;
    m_changedHere = false;
    m_status.clear();
    const QSignalBlocker blocker(m_year);
    m_year->setValue(year);
    const QDate today = QDate::currentDate();
    m_dayOffDate->setDate(
        QDate(year, today.month(), qMin(today.day(), QDate(year, today.month(), 1).daysInMonth())));
    retranslate();
}

void CalendarDialog::setYear(int year)
{
    m_year->setValue(year); // fills the days through valueChanged
}

bool CalendarDialog::importFile(const QString &path)
{
    Exchange::ExchangeError error;
    std::optional<Domain::BusinessCalendar> calendar = Exchange::CalendarFile::read(path, &error);
    if (!calendar) {
        showStatus(tr("The calendar file was not read: %1").arg(error.toString()), true);
        return false;
    }
    // A nameless file becomes the engagement's own calendar, as `calendar import` names it.
    if (calendar->name().trimmed().isEmpty())
        calendar->setName(Models::CalendarLoader::ownCalendarName(m_engagement.key));
    m_imported = calendar;
    m_importedFrom = path;
    m_importedUsers = m_usersOf ? m_usersOf(calendar->name()) : QStringList();
    m_importedUsers.removeAll(m_engagement.key);
    m_changedHere = false;
    m_status.clear();
    showCalendar();
    return true;
}

bool CalendarDialog::exportFile(const QString &path)
{
    Exchange::ExchangeError error;
    if (!Exchange::CalendarFile::write(path, shown(), &error)) {
        showStatus(tr("The calendar was not written: %1").arg(error.toString()), true);
        return false;
    }
    showStatus(tr("Calendar written to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void CalendarDialog::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a calendar file"), QString(),
                                                      tr("Calendar files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void CalendarDialog::chooseExport()
{
    const QString suggested = shown().name().trimmed().isEmpty()
                                  ? m_engagement.key
                                  : shown().name().trimmed().replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the calendar"), suggested + QStringLiteral(".json"),
                                     tr("Calendar files (*.json);;All files (*)"));
    if (!path.isEmpty())
        exportFile(path);
}

void CalendarDialog::showStatus(const QString &text, bool error)
{
    m_status = text;
    m_statusError = error;
    const QColor bad =
        Models::Palette::status(Models::Palette::Status::Bad, palette().color(QPalette::Window));
    m_statusLabel->setStyleSheet(error ? QStringLiteral("color:%1").arg(bad.name()) : QString());
    m_statusLabel->setText(text);
    m_statusLabel->setVisible(!text.isEmpty());
}

QString CalendarDialog::heading() const
{
    const Domain::BusinessCalendar &calendar = shown();
    const QString zone = QString::fromUtf8(calendar.timeZoneId());
    QStringList lines;
    if (m_imported && m_changedHere && m_importedFrom.isEmpty()) {
        lines << tr("Changed here, not saved yet: the calendar “%1” in the time zone %2. Save makes the SLA "
                    "clocks of %3 count on it.")
                     .arg(calendar.name(), zone, m_engagement.key);
        if (!m_importedUsers.isEmpty())
            lines << tr("A calendar of that name is used by %1: saving replaces its hours for them too.")
                         .arg(m_importedUsers.join(QStringLiteral(", ")));
    } else if (m_imported) {
        lines << tr("Read from %1, not saved yet: the calendar “%2” in the time zone %3. Save makes the SLA "
                    "clocks of %4 count on it.")
                     .arg(QDir::toNativeSeparators(m_importedFrom), calendar.name(), zone, m_engagement.key);
        if (!m_importedUsers.isEmpty())
            lines << tr("A calendar of that name is used by %1: saving replaces its hours for them too.")
                         .arg(m_importedUsers.join(QStringLiteral(", ")));
    } else if (m_view.stored) {
        lines << tr("The SLA clocks of %1 count on the calendar “%2” in the time zone %3.")
                     .arg(m_engagement.key, calendar.name(), zone);
        QStringList others = m_view.users;
        others.removeAll(m_engagement.key);
        if (!others.isEmpty())
            lines << tr("Also used by %1: a change of this calendar changes their hours too.")
                         .arg(others.join(QStringLiteral(", ")));
    } else {
        lines << tr("%1 has no calendar of its own: its SLA clocks count on the default calendar of the time "
                    "zone %2.")
                     .arg(m_engagement.key, zone);
    }
    if (calendar.timeZoneId() != m_engagement.timeZone)
        lines << tr("The calendar's time zone %1 differs from the engagement's time zone %2.")
                     .arg(zone, QString::fromUtf8(m_engagement.timeZone));
    return lines.join(QLatin1Char('\n'));
}

QString CalendarDialog::rulesText(const Domain::BusinessCalendar &calendar) const
{
    if (calendar.isAlwaysOpen())
        return tr("Open around the clock (24×7): the hours and days off below do not apply.");
    static const QHash<QString, const char *> s_names = {
        {QStringLiteral("DE"), QT_TR_NOOP("Germany (nationwide)")},
        {QStringLiteral("DK"), QT_TR_NOOP("Denmark")},
        {QStringLiteral("FI"), QT_TR_NOOP("Finland")},
        {QStringLiteral("GB"), QT_TR_NOOP("England and Wales")},
        {QStringLiteral("NO"), QT_TR_NOOP("Norway")},
        {QStringLiteral("SE"), QT_TR_NOOP("Sweden")},
        {QStringLiteral("US"), QT_TR_NOOP("United States (federal)")}};
    QStringList sets;
    bool hasDeFacto = false;
    for (const QString &code : calendar.holidayRules()) {
        const char *name = s_names.value(code);
        sets << (name ? tr("%1 (%2)").arg(tr(name), code) : code);
        // Whether a rule set has de-facto days off is the rule set's to say, in the year shown.
        const QVector<Domain::Holiday> days = Domain::HolidayRules::holidays(code, m_year->value());
        hasDeFacto = hasDeFacto || std::any_of(days.cbegin(), days.cend(),
                                               [](const Domain::Holiday &day) { return day.deFacto; });
    }
    QString text = sets.isEmpty() ? tr("Public holidays: none of a country's rule set.")
                                  : tr("Public holidays of %1.").arg(sets.join(QStringLiteral(", ")));
    if (hasDeFacto)
        text += QLatin1Char(' ') + (calendar.observesDeFactoHolidays()
                                        ? tr("De facto days off (such as Midsummer Eve) are days off too.")
                                        : tr("De facto days off (such as Midsummer Eve) are working days."));
    return text;
}

QString CalendarDialog::hoursText(const Domain::DayHours &hours)
{
    QStringList ranges;
    for (const Domain::WorkInterval &interval : hours)
        ranges << Exchange::CalendarFile::formatTimeRange(interval).replace(QLatin1Char('-'), QChar(0x2013));
    return ranges.join(QStringLiteral(", "));
}

QString CalendarDialog::dayText(const Models::CalendarDay &day) const
{
    using Kind = Models::CalendarDay::Kind;
    switch (day.kind) {
    case Kind::PublicHoliday:
        return tr("%1, public holiday (%2)").arg(Models::HolidayText::name(day.holiday), day.ruleSet);
    case Kind::DeFactoDayOff:
        return tr("%1, de facto day off (%2)").arg(Models::HolidayText::name(day.holiday), day.ruleSet);
    case Kind::SubstituteDay:
        return tr("%1, substitute day (%2)").arg(Models::HolidayText::name(day.holiday), day.ruleSet);
    case Kind::YearlyHoliday:
        return tr("Day off every year");
    case Kind::SingleHoliday:
        return tr("Day off this year");
    case Kind::OwnHours:
        return day.hours.isEmpty() ? tr("Closed all day") : tr("Own hours: %1").arg(hoursText(day.hours));
    }
    return {};
}

void CalendarDialog::fillWeek(const Domain::BusinessCalendar &calendar)
{
    const QSignalBlocker blocker(m_week); // filling is not an edit
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        const Domain::DayHours hours = calendar.weekHours(Qt::DayOfWeek(day));
        const QString text = calendar.isAlwaysOpen() ? tr("open around the clock")
                             : hours.isEmpty()       ? tr("closed")
                                                     : hoursText(hours);
        auto *name = new QTableWidgetItem(QLocale().standaloneDayName(day));
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_week->setItem(day - 1, 0, name);
        m_week->setItem(day - 1, 1, new QTableWidgetItem(text));
    }
    m_week->resizeColumnToContents(0);
}

void CalendarDialog::fillDays()
{
    const QVector<Models::CalendarDay> days = shown().isAlwaysOpen()
                                                  ? QVector<Models::CalendarDay>{}
                                                  : Models::CalendarLoader::daysOff(shown(), m_year->value());
    m_days->setRowCount(int(days.size()));
    for (int row = 0; row < days.size(); ++row) {
        const Models::CalendarDay &day = days.at(row);
        auto *date = new QTableWidgetItem(Models::DomainText::date(day.date));
        date->setData(Qt::UserRole, day.date);
        m_days->setItem(row, 0, date);
        m_days->setItem(row, 1, new QTableWidgetItem(QLocale().standaloneDayName(day.date.dayOfWeek())));
        m_days->setItem(row, 2, new QTableWidgetItem(dayText(day)));
    }
    m_days->resizeColumnsToContents();
    m_days->horizontalHeader()->setStretchLastSection(true);
}

void CalendarDialog::showCalendar()
{
    m_heading->setText(heading());
    m_rules->setText(rulesText(shown()));
    fillWeek(shown());
    fillDays();
    if (m_imported && m_changedHere && m_importedFrom.isEmpty())
        m_changed->setText(tr("Changed here: nobody has saved it yet."));
    else if (m_imported)
        m_changed->setText(tr("Read from a file: nobody has saved it yet."));
    else if (!m_view.stored)
        m_changed->setText(tr("Not stored: the default calendar of the time zone."));
    else
        m_changed->setText(Models::ChangeText::line(m_view.stamp));
    m_changed->setVisible(!m_changed->text().isEmpty());
    showStatus(m_status, m_statusError);
    m_import->setVisible(!m_readOnly);
    m_buttons->button(QDialogButtonBox::Save)->setVisible(!m_readOnly);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_imported.has_value());
    const bool weekEditable = !m_readOnly && !shown().isAlwaysOpen();
    m_week->setEditTriggers(weekEditable
                                ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                : QAbstractItemView::NoEditTriggers);
    updateDayButtons();
}

void CalendarDialog::retranslate()
{
    setWindowTitle(tr("Business calendar of %1").arg(m_engagement.key));
    m_week->setHorizontalHeaderLabels({tr("Day"), tr("Working hours")});
    m_days->setHorizontalHeaderLabels({tr("Date"), tr("Day"), tr("Off the weekly hours")});
    m_yearLabel->setText(tr("Days off the weekly hours in &year:"));
    m_import->setText(tr("&Import calendar file…"));
    m_import->setToolTip(
        tr("Replaces the calendar with one read from a calendar file (JSON); shown before Save"));
    m_export->setText(tr("E&xport calendar file…"));
    m_week->setToolTip(tr("Double-click or press F2 on a day's hours to change them"));
    m_week->setAccessibleName(tr("Working hours of each weekday"));
    m_days->setAccessibleName(tr("Days off the weekly hours"));
    m_dayOffDate->setAccessibleName(tr("Date of a day off"));
    m_addDayOff->setText(tr("Add day &off"));
    m_addDayOff->setToolTip(tr("Makes the date a day off of this calendar (a company closure)"));
    m_removeDayOff->setText(tr("&Remove day off"));
    m_removeDayOff->setToolTip(
        tr("Takes back a day off of a single date, or hours of its own on the date; public holidays and "
           "yearly days off are changed in a calendar file"));
    showCalendar();
}

void CalendarDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Gui
