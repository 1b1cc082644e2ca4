// The Review page's period: months and quarters offered from the engagement's start to the month
// of now, newest first; the default is the last closed month; a kind switch keeps the period's
// end month; a range never runs backwards; setPeriod() recognises months and quarters; one
// periodChanged() per change; labels have buddies and controls accessible names in both languages.
#include "ui/languagemanager.h"
#include "ui/reviewperiodchooser.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QtTest>

using Gui::ReviewPeriodChooser;
using Kind = ReviewPeriodChooser::Kind;

class TestReviewPeriodChooser : public QObject
{
    Q_OBJECT

    Gui::LanguageManager m_languages; ///< this test's language, as the launcher owns one

private slots:
    void initTestCase() { m_languages.setLanguage(QStringLiteral("en")); }

    void shouldDefaultToTheLastClosedMonth()
    {
        ReviewPeriodChooser chooser;
        QSignalSpy changed(&chooser, &ReviewPeriodChooser::periodChanged);
        chooser.setMonths(QDate(2026, 2, 14), QDate(2026, 11, 26));
        QCOMPARE(chooser.kind(), Kind::Month);
        QCOMPARE(chooser.start(), QDate(2026, 10, 1));
        QCOMPARE(chooser.end(), QDate(2026, 10, 31));
        QCOMPARE(changed.count(), 1);
        // Months from November back to February
        QCOMPARE(chooser.periodBox()->count(), 10);
        QCOMPARE(chooser.periodBox()->itemData(0).toDate(), QDate(2026, 11, 1));
        QCOMPARE(chooser.periodBox()->itemData(9).toDate(), QDate(2026, 2, 1));
        QCOMPARE(chooser.periodBox()->currentText(), QStringLiteral("October 2026"));
        // An engagement that started this month has no closed month: its first month
        chooser.setMonths(QDate(2026, 11, 3), QDate(2026, 11, 26));
        QCOMPARE(chooser.start(), QDate(2026, 11, 1));
    }

    void shouldSwitchKindsAroundTheShownPeriod()
    {
        ReviewPeriodChooser chooser;
        chooser.setMonths(QDate(2025, 6, 1), QDate(2026, 11, 1));
        QSignalSpy changed(&chooser, &ReviewPeriodChooser::periodChanged);
        chooser.kindBox()->setCurrentIndex(int(Kind::Quarter));
        emit chooser.kindBox()->activated(int(Kind::Quarter));
        QCOMPARE(chooser.kind(), Kind::Quarter);
        QCOMPARE(chooser.start(), QDate(2026, 10, 1));
        QCOMPARE(chooser.end(), QDate(2026, 12, 31));
        QCOMPARE(chooser.periodText(), QStringLiteral("Q4 2026"));
        QCOMPARE(chooser.periodBox()->count(), 7); // Q4 2026 back to Q2 2025
        chooser.periodBox()->setCurrentIndex(2);
        emit chooser.periodBox()->activated(2);
        QCOMPARE(chooser.start(), QDate(2026, 4, 1));
        QCOMPARE(chooser.end(), QDate(2026, 6, 30));
        // Back to a month: the quarter's last month
        chooser.kindBox()->setCurrentIndex(int(Kind::Month));
        emit chooser.kindBox()->activated(int(Kind::Month));
        QCOMPARE(chooser.start(), QDate(2026, 6, 1));
        QCOMPARE(chooser.end(), QDate(2026, 6, 30));
        QCOMPARE(changed.count(), 3);
        // A range shows the date edits instead of the list
        chooser.kindBox()->setCurrentIndex(int(Kind::Range));
        emit chooser.kindBox()->activated(int(Kind::Range));
        QCOMPARE(chooser.kind(), Kind::Range);
        QVERIFY(chooser.fromEdit()->isVisibleTo(&chooser));
        QVERIFY(!chooser.periodBox()->isVisibleTo(&chooser));
        QCOMPARE(changed.count(), 4);
        chooser.toEdit()->setDate(QDate(2026, 6, 20));
        QCOMPARE(chooser.end(), QDate(2026, 6, 20));
        // Moving the start past the end moves the end along
        chooser.fromEdit()->setDate(QDate(2026, 7, 5));
        QCOMPARE(chooser.start(), QDate(2026, 7, 5));
        QCOMPARE(chooser.end(), QDate(2026, 7, 5));
    }

    void shouldRecogniseMonthsAndQuarters()
    {
        ReviewPeriodChooser chooser;
        chooser.setMonths(QDate(2025, 1, 1), QDate(2026, 11, 1));
        chooser.setPeriod(QDate(2026, 7, 1), QDate(2026, 9, 30));
        QCOMPARE(chooser.kind(), Kind::Quarter);
        chooser.setPeriod(QDate(2026, 2, 1), QDate(2026, 2, 28));
        QCOMPARE(chooser.kind(), Kind::Month);
        chooser.setPeriod(QDate(2026, 2, 1), QDate(2026, 3, 31));
        QCOMPARE(chooser.kind(), Kind::Range);
        // ISO dates in English too, as the date fields show them (not the British 01/02/2026)
        QCOMPARE(chooser.periodText(), QStringLiteral("2026-02-01 – 2026-03-31"));
        QSignalSpy changed(&chooser, &ReviewPeriodChooser::periodChanged);
        chooser.setPeriod(QDate(2026, 3, 31), QDate(2026, 2, 1)); // reversed: ignored
        chooser.setPeriod(QDate(2026, 2, 1), QDate(2026, 3, 31)); // the same: no signal
        QCOMPARE(changed.count(), 0);
    }

    void shouldNameEveryControlInBothLanguages()
    {
        ReviewPeriodChooser chooser;
        chooser.setMonths(QDate(2026, 1, 1), QDate(2026, 11, 1));
        for (QLabel *label : chooser.findChildren<QLabel *>())
            QVERIFY2(label->buddy(), qPrintable(label->text()));
        for (QWidget *w : chooser.tabOrder())
            QVERIFY(!w->accessibleName().isEmpty());
        const QString english = chooser.kindBox()->accessibleName();
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        QCoreApplication::processEvents(); // the language change is posted
        QCOMPARE(chooser.kindBox()->itemText(int(Kind::Quarter)), QStringLiteral("Kvartal"));
        QVERIFY(chooser.kindBox()->accessibleName() != english);
        QCOMPARE(chooser.periodBox()->currentText(), QStringLiteral("oktober 2026"));
        m_languages.setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(chooser.kindBox()->accessibleName(), english);
    }
};

QTEST_MAIN(TestReviewPeriodChooser)
#include "tst_reviewperiodchooser.moc"
