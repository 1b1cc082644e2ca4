#include "models/allocationgridmodel.h"
#include "models/allocationheatmapmodel.h"
#include "models/plannedvsactualmodel.h"
#include "models/portfolio.h"
#include "models/storage/allocationrepository.h"
#include "models/storage/database.h"
#include "models/storage/peoplerepository.h"
#include "models/teamtimezone.h"
#include "ui/allocationpage.h"
#include "ui/languagemanager.h"
#include "ui/messagebar.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using Domain::Allocation;
using Models::AllocationGridModel;

namespace {
const QString ali = QStringLiteral("Ali Hassan");
const QString nord = QStringLiteral("NORDSHOP");
const QDate nov(2026, 11, 1);

/// The demo portfolio as of 25 November 2026 on the allocation page, six months from November.
struct Fixture
{
    QTemporaryDir dir;
    Models::Portfolio portfolio;
    QUndoStack stack;
    Gui::MessageBar bar;
    std::unique_ptr<Gui::AllocationPage> page;

    explicit Fixture(Storage::Database::Access access = Storage::Database::Access::ReadWrite)
    {
        const QString path = dir.filePath(QStringLiteral("allocation.sqlite"));
        QVERIFY(portfolio.createDemo(path, QDate(2026, 11, 25)).isNull());
        if (access == Storage::Database::Access::ReadOnly)
            QVERIFY(portfolio.open(path, access).isNull());
        page = std::make_unique<Gui::AllocationPage>(&portfolio, &stack, &bar);
        page->setToday(QDate(2026, 11, 25));
        page->showMonths(nov);
    }
    AllocationGridModel *grid() const { return page->grid(); }
    QModelIndex cell(const QString &person, const QString &engagement, int monthOffset) const
    {
        return grid()->index(grid()->rowOf(person, engagement),
                             AllocationGridModel::FirstMonthColumn + monthOffset);
    }
    QVector<Allocation> stored(const QDate &from, const QDate &to) const
    {
        QVector<Allocation> out;
        const Storage::StorageError error =
            Storage::AllocationRepository(*portfolio.database()).list(from, to, &out);
        return error.isNull() ? out : QVector<Allocation>{};
    }
    int storedMinutes(const QString &person, const QString &engagement, const QDate &month) const
    {
        for (const Allocation &a : stored(month, month)) {
            if (a.person == person && a.engagementKey == engagement)
                return a.minutes;
        }
        return 0;
    }
};
} // namespace

class TestAllocationPage : public QObject
{
    Q_OBJECT

    Gui::LanguageManager m_languages; ///< this test's language, as the launcher owns one

private slots:
    void initTestCase() { m_languages.setLanguage(QStringLiteral("en")); }

    void shouldShowTheDemoPlanForSixMonths()
    {
        Fixture f;
        QCOMPARE(f.grid()->firstMonth(), nov);
        QCOMPARE(f.page->heatmap()->rowCount(), 10); // the ten demo people
        QVERIFY(f.grid()->rowOf(ali, nord) >= 0);
        QCOMPARE(
            f.cell(ali, QStringLiteral("ATLANTICPET"), 0).data(AllocationGridModel::MinutesRole).toLongLong(),
            qint64(f.storedMinutes(ali, QStringLiteral("ATLANTICPET"), nov)));
        QVERIFY(f.storedMinutes(ali, QStringLiteral("ATLANTICPET"), nov) > 0);
        // The demo overbooks someone: the warning is listed in words.
        QVERIFY(f.page->warningList()->topLevelItemCount() > 0);
        bool overbooked = false;
        for (int i = 0; i < f.page->warningList()->topLevelItemCount(); ++i) {
            const QString text = f.page->warningList()->topLevelItem(i)->text(1);
            QVERIFY(!text.isEmpty());
            overbooked = overbooked || text.contains(QStringLiteral("capacity"));
        }
        QVERIFY(overbooked);
    }

    void shouldListPlannedVsLoggedHoursOfThePastSixMonths()
    {
        Fixture f;
        const auto &rows = f.page->plannedVsActual()->rows();
        QVERIFY(!rows.isEmpty());
        qint64 actual = 0;
        for (const Domain::PlannedVsActual &row : rows) {
            QVERIFY(row.month >= QDate(2026, 5, 1));
            QVERIFY(row.month < nov);
            actual += row.actual;
        }
        QVERIFY(actual > 0);
    }

    void shouldRefuseAnEditOverAnotherUsersChangeAndShowTheirs()
    {
        Fixture f;
        // GIVEN alice, on another connection, fills a cell after the page read it empty
        qputenv("DELIVERYDESK_USER", "alice");
        Storage::Database alice;
        const Storage::StorageError opened = alice.open(f.portfolio.database()->path());
        qunsetenv("DELIVERYDESK_USER");
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
        QCOMPARE(f.cell(ali, nord, 0).data(AllocationGridModel::MinutesRole).toLongLong(), qint64(0));
        QVERIFY(Storage::AllocationRepository(alice).set({ali, nord, nov, 8 * 60}).isNull());
        // WHEN this page saves 12 h into it
        QVERIFY(!f.grid()->setData(f.cell(ali, nord, 0), 12.0));
        // THEN it is refused saying who changed it, and alice's 8 h are kept and shown
        QCOMPARE(f.bar.type(), Gui::MessageBar::Type::Error);
        QVERIFY2(f.bar.text().contains(QLatin1String("alice changed this allocation on")),
                 qPrintable(f.bar.text()));
        QCOMPARE(f.storedMinutes(ali, nord, nov), 8 * 60);
        QCOMPARE(f.cell(ali, nord, 0).data(AllocationGridModel::MinutesRole).toLongLong(), qint64(8 * 60));
        QCOMPARE(f.stack.count(), 0);
        const QString tip = f.cell(ali, nord, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(QLatin1String("Added by alice on ")), qPrintable(tip));
        // ... and the next edit names alice's version, so it is saved
        QVERIFY(f.grid()->setData(f.cell(ali, nord, 0), 12.0));
        QCOMPARE(f.storedMinutes(ali, nord, nov), 12 * 60);
        QVERIFY(
            f.cell(ali, nord, 0).data(Qt::ToolTipRole).toString().startsWith(QLatin1String("Changed by ")));
        f.stack.undo();
        QCOMPARE(f.storedMinutes(ali, nord, nov), 8 * 60);
    }

    void shouldSaveAnEditAndUndoItWithRepeatedEditsMerged()
    {
        Fixture f;
        QCOMPARE(f.storedMinutes(ali, nord, nov), 0);
        QVERIFY(f.grid()->setData(f.cell(ali, nord, 0), 12.0));
        QCOMPARE(f.storedMinutes(ali, nord, nov), 12 * 60);
        QVERIFY(f.grid()->setData(f.cell(ali, nord, 0), QStringLiteral("16.5")));
        QCOMPARE(f.storedMinutes(ali, nord, nov), 16 * 60 + 30);
        QCOMPARE(f.stack.count(), 1);
        QVERIFY(f.stack.undoText().contains(ali));

        f.stack.undo();
        QCOMPARE(f.storedMinutes(ali, nord, nov), 0);
        QCOMPARE(f.cell(ali, nord, 0).data(AllocationGridModel::MinutesRole).toLongLong(), qint64(0));
        f.stack.redo();
        QCOMPARE(f.storedMinutes(ali, nord, nov), 16 * 60 + 30);
        QCOMPARE(f.cell(ali, nord, 0).data(AllocationGridModel::MinutesRole).toLongLong(),
                 qint64(16 * 60 + 30));

        // A different cell is its own undo step.
        QVERIFY(f.grid()->setData(f.cell(ali, nord, 1), 4.0));
        QCOMPARE(f.stack.count(), 2);
    }

    void shouldLeaveNoUndoStepWhenTheOldValueIsTypedAgain()
    {
        Fixture f;
        QVERIFY(f.grid()->setData(f.cell(ali, nord, 0), 12.0));
        QVERIFY(f.grid()->setData(f.cell(ali, nord, 0), 0.0));
        QCOMPARE(f.storedMinutes(ali, nord, nov), 0);
        QCOMPARE(f.stack.count(), 0);
    }

    void shouldRefuseInvalidHoursWithAMessageAndSaveNothing_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("engagement");
        QTest::addColumn<int>("monthOffset");
        QTest::addColumn<double>("hours");
        QTest::addColumn<QString>("reason");
        QTest::newRow("negative") << ali << nord << 0 << -8.0 << QStringLiteral("cannot be negative");
        QTest::newRow("a 30-hour day every day")
            << ali << nord << 0 << 30.0 * 30 << QStringLiteral("more than the month has");
        QTest::newRow("someone who has left")
            << QStringLiteral("Leaver") << nord << 2 << 8.0 << QStringLiteral("has left");
        QTest::newRow("before the engagement starts")
            << ali << QStringLiteral("LATER") << 1 << 8.0 << QStringLiteral("LATER");
    }

    void shouldRefuseInvalidHoursWithAMessageAndSaveNothing()
    {
        QFETCH(QString, who);
        QFETCH(QString, engagement);
        QFETCH(int, monthOffset);
        QFETCH(double, hours);
        QFETCH(QString, reason);
        Fixture f;
        // GIVEN someone who leaves at the end of December and an engagement starting in February
        Domain::Person leaver;
        leaver.name = QStringLiteral("Leaver");
        leaver.end = QDate(2026, 12, 31);
        QVERIFY(Storage::PeopleRepository(*f.portfolio.database()).save(leaver).isNull());
        Domain::Engagement later = f.portfolio.engagements()->engagementAt(0);
        later.id = 0;
        later.key = QStringLiteral("LATER");
        later.start = QDate(2027, 2, 1);
        QVERIFY(f.portfolio.addEngagement(&later).isNull());
        f.page->reload();
        const int before = int(f.stored({}, {}).size());
        const QModelIndex cell = f.cell(who, engagement, monthOffset);
        QVERIFY(cell.isValid());

        // WHEN the hours are typed THEN they are refused with the reason and nothing is saved
        QVERIFY(!f.grid()->setData(cell, hours));
        QCOMPARE(f.bar.type(), Gui::MessageBar::Type::Error);
        QVERIFY2(f.bar.text().contains(reason), qPrintable(f.bar.text()));
        QCOMPARE(int(f.stored({}, {}).size()), before);
        QCOMPARE(f.stack.count(), 0);
        QCOMPARE(cell.data(AllocationGridModel::MinutesRole).toLongLong(), qint64(0));
    }

    void shouldCopyThePreviousMonthAsOneUndoStep()
    {
        Fixture f;
        const QDate feb(2027, 2, 1), mar(2027, 3, 1);
        const QVector<Allocation> february = f.stored(feb, feb);
        QVERIFY(!february.isEmpty());
        QVERIFY(f.stored(mar, mar).isEmpty());
        f.page->gridView()->setCurrentIndex(f.cell(ali, nord, 4)); // March 2027
        f.page->copyFromPreviousMonth();
        const QVector<Allocation> march = f.stored(mar, mar);
        QCOMPARE(march.size(), february.size());
        for (int i = 0; i < march.size(); ++i) {
            QCOMPARE(march.at(i).person, february.at(i).person);
            QCOMPARE(march.at(i).minutes, february.at(i).minutes);
        }
        QCOMPARE(f.stack.count(), 1);
        // Copying again finds everything planned: nothing changes, a notice says why.
        f.page->copyFromPreviousMonth();
        QCOMPARE(f.stack.count(), 1);
        QCOMPARE(f.bar.type(), Gui::MessageBar::Type::Information);
        f.stack.undo();
        QVERIFY(f.stored(mar, mar).isEmpty());
        QCOMPARE(f.stored(feb, feb), february);
    }

    void shouldFillRightAsOneUndoStep()
    {
        Fixture f;
        QVERIFY(f.grid()->setData(f.cell(ali, nord, 1), 10.0)); // December
        f.page->gridView()->setCurrentIndex(f.cell(ali, nord, 1));
        f.page->fillRight();
        for (int m = 1; m < AllocationGridModel::MonthCount; ++m)
            QCOMPARE(f.storedMinutes(ali, nord, nov.addMonths(m)), 10 * 60);
        QCOMPARE(f.storedMinutes(ali, nord, nov), 0);
        QCOMPARE(f.stack.count(), 2);
        f.stack.undo();
        QCOMPARE(f.storedMinutes(ali, nord, QDate(2026, 12, 1)), 10 * 60);
        QCOMPARE(f.storedMinutes(ali, nord, QDate(2027, 1, 1)), 0);
        QCOMPARE(f.storedMinutes(ali, nord, QDate(2027, 4, 1)), 0);
    }

    void shouldNotChangeAReadOnlyDatabase()
    {
        Fixture f(Storage::Database::Access::ReadOnly);
        QVERIFY(f.portfolio.isReadOnly());
        QVERIFY(!f.grid()->setData(f.cell(ali, nord, 0), 12.0));
        QCOMPARE(f.bar.type(), Gui::MessageBar::Type::Warning);
        QCOMPARE(f.cell(ali, nord, 0).data(AllocationGridModel::MinutesRole).toLongLong(), qint64(0));
        QCOMPARE(f.stack.count(), 0);
        QCOMPARE(f.page->gridView()->editTriggers(), QAbstractItemView::NoEditTriggers);
    }

    void shouldFollowALanguageSwitch()
    {
        Fixture f;
        const QString englishWarning = f.page->warningList()->topLevelItem(0)->text(1);
        QCOMPARE(f.page->heatmap()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Nov 2026"));
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(f.page->heatmap()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("nov. 2026"));
        QVERIFY(f.page->warningList()->topLevelItem(0)->text(1) != englishWarning);
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(f.page->warningList()->topLevelItem(0)->text(1), englishWarning);
    }

    // The warning the user stands on stays current when the list is made again: after an edit
    // (its hours and the other warnings may change) and in another language, even where several
    // warnings share the month in the first column.
    void shouldKeepTheCurrentWarningAcrossAnEditAndALanguageSwitch()
    {
        Fixture f;
        QTreeWidget *list = f.page->warningList();
        QTreeWidgetItem *chosen = nullptr;
        for (int i = 1; i < list->topLevelItemCount() && !chosen; ++i) {
            if (list->topLevelItem(i)->text(0) == list->topLevelItem(i - 1)->text(0))
                chosen = list->topLevelItem(i);
        }
        QVERIFY2(chosen, "the demo has no two warnings in one month");
        list->setCurrentItem(chosen);
        const auto about = [](const QTreeWidgetItem *item) {
            if (!item)
                return QString();
            const auto w = item->data(0, Qt::UserRole).value<Domain::AllocationWarning>();
            return QStringLiteral("%1 %2 %3 %4")
                .arg(int(w.kind))
                .arg(w.person, w.engagement, w.month.toString());
        };
        const QString before = about(chosen);

        QVERIFY(f.grid()->setData(f.cell(ali, nord, 0), 1.0));
        QCOMPARE(about(list->currentItem()), before);
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(about(list->currentItem()), before);
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(about(list->currentItem()), before);
    }

    void shouldMoveTheWindowMonthByMonth()
    {
        Fixture f;
        f.page->showMonths(QDate(2027, 1, 15));
        QCOMPARE(f.grid()->firstMonth(), QDate(2027, 1, 1));
        QCOMPARE(f.page->heatmap()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Jan 2027"));
        // The month bar shows the six months and steps them
        auto *range = f.page->findChild<QLabel *>(QStringLiteral("monthRange"));
        QVERIFY(range);
        QCOMPARE(range->text(), QStringLiteral("January 2027 – June 2027"));
        f.page->findChild<QToolButton *>(QStringLiteral("previousMonth"))->click();
        QCOMPARE(f.grid()->firstMonth(), QDate(2026, 12, 1));
        QCOMPARE(range->text(), QStringLiteral("December 2026 – May 2027"));
        f.page->findChild<QPushButton *>(QStringLiteral("thisMonth"))->click();
        QCOMPARE(f.grid()->firstMonth(), nov);
        QCOMPARE(f.page->heatmap()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Nov 2026"));
    }

    void shouldCountCapacityInTheTeamsZoneChosenOnThePage()
    {
        Fixture f;
        auto *zone = f.page->findChild<QComboBox *>(QStringLiteral("teamTimeZone"));
        QVERIFY(zone);
        QVERIFY(zone->isEnabled());
        // Not set: the demo's most common engagement zone
        QCOMPARE(zone->currentText(), QStringLiteral("Europe/Stockholm"));
        const QModelIndex december = f.page->heatmap()->index(0, 1);
        QCOMPARE(f.page->heatmap()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Dec 2026"));
        const qint64 swedish = december.data(Models::AllocationHeatmapModel::CapacityRole).toLongLong();
        // New York has Christmas Day off, but neither Christmas Eve nor New Year's Eve.
        const int newYork = zone->findText(QStringLiteral("America/New_York"));
        QVERIFY(newYork >= 0);
        zone->setCurrentIndex(newYork);
        emit zone->activated(newYork);
        Models::TeamTimeZone::Value stored;
        QVERIFY(Models::TeamTimeZone(*f.portfolio.database()).read(&stored).isNull());
        QVERIFY(stored.isSet);
        QCOMPARE(stored.zone, QByteArray("America/New_York"));
        QCOMPARE(zone->currentText(), QStringLiteral("America/New_York"));
        const qint64 american =
            f.page->heatmap()->index(0, 1).data(Models::AllocationHeatmapModel::CapacityRole).toLongLong();
        QVERIFY2(american > swedish, qPrintable(QStringLiteral("%1 <= %2").arg(american).arg(swedish)));

        Fixture readOnly(Storage::Database::Access::ReadOnly);
        QVERIFY(!readOnly.page->findChild<QComboBox *>(QStringLiteral("teamTimeZone"))->isEnabled());
    }

    void shouldRefuseATeamZoneSomeoneElseChangedAndShowWhoChangedThePeopleAndTheZone()
    {
        Fixture f;
        auto *zone = f.page->findChild<QComboBox *>(QStringLiteral("teamTimeZone"));
        QVERIFY(zone);
        // GIVEN alice, on another connection, sets the zone and changes a person after the page read them
        qputenv("DELIVERYDESK_USER", "alice");
        Storage::Database alice;
        const Storage::StorageError opened = alice.open(f.portfolio.database()->path());
        qunsetenv("DELIVERYDESK_USER");
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
        QVERIFY(Models::TeamTimeZone(alice).replace("Europe/Helsinki").isNull());
        QVector<Domain::Person> people;
        QVERIFY(Storage::PeopleRepository(alice).all(&people).isNull());
        Domain::Person changed;
        for (const Domain::Person &p : std::as_const(people)) {
            if (p.name == ali)
                changed = p;
        }
        QCOMPARE(changed.name, ali);
        changed.partTimePercent = 90;
        QVERIFY(Storage::PeopleRepository(alice).save(changed, &changed.stamp).isNull());
        // WHEN this page sets New York
        const int newYork = zone->findText(QStringLiteral("America/New_York"));
        zone->setCurrentIndex(newYork);
        emit zone->activated(newYork);
        // THEN it is refused naming alice; her zone is kept and shown, with who set it
        QCOMPARE(f.bar.type(), Gui::MessageBar::Type::Error);
        QVERIFY2(f.bar.text().contains(QLatin1String("alice changed the team's time zone on")),
                 qPrintable(f.bar.text()));
        Models::TeamTimeZone::Value stored;
        QVERIFY(Models::TeamTimeZone(*f.portfolio.database()).read(&stored).isNull());
        QCOMPARE(stored.zone, QByteArray("Europe/Helsinki"));
        QCOMPARE(zone->currentText(), QStringLiteral("Europe/Helsinki"));
        QVERIFY2(zone->toolTip().contains(QLatin1String("\nAdded by alice on ")),
                 qPrintable(zone->toolTip()));
        // AND the reload shows who changed the person, in the tooltip of the name
        const QModelIndex name =
            f.grid()->index(f.grid()->rowOf(ali, nord), AllocationGridModel::PersonColumn);
        const QString tip = name.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(ali + QLatin1String("\nChanged by alice on ")), qPrintable(tip));
        // AND the next choice names alice's version, so it is saved
        emit zone->activated(newYork);
        QVERIFY(Models::TeamTimeZone(*f.portfolio.database()).read(&stored).isNull());
        QCOMPARE(stored.zone, QByteArray("America/New_York"));
    }
};

QTEST_MAIN(TestAllocationPage)
#include "tst_allocationpage.moc"
