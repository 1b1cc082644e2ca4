// The Review page reads its breaches off the GUI thread (issue 13) on the demo database (as of
// 25 November 2026): showing an engagement returns before the breaches are there, with the busy
// bar and Cancel shown; the rows that arrive are the loader's, in its order, with its texts; a
// newer period supersedes a read under way; Cancel leaves the table empty with Read again; a
// reread of the same engagement keeps the user's row; and the main window waits for the page.
#include "models/portfolio.h"
#include "models/reviewbreachesloader.h"
#include "models/reviewbreachmodel.h"
#include "models/slarecomputer.h"
#include "ui/languagemanager.h"
#include "ui/reviewpage.h"

#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

namespace {
const QDate s_asOf(2026, 11, 25);
const QDateTime s_now(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC);
} // namespace

class TestReviewPageRead : public QObject
{
    Q_OBJECT

    Gui::LanguageManager m_languages;

private:
    QTemporaryDir m_dir;
    Models::Portfolio m_portfolio;

    qint64 idOf(const QString &key) const
    {
        return m_portfolio.engagements()->engagementAt(m_portfolio.engagements()->rowOfKey(key)).id;
    }

    QVector<Models::ReviewBreach> load(const QString &key, const QDate &start, const QDate &end) const
    {
        QVector<Models::ReviewBreach> out;
        const Storage::StorageError error = Models::ReviewBreachesLoader(*m_portfolio.database())
                                                .load(m_portfolio.engagement(idOf(key)), start, end, &out);
        if (error)
            qWarning() << error.toString();
        return out;
    }

    /// Whether the page shows `breaches`, row by row, texts and all.
    static bool shows(const Gui::ReviewPage &page, const QVector<Models::ReviewBreach> &breaches)
    {
        const Models::ReviewBreachModel *model = page.breachModel();
        if (model->rowCount() != breaches.size())
            return false;
        for (int row = 0; row < breaches.size(); ++row) {
            const Models::ReviewBreach &b = breaches.at(row);
            if (!(model->rows().at(row) ==
                  Models::ReviewBreachRow{b.ticketId, b.breachedAt, b.key, qint8(b.severity), b.resolved}) ||
                !(model->texts(row) == Models::ReviewBreachTexts{b.title, b.explanation}))
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        m_languages.setLanguage(QStringLiteral("en"));
        QVERIFY(m_portfolio.createDemo(m_dir.filePath(QStringLiteral("demo.sqlite")), s_asOf).isNull());
        QVERIFY(Models::SlaRecomputer::recomputeAll(
                    *m_portfolio.database(),
                    QDateTime(s_asOf.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch())
                    .isNull());
    }

    void cleanup() { m_languages.setLanguage(QStringLiteral("en")); }

    void shouldShowTheBreachesOnceReadWithoutBlocking()
    {
        QUndoStack stack;
        Gui::ReviewPage page(&m_portfolio, &stack);
        page.resize(1200, 800);
        page.show();
        page.setNow(s_now);
        // WHEN an engagement is shown THEN the call returns before its breaches are read
        page.showEngagement(idOf(QStringLiteral("FJALLGEAR")));
        QVERIFY(page.isReading());
        QCOMPARE(page.breachModel()->rowCount(), 0);
        QVERIFY(page.findChild<QProgressBar *>(QStringLiteral("reviewBusy"))->isVisible());
        QVERIFY(page.readButton()->isVisible());
        QCOMPARE(page.readButton()->text(), QStringLiteral("Cancel"));
        QVERIFY2(page.breachesText().startsWith(QStringLiteral("Reading the breaches of")),
                 qPrintable(page.breachesText()));
        // AND once read, they are the loader's, in its order, with its texts
        QTRY_VERIFY(!page.isReading());
        const QVector<Models::ReviewBreach> october =
            load(QStringLiteral("FJALLGEAR"), QDate(2026, 10, 1), QDate(2026, 10, 31));
        QVERIFY(!october.isEmpty());
        QVERIFY(shows(page, october));
        QVERIFY(!page.findChild<QProgressBar *>(QStringLiteral("reviewBusy"))->isVisible());
        QVERIFY(!page.readButton()->isVisible());
        QVERIFY2(page.breachesText().startsWith(QStringLiteral("%1 breach").arg(october.size())),
                 qPrintable(page.breachesText()));
    }

    void shouldShowTheNewestPeriodWhenAReadIsSuperseded()
    {
        QUndoStack stack;
        Gui::ReviewPage page(&m_portfolio, &stack);
        page.show();
        page.setNow(s_now);
        page.showEngagement(idOf(QStringLiteral("ATLANTICPET")));
        QVERIFY(page.isReading());
        // WHEN other periods are chosen while the first read runs
        page.setPeriod(QDate(2026, 9, 1), QDate(2026, 9, 30));
        page.setPeriod(QDate(2026, 7, 1), QDate(2026, 9, 30));
        QVERIFY(page.isReading());
        // THEN the last one is shown, never an older one
        QTRY_VERIFY(!page.isReading());
        QCOMPARE(page.periodStart(), QDate(2026, 7, 1));
        const QVector<Models::ReviewBreach> q3 =
            load(QStringLiteral("ATLANTICPET"), QDate(2026, 7, 1), QDate(2026, 9, 30));
        QVERIFY(!q3.isEmpty());
        QVERIFY(shows(page, q3));
        // AND an engagement chosen during a read supersedes it the same way
        page.showEngagement(idOf(QStringLiteral("FJALLGEAR")));
        page.showEngagement(idOf(QStringLiteral("ATLANTICPET")));
        QTRY_VERIFY(!page.isReading());
        QVERIFY(shows(page, load(QStringLiteral("ATLANTICPET"), page.periodStart(), page.periodEnd())));
    }

    void shouldLeaveTheTableEmptyOnCancelAndReadAgain()
    {
        QUndoStack stack;
        Gui::ReviewPage page(&m_portfolio, &stack);
        page.show();
        page.setNow(s_now);
        page.showEngagement(idOf(QStringLiteral("FJALLGEAR")));
        QVERIFY(page.isReading());
        // WHEN Cancel is pressed
        QTest::mouseClick(page.readButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.isReading());
        // THEN nothing is shown, and the page says so and offers to read again
        QCOMPARE(page.breachModel()->rowCount(), 0);
        QCOMPARE(page.breachesText(), QStringLiteral("Reading the breaches was cancelled."));
        QVERIFY(page.readButton()->isVisible());
        QCOMPARE(page.readButton()->text(), QStringLiteral("Read again"));
        // WHEN Read again is pressed THEN the breaches come
        QTest::mouseClick(page.readButton(), Qt::LeftButton);
        QVERIFY(page.isReading());
        QTRY_VERIFY(!page.isReading());
        QVERIFY(shows(page, load(QStringLiteral("FJALLGEAR"), page.periodStart(), page.periodEnd())));
        QVERIFY(!page.readButton()->isVisible());
    }

    void shouldKeepTheRowWhenTheSameEngagementIsReadAgain()
    {
        QUndoStack stack;
        Gui::ReviewPage page(&m_portfolio, &stack);
        page.resize(1200, 500);
        page.show();
        page.setNow(s_now);
        page.showEngagement(idOf(QStringLiteral("FJALLGEAR")));
        QTRY_VERIFY(!page.isReading());
        QTableView *table = page.breachTable();
        QVERIFY(table->model()->rowCount() > 4);
        table->setCurrentIndex(table->model()->index(4, Models::ReviewBreachModel::TitleColumn));
        const qint64 ticket = page.breachModel()->rows().at(4).ticketId;
        // WHEN the engagement is read again (edited, others changed it)
        page.showEngagement(idOf(QStringLiteral("FJALLGEAR")));
        QVERIFY(page.isReading());
        QTRY_VERIFY(!page.isReading());
        // THEN the same breach is current
        QCOMPARE(table->currentIndex().data(Models::ReviewBreachModel::TicketIdRole).toLongLong(), ticket);
        QCOMPARE(table->currentIndex().column(), int(Models::ReviewBreachModel::TitleColumn));
    }

    void shouldMeasureAndReadOnlyTheRowsShownOfALongList()
    {
        QUndoStack stack;
        Gui::ReviewPage page(&m_portfolio, &stack);
        page.resize(1200, 600);
        page.show();
        page.setNow(s_now);
        // GIVEN a list longer than the page measures row by row, its texts read two rows a page
        page.setSizedRowsLimit(3);
        page.breachModel()->setPaging(2, 4);
        page.showEngagement(idOf(QStringLiteral("ATLANTICPET")));
        page.setPeriod(QDate(2026, 1, 1), QDate(2026, 10, 31));
        QTRY_VERIFY(!page.isReading());
        const QVector<Models::ReviewBreach> breaches =
            load(QStringLiteral("ATLANTICPET"), QDate(2026, 1, 1), QDate(2026, 10, 31));
        QVERIFY2(breaches.size() > 40, qPrintable(QString::number(breaches.size())));
        QCOMPARE(page.breachModel()->rowCount(), int(breaches.size()));
        QCoreApplication::processEvents();
        QTest::qWait(50);
        // THEN the rows have one height and only the rows shown had their texts read
        QTableView *table = page.breachTable();
        QCOMPARE(table->rowHeight(breaches.size() - 1), table->rowHeight(0));
        const int shown = table->rowAt(table->viewport()->height() - 1) + 1;
        QVERIFY2(shown > 2 && shown < breaches.size() / 2, qPrintable(QString::number(shown)));
        QVERIFY2(page.breachModel()->pagesRead() <= shown / 2 + 2,
                 qPrintable(QString::number(page.breachModel()->pagesRead())));
        // AND the last row, scrolled to, shows load()'s texts
        table->scrollToBottom();
        const QModelIndex last =
            table->model()->index(breaches.size() - 1, Models::ReviewBreachModel::TitleColumn);
        QCOMPARE(last.data().toString(), breaches.last().title);
    }

    // Explanations are written in the language of their read: after a change of language every
    // row, the first page's (which came with the read) and a later page's, is shown in the new one.
    void shouldShowTheTextsInTheNewLanguage()
    {
        QUndoStack stack;
        Gui::ReviewPage page(&m_portfolio, &stack);
        page.resize(1200, 600);
        page.show();
        page.setNow(s_now);
        page.breachModel()->setPaging(2, 4);
        page.showEngagement(idOf(QStringLiteral("ATLANTICPET")));
        page.setPeriod(QDate(2026, 1, 1), QDate(2026, 10, 31));
        QTRY_VERIFY(!page.isReading());
        const QVector<Models::ReviewBreach> english =
            load(QStringLiteral("ATLANTICPET"), QDate(2026, 1, 1), QDate(2026, 10, 31));
        QVERIFY(english.size() > 10);
        // the first page (read with the rows) and the last are kept
        const Models::ReviewBreachModel *breaches = page.breachModel();
        const auto textsOf = [](const Models::ReviewBreach &b) {
            return Models::ReviewBreachTexts{b.title, b.explanation};
        };
        QVERIFY(breaches->texts(0) == textsOf(english.constFirst()));
        QVERIFY(breaches->texts(english.size() - 1) == textsOf(english.constLast()));
        const QAbstractItemModel *model = page.breachTable()->model();
        const QString header =
            model->headerData(Models::ReviewBreachModel::ExplanationColumn, Qt::Horizontal).toString();
        // WHEN the language changes
        QSignalSpy changed(page.breachModel(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        const QVector<Models::ReviewBreach> swedish =
            load(QStringLiteral("ATLANTICPET"), QDate(2026, 1, 1), QDate(2026, 10, 31));
        QCoreApplication::processEvents(); // the widgets hear of it through a posted event
        // THEN the loader's Swedish texts are shown, on every page, and the view was told
        QVERIFY(swedish.constFirst().explanation != english.constFirst().explanation);
        QVERIFY(breaches->texts(0) == textsOf(swedish.constFirst()));
        QVERIFY(breaches->texts(english.size() - 1) == textsOf(swedish.constLast()));
        QVERIFY(shows(page, swedish));
        QVERIFY(!changed.isEmpty());
        QVERIFY(model->headerData(Models::ReviewBreachModel::ExplanationColumn, Qt::Horizontal).toString() !=
                header);
        m_languages.setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QVERIFY(shows(page, english));
    }

    // Rows as tall as their text change height with the language: the user stays on the same rows
    // (the table scrolls by rows; per pixel, the top row would move).
    void shouldKeepTheTopRowWhenTheTextsChangeLanguage()
    {
        QUndoStack stack;
        Gui::ReviewPage page(&m_portfolio, &stack);
        page.resize(1000, 500);
        page.show();
        page.setNow(s_now);
        page.setSizedRowsLimit(1000); // every row as tall as its text
        page.showEngagement(idOf(QStringLiteral("ATLANTICPET")));
        page.setPeriod(QDate(2026, 1, 1), QDate(2026, 10, 31));
        QTRY_VERIFY(!page.isReading());
        QTableView *table = page.breachTable();
        QVERIFY(table->model()->rowCount() > 30);
        QCoreApplication::processEvents();
        table->scrollTo(table->model()->index(12, 0), QAbstractItemView::PositionAtTop);
        QCOMPARE(table->rowAt(0), 12);
        const int englishHeight = table->rowHeight(3);
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        QTest::qWait(50);
        QVERIFY(table->rowHeight(3) != englishHeight); // the Swedish explanation wraps otherwise
        QCOMPARE(table->rowAt(0), 12);
    }

    void shouldReadNothingWithoutAnSla()
    {
        QUndoStack stack;
        Gui::ReviewPage page(&m_portfolio, &stack);
        page.show();
        page.setNow(s_now);
        page.showEngagement(idOf(QStringLiteral("FJALLGEAR")));
        // An engagement without an SLA chosen during the read: nothing more is read, nothing shown
        page.showEngagement(idOf(QStringLiteral("NORDSHOP")));
        QVERIFY(!page.isReading());
        QTest::qWait(300);
        QCOMPARE(page.breachModel()->rowCount(), 0);
        QVERIFY2(page.breachesText().contains(QLatin1String("no SLA")), qPrintable(page.breachesText()));
    }
};

QTEST_MAIN(TestReviewPageRead)
#include "tst_reviewpageread.moc"
