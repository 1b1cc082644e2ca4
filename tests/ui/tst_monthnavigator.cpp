// The month bar of the burn-down, portfolio and allocation pages: previous, next and "This month"
// step the month and say so once; setMonth() keeps to the first of the month and is quiet when the
// month stays; one month is named, several as a range; the buttons have accessible names and the
// months their language's names (Swedish: "november 2026").
#include "ui/languagemanager.h"
#include "ui/monthnavigator.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

using Gui::MonthNavigator;

class TestMonthNavigator : public QObject
{
    Q_OBJECT

    Gui::LanguageManager m_languages; ///< this test's language, as the launcher owns one

    static QToolButton *button(MonthNavigator &navigator, const char *name)
    {
        return navigator.findChild<QToolButton *>(QLatin1String(name));
    }

private slots:
    void init() { QVERIFY(m_languages.setLanguage(QStringLiteral("en"))); }

    void shouldStepAMonthAtATime()
    {
        MonthNavigator navigator;
        navigator.setMonth(QDate(2026, 11, 17));
        QCOMPARE(navigator.month(), QDate(2026, 11, 1));
        QSignalSpy changed(&navigator, &MonthNavigator::monthChanged);
        button(navigator, "nextMonth")->click();
        QCOMPARE(navigator.month(), QDate(2026, 12, 1));
        button(navigator, "nextMonth")->click();
        QCOMPARE(navigator.month(), QDate(2027, 1, 1));
        button(navigator, "previousMonth")->click();
        button(navigator, "previousMonth")->click();
        button(navigator, "previousMonth")->click();
        QCOMPARE(navigator.month(), QDate(2026, 10, 1));
        QCOMPARE(changed.count(), 5);
        QCOMPARE(changed.last().at(0).toDate(), QDate(2026, 10, 1));
        QCOMPARE(navigator.text(), QStringLiteral("October 2026"));
    }

    void shouldGoToTheMonthOfToday()
    {
        MonthNavigator navigator;
        navigator.setToday([] { return QDate(2026, 3, 31); });
        navigator.setMonth(QDate(2025, 1, 1));
        QSignalSpy changed(&navigator, &MonthNavigator::monthChanged);
        navigator.findChild<QPushButton *>(QStringLiteral("thisMonth"))->click();
        QCOMPARE(navigator.month(), QDate(2026, 3, 1));
        QCOMPARE(changed.count(), 1);
        // Already there: nothing changes, nothing is said
        navigator.findChild<QPushButton *>(QStringLiteral("thisMonth"))->click();
        QCOMPARE(changed.count(), 1);
    }

    void shouldStayQuietWhenTheMonthStays()
    {
        MonthNavigator navigator;
        navigator.setMonth(QDate(2026, 2, 1));
        QSignalSpy changed(&navigator, &MonthNavigator::monthChanged);
        navigator.setMonth(QDate(2026, 2, 28));
        navigator.setMonth(QDate());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(navigator.month(), QDate(2026, 2, 1));
    }

    void shouldNameARangeOfMonths()
    {
        MonthNavigator navigator;
        navigator.setMonth(QDate(2026, 11, 1));
        QVERIFY(navigator.findChild<QLabel *>(QStringLiteral("monthLabel")));
        navigator.setSpan(6);
        QCOMPARE(navigator.text(), QStringLiteral("November 2026 – April 2027"));
        QVERIFY(navigator.findChild<QLabel *>(QStringLiteral("monthRange")));
        QVERIFY(!navigator.findChild<QLabel *>(QStringLiteral("monthLabel")));
        button(navigator, "nextMonth")->click();
        QCOMPARE(navigator.text(), QStringLiteral("December 2026 – May 2027"));
    }

    void shouldSpeakBothLanguages()
    {
        MonthNavigator navigator;
        navigator.setMonth(QDate(2026, 11, 1));
        QCOMPARE(button(navigator, "previousMonth")->accessibleName(), QStringLiteral("Previous month"));
        QCOMPARE(button(navigator, "nextMonth")->accessibleName(), QStringLiteral("Next month"));
        QCOMPARE(navigator.findChild<QPushButton *>(QStringLiteral("thisMonth"))->text(),
                 QStringLiteral("This month"));
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(navigator.text(), QStringLiteral("november 2026"));
        QCOMPARE(button(navigator, "previousMonth")->accessibleName(), QStringLiteral("Föregående månad"));
        QCOMPARE(button(navigator, "nextMonth")->accessibleName(), QStringLiteral("Nästa månad"));
        QCOMPARE(button(navigator, "nextMonth")->toolTip(), QStringLiteral("Nästa månad"));
        QCOMPARE(navigator.findChild<QPushButton *>(QStringLiteral("thisMonth"))->text(),
                 QStringLiteral("Denna månad"));
    }
};

QTEST_MAIN(TestMonthNavigator)
#include "tst_monthnavigator.moc"
