// The Review page's breaches table under QAbstractItemModelTester: rows from the loader on the
// demo database, instants in the engagement's zone, a note edit announced (not applied) and a
// saved note shown with a single-cell dataChanged, read-only once not editable.
#include "models/portfolio.h"
#include "models/reviewbreachesloader.h"
#include "models/reviewbreachmodel.h"
#include "models/slarecomputer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestReviewBreachModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Models::Portfolio m_portfolio;

private slots:
    void initTestCase()
    {
        const QDate asOf(2026, 11, 25);
        QVERIFY(m_portfolio.createDemo(m_dir.filePath(QStringLiteral("demo.sqlite")), asOf).isNull());
        QVERIFY(
            Models::SlaRecomputer::recomputeAll(
                *m_portfolio.database(), QDateTime(asOf.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch())
                .isNull());
    }

    void shouldShowEditAndProtectTheNotes()
    {
        Models::ReviewBreachModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Models::EngagementListModel *list = m_portfolio.engagements();
        const Domain::Engagement engagement =
            m_portfolio.engagement(list->engagementAt(list->rowOfKey(QStringLiteral("ATLANTICPET"))).id);
        QVector<Models::ReviewBreach> breaches;
        QVERIFY(Models::ReviewBreachesLoader(*m_portfolio.database())
                    .load(engagement, QDate(2026, 7, 1), QDate(2026, 9, 30), &breaches)
                    .isNull());
        QVERIFY(breaches.size() > 2);
        const QTimeZone zone("America/New_York");
        model.setBreaches(breaches, {{breaches.at(0).ticketId, QStringLiteral("known")}}, zone);
        QCOMPARE(model.rowCount(), int(breaches.size()));
        QCOMPARE(model.columnCount(), int(Models::ReviewBreachModel::ColumnCount));
        QCOMPARE(model.index(0, Models::ReviewBreachModel::RootCauseColumn).data().toString(),
                 QStringLiteral("known"));
        QCOMPARE(model.index(2, Models::ReviewBreachModel::TicketColumn).data().toString(),
                 breaches.at(2).key);
        QCOMPARE(model.index(2, Models::ReviewBreachModel::ExplanationColumn).data().toString(),
                 breaches.at(2).explanation);
        QCOMPARE(model.index(2, 0).data(Models::ReviewBreachModel::TicketIdRole).toLongLong(),
                 breaches.at(2).ticketId);
        QCOMPARE(model.rowOfTicket(breaches.at(2).ticketId), 2);
        QCOMPARE(model.rowOfTicket(-5), -1);
        // The breach instant in the engagement's zone
        QCOMPARE(model.index(0, Models::ReviewBreachModel::BreachedColumn).data().toString(),
                 QDateTime::fromSecsSinceEpoch(breaches.at(0).breachedAt, zone)
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QSignalSpy edited(&model, &Models::ReviewBreachModel::rootCauseEdited);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // An edit is announced, not applied: nobody saved it, so the note shown did not change
        const QModelIndex note = model.index(2, Models::ReviewBreachModel::RootCauseColumn);
        QVERIFY(model.flags(note) & Qt::ItemIsEditable);
        QVERIFY(!model.setData(note, QStringLiteral(" new ")));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.first().at(0).toLongLong(), breaches.at(2).ticketId);
        QCOMPARE(edited.first().at(1).toString(), QString());
        QCOMPARE(edited.first().at(2).toString(), QStringLiteral("new"));
        QCOMPARE(changed.count(), 0);
        // When the page saves it from the signal, setData says so
        connect(
            &model, &Models::ReviewBreachModel::rootCauseEdited, &model,
            [&model](qint64 id, const QString &, const QString &after) { model.setRootCause(id, after); });
        QVERIFY(model.setData(note, QStringLiteral("newer")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), note);
        QCOMPARE(changed.first().at(1).toModelIndex(), note);
        QCOMPARE(note.data().toString(), QStringLiteral("newer"));
        // Other columns are not editable
        QVERIFY(!(model.flags(model.index(2, Models::ReviewBreachModel::TitleColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(2, Models::ReviewBreachModel::TitleColumn), QStringLiteral("x")));
        // Read-only: nothing editable, nothing announced
        model.setEditable(false);
        QVERIFY(!(model.flags(note) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(note, QStringLiteral("refused")));
        QCOMPARE(edited.count(), 2);
        model.setBreaches({}, {}, QTimeZone::utc());
        QCOMPARE(model.rowCount(), 0);
    }

    void shouldSayWhoWroteANoteInItsToolTipAndKeepItsStamp()
    {
        Models::ReviewBreachModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Models::ReviewBreach first;
        first.ticketId = 7;
        first.key = QStringLiteral("INC0012");
        Models::ReviewBreach second = first;
        second.ticketId = 8;
        second.key = QStringLiteral("INC0013");
        Domain::ChangeStamp byAnna;
        byAnna.version = 2;
        byAnna.createdBy = QStringLiteral("bo");
        byAnna.createdAt = 1790000000;
        byAnna.updatedBy = QStringLiteral("anna");
        byAnna.updatedAt = 1790003600;
        model.setBreaches({first, second}, {{7, QStringLiteral("Disk full")}}, QTimeZone::utc(),
                          {{7, byAnna}});
        const QModelIndex noted = model.index(0, Models::ReviewBreachModel::RootCauseColumn);
        const QModelIndex empty = model.index(1, Models::ReviewBreachModel::RootCauseColumn);
        const QString tip = noted.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("\nChanged by anna on ")), qPrintable(tip));
        QVERIFY(!empty.data(Qt::ToolTipRole).toString().contains(QLatin1Char('\n')));
        QCOMPARE(model.rootCauseStamp(7), byAnna);
        QCOMPARE(model.rootCauseStamp(8), Domain::ChangeStamp());
        // A saved note brings its new stamp; a removed one has none
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Domain::ChangeStamp added;
        added.version = 1;
        added.createdBy = added.updatedBy = QStringLiteral("me");
        added.createdAt = added.updatedAt = 1790007200;
        model.setRootCause(8, QStringLiteral("Cache"), added);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rootCauseStamp(8), added);
        QVERIFY(empty.data(Qt::ToolTipRole).toString().contains(QLatin1String("\nAdded by me on ")));
        model.setRootCause(7, QString(), {});
        QCOMPARE(model.rootCauseStamp(7), Domain::ChangeStamp());
        QVERIFY(!noted.data(Qt::ToolTipRole).toString().contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestReviewBreachModel)
#include "tst_reviewbreachmodel.moc"
