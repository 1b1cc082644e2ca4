// The Calendar dialog (Edit › Business calendar…): what it shows of an engagement's calendar, a
// calendar file read in and shown before Save, the export, and from the window the save over the
// version read with the SLA results of every engagement on the calendar recomputed.
#include "models/calendarloader.h"
#include "models/engagementlistmodel.h"
#include "models/exchange/calendar/calendarfile.h"
#include "models/portfolio.h"
#include "models/storage/database.h"
#include "tests/ui/placetest.h"
#include "ui/calendardialog.h"
#include "ui/engagementlistpanel.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/slarecomputerunner.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

namespace {

Domain::Engagement engagement()
{
    Domain::Engagement e;
    e.id = 3;
    e.key = QStringLiteral("NORDSHOP");
    e.client = QStringLiteral("Nordshop AB");
    e.timeZone = "Europe/Stockholm";
    return e;
}

const char s_goodFile[] = R"({ "name": "Stockholm office", "timezone": "Europe/Stockholm",
  "week": { "mon": ["08:00-12:00", "13:00-17:00"], "tue": ["08:00-17:00"], "wed": ["08:00-17:00"],
            "thu": ["08:00-17:00"], "fri": ["08:00-15:00"] },
  "holidays": ["2026-12-28"], "recurring_holidays": ["12-27"], "holiday_rules": ["SE"],
  "overrides": { "2026-06-18": ["08:00-13:00"] } })";

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

QPushButton *saveButton(Gui::CalendarDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
}

QString cell(QTableWidget *table, int row, int column)
{
    return table->item(row, column) ? table->item(row, column)->text() : QString();
}

} // namespace

class TestCalendarDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Gui::LanguageManager m_languages;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    }

    void shouldShowTheDefaultCalendarOfTheZone()
    {
        Models::CalendarView view;
        view.calendar.setTimeZone("Europe/Stockholm");
        view.calendar.setWeekHours(Qt::Monday, {{8 * 60, 17 * 60}});
        QVERIFY(view.calendar.addHolidayRule(QStringLiteral("SE")));
        Gui::CalendarDialog dialog;
        dialog.setCalendar(engagement(), view, 2026);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Business calendar of NORDSHOP"));
        QCOMPARE(child<QLabel>(&dialog, "calendarHeading")->text(),
                 QStringLiteral("NORDSHOP has no calendar of its own: its SLA clocks count on the default "
                                "calendar of the time zone Europe/Stockholm."));
        QVERIFY(child<QLabel>(&dialog, "calendarRules")
                    ->text()
                    .startsWith(QLatin1String("Public holidays of Sweden (SE). De facto days off")));
        auto *week = child<QTableWidget>(&dialog, "weekTable");
        QCOMPARE(cell(week, 0, 0), QStringLiteral("Monday"));
        QCOMPARE(cell(week, 0, 1), QStringLiteral("08:00–17:00"));
        QCOMPARE(cell(week, 6, 1), QStringLiteral("closed"));
        auto *days = child<QTableWidget>(&dialog, "daysTable");
        QCOMPARE(days->rowCount(), int(Models::CalendarLoader::daysOff(view.calendar, 2026).size()));
        QCOMPARE(cell(days, 2, 0), QStringLiteral("2026-04-03"));
        QCOMPARE(cell(days, 2, 1), QStringLiteral("Friday"));
        QCOMPARE(cell(days, 2, 2), QStringLiteral("Good Friday, public holiday (SE)"));
        QCOMPARE(child<QLabel>(&dialog, "calendarChanged")->text(),
                 QStringLiteral("Not stored: the default calendar of the time zone."));
        QVERIFY(!saveButton(dialog)->isEnabled());
        // Another year: its days.
        dialog.setYear(2027);
        QCOMPARE(cell(days, 2, 0), QStringLiteral("2027-03-26"));
        // A rule set without de-facto days off says nothing of them.
        Models::CalendarView london;
        london.calendar.setTimeZone("Europe/London");
        QVERIFY(london.calendar.addHolidayRule(QStringLiteral("GB")));
        dialog.setCalendar(engagement(), london, 2026);
        QCOMPARE(child<QLabel>(&dialog, "calendarRules")->text(),
                 QStringLiteral("Public holidays of England and Wales (GB)."));
    }

    void shouldChangeTheWeeklyHoursAndDaysOffInPlace()
    {
        Models::CalendarView view;
        view.calendar.setTimeZone("Europe/Stockholm");
        for (int day = Qt::Monday; day <= Qt::Friday; ++day)
            view.calendar.setWeekHours(Qt::DayOfWeek(day), {{8 * 60, 17 * 60}});
        QVERIFY(view.calendar.addHolidayRule(QStringLiteral("SE")));
        Gui::CalendarDialog dialog;
        dialog.setUsersOf([](const QString &) { return QStringList{QStringLiteral("NORDSHOP")}; });
        dialog.setCalendar(engagement(), view, 2026);
        dialog.show();
        auto *week = child<QTableWidget>(&dialog, "weekTable");
        auto *status = child<QLabel>(&dialog, "calendarStatus");
        QVERIFY(week->editTriggers() & QAbstractItemView::EditKeyPressed);
        QVERIFY(!(week->item(0, 0)->flags() & Qt::ItemIsEditable));

        // Typed into Friday's cell: applied once the edit ends, as the engagement's own calendar.
        week->item(4, 1)->setText(QStringLiteral("08:00–12:00, 13:00-15:30"));
        QTRY_VERIFY(dialog.imported().has_value());
        QCOMPARE(dialog.imported()->weekHours(Qt::Friday),
                 (Domain::DayHours{{8 * 60, 12 * 60}, {13 * 60, 15 * 60 + 30}}));
        QCOMPARE(dialog.imported()->weekHours(Qt::Monday), (Domain::DayHours{{8 * 60, 17 * 60}}));
        QCOMPARE(dialog.imported()->name(), QStringLiteral("NORDSHOP calendar"));
        QCOMPARE(cell(week, 4, 1), QStringLiteral("08:00–12:00, 13:00–15:30"));
        QCOMPARE(
            child<QLabel>(&dialog, "calendarHeading")->text(),
            QStringLiteral("Changed here, not saved yet: the calendar “NORDSHOP calendar” in the time zone "
                           "Europe/Stockholm. Save makes the SLA clocks of NORDSHOP count on it."));
        QCOMPARE(child<QLabel>(&dialog, "calendarChanged")->text(),
                 QStringLiteral("Changed here: nobody has saved it yet."));
        QVERIFY(saveButton(dialog)->isEnabled());

        // Not hours: said, and nothing changes.
        const Domain::BusinessCalendar before = *dialog.imported();
        QVERIFY(!dialog.setWeekHours(Qt::Saturday, QStringLiteral("10-14")));
        QCOMPARE(status->text(),
                 QStringLiteral("Saturday: “10-14” is not working hours. Write them as 08:00–17:00, "
                                "several separated by commas (08:00–12:00, 13:00–17:00), or "
                                "“closed”."));
        QVERIFY(!dialog.setWeekHours(Qt::Saturday, QStringLiteral("09:00–13:00, 12:00–14:00")));
        QCOMPARE(*dialog.imported(), before);
        QCOMPARE(cell(week, 5, 1), QStringLiteral("closed"));
        QVERIFY(dialog.setWeekHours(Qt::Monday, QStringLiteral("closed")));
        QVERIFY(dialog.imported()->weekHours(Qt::Monday).isEmpty());
        QVERIFY(status->isHidden());

        // A company closure: added, listed, refused twice, taken back; a public holiday stays.
        auto *days = child<QTableWidget>(&dialog, "daysTable");
        const auto listed = [days](const QString &date) {
            for (int row = 0; row < days->rowCount(); ++row) {
                if (cell(days, row, 0) == date)
                    return cell(days, row, 2);
            }
            return QString();
        };
        child<QDateEdit>(&dialog, "dayOffDate")->setDate(QDate(2026, 12, 23));
        QVERIFY(child<QPushButton>(&dialog, "addDayOffButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "removeDayOffButton")->isEnabled());
        child<QPushButton>(&dialog, "addDayOffButton")->click();
        QVERIFY(!dialog.imported()->isWorkingDay(QDate(2026, 12, 23)));
        QCOMPARE(listed(QStringLiteral("2026-12-23")), QStringLiteral("Day off this year"));
        QVERIFY(!child<QPushButton>(&dialog, "addDayOffButton")->isEnabled());
        PlaceTest::grab(&dialog, QStringLiteral("calendar-dialog-edited-en"));
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        QTRY_COMPARE(listed(QStringLiteral("2026-12-23")), QStringLiteral("Ledig dag detta år"));
        QCoreApplication::processEvents(); // the layout of the new texts
        PlaceTest::grab(&dialog, QStringLiteral("calendar-dialog-edited-sv"));
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(listed(QStringLiteral("2026-12-23")), QStringLiteral("Day off this year"));
        QVERIFY(!dialog.addDayOff(QDate(2026, 12, 23)));
        QCOMPARE(status->text(), QStringLiteral("2026-12-23 is not a working day of this calendar already."));
        QVERIFY(!dialog.removeDayOff(QDate(2026, 12, 25)));
        QVERIFY(dialog.imported()->isHoliday(QDate(2026, 12, 25)));
        // Chosen in the list, then removed.
        for (int row = 0; row < days->rowCount(); ++row) {
            if (cell(days, row, 0) == QLatin1String("2026-12-23"))
                days->setCurrentCell(row, 0);
        }
        QCOMPARE(child<QDateEdit>(&dialog, "dayOffDate")->date(), QDate(2026, 12, 23));
        QVERIFY(child<QPushButton>(&dialog, "removeDayOffButton")->isEnabled());
        child<QPushButton>(&dialog, "removeDayOffButton")->click();
        QVERIFY(dialog.imported()->isWorkingDay(QDate(2026, 12, 23)));
        QCOMPARE(listed(QStringLiteral("2026-12-23")), QString());
        // A day off in another year shows that year's days.
        QVERIFY(dialog.addDayOff(QDate(2027, 1, 5)));
        QCOMPARE(child<QSpinBox>(&dialog, "calendarYear")->value(), 2027);
        QCOMPARE(listed(QStringLiteral("2027-01-05")), QStringLiteral("Day off this year"));

        // Read-only: nothing to change.
        Gui::CalendarDialog readOnly;
        readOnly.setCalendar(engagement(), view, 2026, true);
        readOnly.show();
        QCOMPARE(child<QTableWidget>(&readOnly, "weekTable")->editTriggers(),
                 QAbstractItemView::NoEditTriggers);
        QVERIFY(!readOnly.setWeekHours(Qt::Monday, QStringLiteral("closed")));
        QVERIFY(!readOnly.addDayOff(QDate(2026, 12, 23)));
        QVERIFY(child<QPushButton>(&readOnly, "addDayOffButton")->isHidden());
        QVERIFY(!readOnly.imported());
    }

    void shouldNameTheDaysOffInTheUsersLanguage()
    {
        Models::CalendarView view;
        view.calendar.setTimeZone("Europe/London");
        QVERIFY(view.calendar.addHolidayRule(QStringLiteral("GB")));
        QVERIFY(view.calendar.addHolidayRule(QStringLiteral("SE")));
        Gui::CalendarDialog dialog;
        dialog.setCalendar(engagement(), view, 2026);
        auto *days = child<QTableWidget>(&dialog, "daysTable");
        const auto text = [days](const QString &date) {
            for (int row = 0; row < days->rowCount(); ++row) {
                if (cell(days, row, 0) == date)
                    return cell(days, row, 2);
            }
            return QString();
        };
        QCOMPARE(text(QStringLiteral("2026-06-19")), QStringLiteral("Midsummer Eve, de facto day off (SE)"));
        QCOMPARE(text(QStringLiteral("2026-12-28")), QStringLiteral("Boxing Day, substitute day (GB)"));
        QCOMPARE(text(QStringLiteral("2026-08-31")),
                 QStringLiteral("Summer bank holiday, public holiday (GB)"));
        // A change of language names them again.
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        QTRY_COMPARE(text(QStringLiteral("2026-06-19")),
                     QStringLiteral("Midsommarafton, ledig i praktiken (SE)"));
        QCOMPARE(text(QStringLiteral("2026-12-28")), QStringLiteral("Annandag jul, ersättningsdag (GB)"));
        QCOMPARE(text(QStringLiteral("2026-06-06")),
                 QStringLiteral("Sveriges nationaldag, allmän helgdag (SE)"));
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(text(QStringLiteral("2026-06-06")),
                     QStringLiteral("National Day of Sweden, public holiday (SE)"));
    }

    void shouldShowAFileReadInBeforeSaveAndRefuseABadOne()
    {
        Models::CalendarView view;
        view.stored = true;
        view.calendar.setName(QStringLiteral("NORDSHOP office hours"));
        view.calendar.setTimeZone("Europe/Stockholm");
        view.users = {QStringLiteral("NORDSHOP"), QStringLiteral("FJALLGEAR")};
        view.stamp.version = 2;
        view.stamp.updatedBy = QStringLiteral("alice");
        view.stamp.updatedAt = QDateTime(QDate(2026, 12, 5), QTime(10, 42)).toSecsSinceEpoch();
        Gui::CalendarDialog dialog;
        dialog.setUsersOf([](const QString &name) {
            return name == QLatin1String("Stockholm office") ? QStringList{QStringLiteral("BALTICHOME")}
                                                             : QStringList();
        });
        dialog.setCalendar(engagement(), view, 2026);
        auto *heading = child<QLabel>(&dialog, "calendarHeading");
        QCOMPARE(heading->text(),
                 QStringLiteral("The SLA clocks of NORDSHOP count on the calendar “NORDSHOP office "
                                "hours” in the time zone Europe/Stockholm.\nAlso used by "
                                "FJALLGEAR: a change of this calendar changes their hours too."));
        QVERIFY(child<QLabel>(&dialog, "calendarChanged")
                    ->text()
                    .startsWith(QLatin1String("Changed by alice on ")));

        // A file with a problem: named, and nothing else changes.
        const QString bad =
            writeFile(QStringLiteral("bad.json"),
                      R"({ "timezone": "Europe/Stockholm", "week": { "mon": ["25:00-26:00"] } })");
        QVERIFY(!dialog.importFile(bad));
        auto *status = child<QLabel>(&dialog, "calendarStatus");
        QVERIFY2(status->text().contains(QLatin1String("week.mon[0]: \"25:00-26:00\" is not a time range")),
                 qPrintable(status->text()));
        QVERIFY(!dialog.imported());
        QVERIFY(!saveButton(dialog)->isEnabled());
        QVERIFY(heading->text().startsWith(QLatin1String("The SLA clocks of NORDSHOP")));

        // A good one: shown, with whom saving it would change too, and Save allowed.
        const QString good = writeFile(QStringLiteral("good.json"), s_goodFile);
        QVERIFY(dialog.importFile(good));
        QVERIFY(dialog.imported());
        QCOMPARE(dialog.imported()->name(), QStringLiteral("Stockholm office"));
        QVERIFY2(
            heading->text().startsWith(QStringLiteral("Read from %1, not saved yet: the calendar “Stockholm "
                                                      "office”")
                                           .arg(QDir::toNativeSeparators(good))),
            qPrintable(heading->text()));
        QVERIFY(heading->text().contains(QLatin1String(
            "A calendar of that name is used by BALTICHOME: saving replaces its hours for them too.")));
        QVERIFY(status->isHidden());
        QVERIFY(saveButton(dialog)->isEnabled());
        auto *week = child<QTableWidget>(&dialog, "weekTable");
        QCOMPARE(cell(week, 0, 1), QStringLiteral("08:00–12:00, 13:00–17:00"));
        QCOMPARE(cell(week, 4, 1), QStringLiteral("08:00–15:00"));
        auto *days = child<QTableWidget>(&dialog, "daysTable");
        QList<QString> texts;
        for (int row = 0; row < days->rowCount(); ++row)
            texts << cell(days, row, 0) + QLatin1Char(' ') + cell(days, row, 2);
        QVERIFY(texts.contains(QStringLiteral("2026-06-18 Own hours: 08:00–13:00")));
        QVERIFY(texts.contains(QStringLiteral("2026-06-19 Midsummer Eve, de facto day off (SE)")));
        QVERIFY(texts.contains(QStringLiteral("2026-12-27 Day off every year")));
        QVERIFY(texts.contains(QStringLiteral("2026-12-28 Day off this year")));

        // The export writes what is shown: the file read in, equal when read back.
        const QString out = m_dir.filePath(QStringLiteral("out.json"));
        QVERIFY(dialog.exportFile(out));
        Exchange::ExchangeError error;
        const std::optional<Domain::BusinessCalendar> back = Exchange::CalendarFile::read(out, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QCOMPARE(*back, *dialog.imported());
        QCOMPARE(status->text(),
                 QStringLiteral("Calendar written to %1.").arg(QDir::toNativeSeparators(out)));
    }

    void shouldOfferNoImportOnAReadOnlyDatabase()
    {
        Gui::CalendarDialog dialog;
        dialog.setCalendar(engagement(), Models::CalendarView(), 2026, true);
        QVERIFY(child<QPushButton>(&dialog, "importCalendarButton")->isHidden());
        QVERIFY(!child<QPushButton>(&dialog, "exportCalendarButton")->isHidden());
        QVERIFY(saveButton(dialog)->isHidden());
    }

    void shouldSaveFromTheWindowAndRecomputeEveryEngagementOnTheCalendar()
    {
        qputenv("DELIVERYDESK_USER", "alice");
        Models::Portfolio portfolio;
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(portfolio.createDemo(path, QDate(2026, 11, 25)).isNull());
        const auto idOf = [&](const char *key) {
            return portfolio.engagements()
                ->engagementAt(portfolio.engagements()->rowOfKey(QLatin1String(key)))
                .id;
        };
        // BALTICHOME already counts on the calendar the file names: the save changes its hours too.
        Domain::BusinessCalendar office;
        office.setName(QStringLiteral("Stockholm office"));
        office.setTimeZone("Europe/Helsinki");
        QStringList users;
        QVERIFY(
            Models::CalendarLoader(*portfolio.database()).save(idOf("BALTICHOME"), office, &users).isNull());

        Gui::MainWindow window(&portfolio, &m_languages);
        window.show();
        window.engagementList()->selectEngagement(idOf("NORDSHOP"));
        const QString good = writeFile(QStringLiteral("window.json"), s_goodFile);
        QTimer::singleShot(0, [good] {
            auto *dialog = qobject_cast<Gui::CalendarDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(dialog->importFile(good));
            saveButton(*dialog)->click();
        });
        QSignalSpy finished(window.slaRecomputeRunner(), &Gui::SlaRecomputeRunner::finished);
        auto *action = window.findChild<QAction *>(QStringLiteral("calendarAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        qunsetenv("DELIVERYDESK_USER");

        Models::CalendarView stored;
        QVERIFY(portfolio.calendar(idOf("NORDSHOP"), &stored).isNull());
        Exchange::ExchangeError error;
        QCOMPARE(stored.calendar, *Exchange::CalendarFile::read(good, &error));
        QCOMPARE(stored.users, (QStringList{QStringLiteral("BALTICHOME"), QStringLiteral("NORDSHOP")}));
        QCOMPARE(stored.stamp.updatedBy, QStringLiteral("alice"));
        QVERIFY2(window.messageBar()->text().startsWith(QStringLiteral(
                     "NORDSHOP now counts on the calendar “Stockholm office”. SLA results of BALTICHOME, "
                     "NORDSHOP recomputed: ")),
                 qPrintable(window.messageBar()->text()));
        // The recompute counted on the new hours: its evaluation instant is now, for both.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (const char *key : {"BALTICHOME", "NORDSHOP"}) {
            QSqlQuery q(portfolio.database()->connection());
            q.prepare(QStringLiteral("SELECT evaluated_at FROM sla_evaluations WHERE engagement_id = ?"));
            q.addBindValue(idOf(key));
            QVERIFY(q.exec() && q.next());
            QVERIFY2(now - q.value(0).toLongLong() < 120, key);
        }
    }
};

QTEST_MAIN(TestCalendarDialog)
#include "tst_calendardialog.moc"
