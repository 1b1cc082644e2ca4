// The Review page on the demo database (as of 25 November 2026, "now" fixed on the 26th): typing
// risks stores them after a pause or on leaving the editor, one undo step per typing session
// restores the text and the stored value, root-cause notes round-trip through the table and undo,
// switching the period shows that period's notes (typing is saved under the period it was typed
// for), the breaches are the stored ones of the period, an offline bundle is read-only, and the
// review pack is previewed and exported (off the GUI thread) with what the page holds.
#include "models/portfolio.h"
#include "models/reviewbreachesloader.h"
#include "models/reviewbreachmodel.h"
#include "models/reviewnotesloader.h"
#include "models/slaoverviewloader.h"
#include "models/slarecomputer.h"
#include "models/storage/bundlewriter.h"
#include "models/storage/database.h"
#include "ui/languagemanager.h"
#include "ui/reviewnotecommands.h"
#include "ui/reviewpage.h"
#include "ui/reviewperiodchooser.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

namespace {
const QDate s_asOf(2026, 11, 25);
const QDateTime s_now(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC);
const QDate s_oct1(2026, 10, 1);
const QDate s_oct31(2026, 10, 31);
const QString s_sla = QStringLiteral("FJALLGEAR");
} // namespace

class TestReviewPage : public QObject
{
    Q_OBJECT

    Gui::LanguageManager m_languages; ///< this test's language, as the launcher owns one

private:
    QTemporaryDir m_dir;
    Models::Portfolio m_portfolio;
    int m_keyCounter = 0;

    qint64 idOf(const QString &key) const
    {
        return m_portfolio.engagements()->engagementAt(m_portfolio.engagements()->rowOfKey(key)).id;
    }

    Models::ReviewNotes stored(const QString &key, const QDate &start, const QDate &end) const
    {
        Storage::StorageError error;
        const Models::ReviewNotes notes =
            Models::ReviewNotesLoader(*m_portfolio.database()).load(key, start, end, &error);
        if (error)
            qWarning() << error.toString();
        return notes;
    }

    /// A page of `key` with a fixed now, shown, at October 2026.
    std::unique_ptr<Gui::ReviewPage> page(QUndoStack *stack, const QString &key = s_sla)
    {
        auto page = std::make_unique<Gui::ReviewPage>(&m_portfolio, stack);
        page->setNow(s_now);
        page->showEngagement(idOf(key));
        page->resize(1200, 800);
        page->show();
        // The breaches are read off the GUI thread.
        if (!QTest::qWaitFor([&page] { return !page->isReading(); }, 10000))
            qWarning("the breaches were not read in 10 s");
        return page;
    }

    static void type(QPlainTextEdit *editor, const QString &text)
    {
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, text);
    }

    /// Clears the engagement's October notes so that each test starts from nothing.
    void clearOctober(const QString &key = s_sla)
    {
        Storage::StorageError error;
        const Models::ReviewNotesLoader loader(*m_portfolio.database());
        Models::ReviewNotes notes = loader.load(key, s_oct1, s_oct31, &error);
        QVERIFY(loader.saveRisksAndActions(key, s_oct1, s_oct31, {}, {}, 1, &notes.stamp, &error));
    }

private slots:
    void initTestCase()
    {
        m_languages.setLanguage(QStringLiteral("en"));
        const Storage::StorageError created =
            m_portfolio.createDemo(m_dir.filePath(QStringLiteral("demo.sqlite")), s_asOf);
        QVERIFY2(created.isNull(), qPrintable(created.toString()));
        QVERIFY(Models::SlaRecomputer::recomputeAll(
                    *m_portfolio.database(),
                    QDateTime(s_asOf.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch())
                    .isNull());
    }

    void init() { clearOctober(); }

    void shouldOpenOnTheLastClosedMonth()
    {
        QUndoStack stack;
        const auto p = page(&stack);
        QCOMPARE(p->periodStart(), s_oct1);
        QCOMPARE(p->periodEnd(), s_oct31);
        QCOMPARE(p->periodChooser()->kind(), Gui::ReviewPeriodChooser::Kind::Month);
        QVERIFY(!p->isReadOnly());
        QVERIFY(!p->risksEditor()->isReadOnly());
        QVERIFY(p->breachModel()->isEditable());
    }

    void shouldStoreTypedRisksAfterAPauseAndOnLeavingTheEditor()
    {
        QUndoStack stack;
        const auto p = page(&stack);
        type(p->risksEditor(), QStringLiteral("Black Friday peak"));
        // Nothing is written while typing goes on...
        QCOMPARE(stored(s_sla, s_oct1, s_oct31).risks, QString());
        // ...but after the pause it is.
        QTRY_COMPARE_WITH_TIMEOUT(stored(s_sla, s_oct1, s_oct31).risks, QStringLiteral("Black Friday peak"),
                                  Gui::ReviewPage::SaveDelayMs * 3);
        // Leaving the editor saves at once.
        type(p->actionsEditor(), QStringLiteral("Add a second on-call"));
        p->risksEditor()->setFocus();
        QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
        QCoreApplication::sendEvent(p->actionsEditor(), &out);
        QCOMPARE(stored(s_sla, s_oct1, s_oct31).actions, QStringLiteral("Add a second on-call"));
        QCOMPARE(stored(s_sla, s_oct1, s_oct31).risks, QStringLiteral("Black Friday peak"));
    }

    void shouldRefuseToOverwriteNotesSomeoneElseSavedAndShowTheirs()
    {
        QUndoStack stack;
        const auto p = page(&stack);
        QSignalSpy messages(p.get(), &Gui::ReviewPage::message);
        // GIVEN alice saves October's risks after the page read them
        qputenv("DELIVERYDESK_USER", "alice");
        Storage::Database alice;
        const Storage::StorageError opened = alice.open(m_portfolio.database()->path());
        qunsetenv("DELIVERYDESK_USER");
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
        const Models::ReviewNotesLoader theirs(alice);
        Storage::StorageError error;
        Models::ReviewNotes read = theirs.load(s_sla, s_oct1, s_oct31, &error);
        QVERIFY(theirs.saveRisksAndActions(s_sla, s_oct1, s_oct31, QStringLiteral("Alice's risk"), {},
                                           s_now.toSecsSinceEpoch(), &read.stamp, &error));
        // WHEN this page saves what was typed here
        type(p->risksEditor(), QStringLiteral("Mine"));
        p->saveNow();
        // THEN it is refused, saying who changed the notes, and alice's text is shown and kept
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.first().at(1).toBool());
        const QString text = messages.first().at(0).toString();
        QVERIFY2(text.contains(QLatin1String("alice changed these review notes on")), qPrintable(text));
        QCOMPARE(stored(s_sla, s_oct1, s_oct31).risks, QStringLiteral("Alice's risk"));
        QCOMPARE(p->risksEditor()->toPlainText(), QStringLiteral("Alice's risk"));
        QVERIFY2(p->risksEditor()->toolTip().startsWith(QLatin1String("Added by alice on ")),
                 qPrintable(p->risksEditor()->toolTip()));
        // ... and a save after the reload names alice's version, so it goes through
        type(p->risksEditor(), QStringLiteral(", mine"));
        p->saveNow();
        QCOMPARE(messages.count(), 1);
        QCOMPARE(stored(s_sla, s_oct1, s_oct31).risks, QStringLiteral("Alice's risk, mine"));
        QVERIFY(p->risksEditor()->toolTip().startsWith(QLatin1String("Changed by ")));
    }

    void shouldUndoOneTypingSessionAsOneStep()
    {
        QUndoStack stack;
        const auto p = page(&stack);
        type(p->risksEditor(), QStringLiteral("Payment provider"));
        p->saveNow();
        QCOMPARE(stack.count(), 1); // sixteen key presses, one step
        type(p->risksEditor(), QStringLiteral(" migration"));
        QCOMPARE(stack.count(), 2); // after the pause, a step of its own
        QCOMPARE(stack.undoText(), QStringLiteral("Edit the risks of FJALLGEAR"));
        // WHEN the second session is undone before its pause
        stack.undo();
        // THEN the editor and the database hold the first session's text
        QCOMPARE(p->risksEditor()->toPlainText(), QStringLiteral("Payment provider"));
        QCOMPARE(stored(s_sla, s_oct1, s_oct31).risks, QStringLiteral("Payment provider"));
        stack.undo();
        QCOMPARE(p->risksEditor()->toPlainText(), QString());
        QCOMPARE(stored(s_sla, s_oct1, s_oct31).risks, QString());
        // AND redo brings both back
        stack.redo();
        stack.redo();
        QCOMPARE(p->risksEditor()->toPlainText(), QStringLiteral("Payment provider migration"));
        QCOMPARE(stored(s_sla, s_oct1, s_oct31).risks, QStringLiteral("Payment provider migration"));
        // AND typing after an undo never merges into the undone step
        stack.undo();
        type(p->risksEditor(), QStringLiteral("!"));
        QCOMPARE(stack.count(), 2);
        QCOMPARE(stack.index(), 2);
    }

    void shouldLeaveNothingToUndoWhenTypingBackTheOldText()
    {
        QUndoStack stack;
        const auto p = page(&stack);
        type(p->actionsEditor(), QStringLiteral("x"));
        QTest::keyClick(p->actionsEditor(), Qt::Key_Backspace);
        QCOMPARE(p->actionsEditor()->toPlainText(), QString());
        QCOMPARE(stack.count(), 0);
    }

    void shouldLeaveUndoShortcutsToTheWindow()
    {
        QUndoStack stack;
        const auto p = page(&stack);
        for (const QKeySequence::StandardKey key : {QKeySequence::Undo, QKeySequence::Redo}) {
            const QKeyCombination combination = QKeySequence(key)[0];
            QKeyEvent override(QEvent::ShortcutOverride, combination.key(), combination.keyboardModifiers());
            override.ignore();
            QCoreApplication::sendEvent(p->risksEditor(), &override);
            QVERIFY(!override.isAccepted());
        }
        // Other keys still go to the editor.
        QKeyEvent copy(QEvent::ShortcutOverride, Qt::Key_C, Qt::ControlModifier);
        copy.ignore();
        QCoreApplication::sendEvent(p->risksEditor(), &copy);
        QVERIFY(copy.isAccepted());
    }

    void shouldListTheStoredBreachesOfThePeriod()
    {
        QUndoStack stack;
        const auto p = page(&stack);
        // The breaches are the loader's, and as many as the SLA page counts for October
        QVector<Models::ReviewBreach> breaches;
        const Domain::Engagement engagement = m_portfolio.engagement(idOf(s_sla));
        QVERIFY(Models::ReviewBreachesLoader(*m_portfolio.database())
                    .load(engagement, s_oct1, s_oct31, &breaches)
                    .isNull());
        QVERIFY(!breaches.isEmpty());
        QCOMPARE(p->breachTable()->model()->rowCount(), int(breaches.size()));
        for (int row = 0; row < breaches.size(); ++row) {
            const Models::ReviewBreach &b = breaches.at(row);
            QCOMPARE(
                p->breachModel()->rows().at(row),
                (Models::ReviewBreachRow{b.ticketId, b.breachedAt, b.key, qint8(b.severity), b.resolved}));
            QCOMPARE(p->breachModel()->texts(row), (Models::ReviewBreachTexts{b.title, b.explanation}));
        }
        Models::SlaOverview overview;
        QVERIFY(!Models::SlaOverviewLoader(*m_portfolio.database())
                     .load(engagement, s_oct1, s_oct1, 0, s_now.toSecsSinceEpoch(), &overview));
        int counted = 0;
        for (int severity : overview.severities)
            counted += overview.breachesIn(s_oct1, severity);
        QCOMPARE(int(breaches.size()), counted);
        QVERIFY2(p->breachesText().startsWith(QStringLiteral("%1 breach").arg(breaches.size())),
                 qPrintable(p->breachesText()));
        // Each with the engine's explanation line
        for (const Models::ReviewBreach &b : breaches) {
            QVERIFY(b.explanation.startsWith(b.key + QLatin1Char(':')));
            QVERIFY2(b.explanation.contains(QLatin1String("breached")), qPrintable(b.explanation));
        }
    }

    void shouldSayWhenTheContractHasNoSla()
    {
        QUndoStack stack;
        const auto p = page(&stack, QStringLiteral("NORDSHOP"));
        QCOMPARE(p->breachModel()->rowCount(), 0);
        QVERIFY2(p->breachesText().contains(QLatin1String("no SLA")), qPrintable(p->breachesText()));
        // Its risks and actions are still the team's to write
        QVERIFY(!p->risksEditor()->isReadOnly());
    }

    void shouldRoundTripARootCauseAndUndoIt()
    {
        QUndoStack stack;
        const auto p = page(&stack);
        Models::ReviewBreachModel *model = p->breachModel();
        QVERIFY(model->rowCount() > 1);
        const qint64 ticket = model->rows().at(1).ticketId;
        const QModelIndex cell = model->index(1, Models::ReviewBreachModel::RootCauseColumn);
        QVERIFY(model->flags(cell) & Qt::ItemIsEditable);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        // WHEN a note is written into the cell
        QVERIFY(model->setData(cell, QStringLiteral("  Cache eviction storm after the deploy  ")));
        // THEN it is stored (trimmed), shown and one undo step
        QCOMPARE(stored(s_sla, s_oct1, s_oct31).rootCauses.value(ticket),
                 QStringLiteral("Cache eviction storm after the deploy"));
        QCOMPARE(cell.data().toString(), QStringLiteral("Cache eviction storm after the deploy"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Edit the root cause of %1").arg(model->rows().at(1).key));
        // AND the same text again is no edit
        QVERIFY(!model->setData(cell, QStringLiteral("Cache eviction storm after the deploy")));
        QCOMPARE(stack.count(), 1);
        // AND a second page (another reader) reads it back
        {
            QUndoStack other;
            const auto again = page(&other);
            QCOMPARE(again->breachModel()->rootCause(ticket),
                     QStringLiteral("Cache eviction storm after the deploy"));
        }
        // WHEN undone THEN the note is gone from the table and the database; redo brings it back
        stack.undo();
        QVERIFY(!stored(s_sla, s_oct1, s_oct31).rootCauses.contains(ticket));
        QCOMPARE(cell.data().toString(), QString());
        stack.redo();
        QCOMPARE(stored(s_sla, s_oct1, s_oct31).rootCauses.value(ticket),
                 QStringLiteral("Cache eviction storm after the deploy"));
        // AND an emptied cell removes the note
        QVERIFY(model->setData(cell, QString()));
        QVERIFY(!stored(s_sla, s_oct1, s_oct31).rootCauses.contains(ticket));
    }

    /// Saves `note` as the root cause of `ticket` as the user `user` would from another computer.
    void saveRootCauseAs(const QByteArray &user, qint64 ticket, const QString &note)
    {
        qputenv("DELIVERYDESK_USER", user);
        Storage::Database other;
        const Storage::StorageError opened = other.open(m_portfolio.database()->path());
        qunsetenv("DELIVERYDESK_USER");
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
        const Models::ReviewNotesLoader theirs(other);
        Storage::StorageError error;
        Models::ReviewNotes read = theirs.load(s_sla, s_oct1, s_oct31, &error);
        Domain::ChangeStamp stamp = read.rootCauseStamps.value(ticket);
        QVERIFY2(theirs.saveRootCause(s_sla, ticket, note, s_now.toSecsSinceEpoch(), &stamp, &error),
                 qPrintable(error.toString()));
    }

    void shouldRefuseARootCauseEditOverAnotherUsersNoteAndShowTheirs()
    {
        QUndoStack stack;
        const auto p = page(&stack);
        Models::ReviewBreachModel *model = p->breachModel();
        QVERIFY(model->rowCount() > 0);
        const qint64 ticket = model->rows().at(0).ticketId;
        const QString key = model->rows().at(0).key;
        const QModelIndex cell = model->index(0, Models::ReviewBreachModel::RootCauseColumn);
        QSignalSpy messages(p.get(), &Gui::ReviewPage::message);
        // GIVEN alice wrote the note after the page read it (empty)
        saveRootCauseAs("alice", ticket, QStringLiteral("Alice's cause"));
        // WHEN this page saves what was typed into the cell
        QVERIFY(!model->setData(cell, QStringLiteral("Mine")));
        // THEN it is refused naming alice and the ticket, nothing is written, alice's note is shown
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.first().at(1).toBool());
        const QString text = messages.first().at(0).toString();
        QVERIFY2(text.contains(QStringLiteral("alice changed the root-cause note of %1 on").arg(key)),
                 qPrintable(text));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(stored(s_sla, s_oct1, s_oct31).rootCauses.value(ticket), QStringLiteral("Alice's cause"));
        QCOMPARE(cell.data().toString(), QStringLiteral("Alice's cause"));
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("\nAdded by alice on ")), qPrintable(tip));
        // AND an edit after that names alice's version, so it goes through
        QVERIFY(model->setData(cell, QStringLiteral("Alice's cause, and mine")));
        QCOMPARE(messages.count(), 1);
        QCOMPARE(stored(s_sla, s_oct1, s_oct31).rootCauses.value(ticket),
                 QStringLiteral("Alice's cause, and mine"));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QLatin1String("\nChanged by ")));
        // Clean up for the other tests
        stack.undo();
        QCOMPARE(stored(s_sla, s_oct1, s_oct31).rootCauses.value(ticket), QStringLiteral("Alice's cause"));
        saveRootCauseAs("alice", ticket, QString());
    }

    void shouldRefuseAnUndoOfARootCauseSomeoneElseChangedSince()
    {
        QUndoStack stack;
        const auto p = page(&stack);
        Models::ReviewBreachModel *model = p->breachModel();
        QVERIFY(model->rowCount() > 0);
        const qint64 ticket = model->rows().at(0).ticketId;
        const QString key = model->rows().at(0).key;
        const QModelIndex cell = model->index(0, Models::ReviewBreachModel::RootCauseColumn);
        QSignalSpy messages(p.get(), &Gui::ReviewPage::message);
        // GIVEN two edits of the cell here: two undo steps of the same note
        QVERIFY(model->setData(cell, QStringLiteral("First")));
        QVERIFY(model->setData(cell, QStringLiteral("Second")));
        QCOMPARE(stack.count(), 2);
        // AND undo and redo of the own steps go through (each names the version the last one left)
        stack.undo();
        QCOMPARE(stored(s_sla, s_oct1, s_oct31).rootCauses.value(ticket), QStringLiteral("First"));
        stack.redo();
        QCOMPARE(stored(s_sla, s_oct1, s_oct31).rootCauses.value(ticket), QStringLiteral("Second"));
        QCOMPARE(messages.count(), 0);
        // WHEN bob changes the note, and the page even shows his text again (a reload)
        saveRootCauseAs("bob", ticket, QStringLiteral("Bob's cause"));
        p->showEngagement(idOf(s_sla));
        QTRY_VERIFY(!p->isReading());
        QCOMPARE(cell.data().toString(), QStringLiteral("Bob's cause"));
        stack.undo();
        // THEN the undo is refused naming bob, and bob's note stays stored and shown
        QCOMPARE(messages.count(), 1);
        const QString text = messages.first().at(0).toString();
        QVERIFY2(text.contains(QStringLiteral("bob changed the root-cause note of %1 on").arg(key)),
                 qPrintable(text));
        QCOMPARE(stored(s_sla, s_oct1, s_oct31).rootCauses.value(ticket), QStringLiteral("Bob's cause"));
        QCOMPARE(model->rootCause(ticket), QStringLiteral("Bob's cause"));
        // AND the older step is refused the same way: nothing is applied blindly
        stack.undo();
        QCOMPARE(messages.count(), 2);
        QCOMPARE(stored(s_sla, s_oct1, s_oct31).rootCauses.value(ticket), QStringLiteral("Bob's cause"));
        // Clean up for the other tests
        saveRootCauseAs("bob", ticket, QString());
    }

    void shouldShowTheNotesOfTheChosenPeriod()
    {
        QUndoStack stack;
        const auto p = page(&stack);
        const QDate sep1(2026, 9, 1), sep30(2026, 9, 30), q3end(2026, 9, 30), jul1(2026, 7, 1);
        Storage::StorageError error;
        const Models::ReviewNotesLoader loader(*m_portfolio.database());
        Domain::ChangeStamp sep, q3;
        QVERIFY(loader.saveRisksAndActions(s_sla, sep1, sep30, QStringLiteral("September risk"), {}, 1, &sep,
                                           &error));
        QVERIFY(loader.saveRisksAndActions(s_sla, jul1, q3end, QStringLiteral("Q3 risk"),
                                           QStringLiteral("Q3 action"), 1, &q3, &error));
        // Typed for October, then the period changes before the pause
        type(p->risksEditor(), QStringLiteral("October risk"));
        p->setPeriod(sep1, sep30);
        QCOMPARE(p->risksEditor()->toPlainText(), QStringLiteral("September risk"));
        QCOMPARE(p->actionsEditor()->toPlainText(), QString());
        // THEN the October typing was saved under October, not September
        QCOMPARE(stored(s_sla, s_oct1, s_oct31).risks, QStringLiteral("October risk"));
        QCOMPARE(stored(s_sla, sep1, sep30).risks, QStringLiteral("September risk"));
        // A quarter is a period of its own
        p->setPeriod(jul1, q3end);
        QCOMPARE(p->periodChooser()->kind(), Gui::ReviewPeriodChooser::Kind::Quarter);
        QCOMPARE(p->risksEditor()->toPlainText(), QStringLiteral("Q3 risk"));
        QCOMPARE(p->actionsEditor()->toPlainText(), QStringLiteral("Q3 action"));
        // AND undoing the October typing from here shows October again
        stack.undo();
        QCOMPARE(p->periodStart(), s_oct1);
        QCOMPARE(p->risksEditor()->toPlainText(), QString());
        QCOMPARE(stored(s_sla, s_oct1, s_oct31).risks, QString());
        QCOMPARE(stored(s_sla, jul1, q3end).risks, QStringLiteral("Q3 risk"));
    }

    void shouldKeepEachEngagementsNotesApart()
    {
        QUndoStack stack;
        const auto p = page(&stack);
        clearOctober(QStringLiteral("ATLANTICPET"));
        type(p->risksEditor(), QStringLiteral("Fjallgear only"));
        p->showEngagement(idOf(QStringLiteral("ATLANTICPET")));
        QCOMPARE(p->risksEditor()->toPlainText(), QString());
        QCOMPARE(stored(s_sla, s_oct1, s_oct31).risks, QStringLiteral("Fjallgear only"));
        QCOMPARE(stored(QStringLiteral("ATLANTICPET"), s_oct1, s_oct31).risks, QString());
        // Undo of the other engagement's step changes its notes, not the ones shown
        stack.undo();
        QCOMPARE(stored(s_sla, s_oct1, s_oct31).risks, QString());
        QCOMPARE(p->engagementId(), idOf(QStringLiteral("ATLANTICPET")));
    }

    void shouldShowABundleReadOnly()
    {
        // GIVEN an offline bundle of the engagement with notes
        Domain::ChangeStamp october;
        Storage::StorageError error;
        QVERIFY(Models::ReviewNotesLoader(*m_portfolio.database())
                    .saveRisksAndActions(s_sla, s_oct1, s_oct31, QStringLiteral("Bundled risk"), {}, 1,
                                         &october, &error));
        const QString bundlePath = m_dir.filePath(QStringLiteral("bundle-%1.sqlite").arg(++m_keyCounter));
        error = Storage::BundleWriter(*m_portfolio.database()).write(bundlePath, s_sla, s_now);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        Models::Portfolio bundle;
        QVERIFY(bundle.open(bundlePath).isNull());
        QVERIFY(bundle.isReadOnly());
        // WHEN the Review page shows it
        QUndoStack stack;
        Gui::ReviewPage p(&bundle, &stack);
        p.setNow(s_now);
        p.showEngagement(bundle.engagements()->engagementAt(bundle.engagements()->rowOfKey(s_sla)).id);
        p.show();
        QTRY_VERIFY(!p.isReading());
        // THEN the notes are there, read-only, and nothing can be edited
        QCOMPARE(p.risksEditor()->toPlainText(), QStringLiteral("Bundled risk"));
        QVERIFY(p.isReadOnly());
        QVERIFY(p.risksEditor()->isReadOnly());
        QVERIFY(p.actionsEditor()->isReadOnly());
        QVERIFY(p.breachModel()->rowCount() > 0);
        const QModelIndex cell = p.breachModel()->index(0, Models::ReviewBreachModel::RootCauseColumn);
        QVERIFY(!(p.breachModel()->flags(cell) & Qt::ItemIsEditable));
        QVERIFY(!p.breachModel()->setData(cell, QStringLiteral("x")));
        type(p.risksEditor(), QStringLiteral("typed"));
        QCOMPARE(p.risksEditor()->toPlainText(), QStringLiteral("Bundled risk"));
        QCOMPARE(stack.count(), 0);
    }

    void shouldExportThePackWithThePagesNotes()
    {
        QUndoStack stack;
        const auto p = page(&stack);
        QVERIFY(p->exportButton()->isEnabled());
        // GIVEN risks typed and a root cause written on the page
        type(p->risksEditor(), QStringLiteral("Warehouse integration freeze in December"));
        const QModelIndex cell = p->breachModel()->index(0, Models::ReviewBreachModel::RootCauseColumn);
        QVERIFY(p->breachModel()->setData(cell, QStringLiteral("Expired TLS certificate")));
        // WHEN the pack is exported with its data appendix
        QSignalSpy exported(p.get(), &Gui::ReviewPage::exported);
        QSignalSpy messages(p.get(), &Gui::ReviewPage::message);
        const QString pdf = m_dir.filePath(QStringLiteral("review.pdf"));
        const QString xlsx = m_dir.filePath(QStringLiteral("review.xlsx"));
        p->exportPack(pdf, xlsx, QStringLiteral("Kim Andersson"));
        QVERIFY(exported.wait(20000));
        // THEN both files are there and the PDF prints the page's notes and the name on the cover
        QCOMPARE(exported.first().first().toBool(), true);
        QVERIFY2(messages.last().at(0).toString().contains(QLatin1String("review.pdf")),
                 qPrintable(messages.last().at(0).toString()));
        QCOMPARE(messages.last().at(1).toBool(), false);
        QVERIFY(QFileInfo(xlsx).size() > 0);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF"));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (!pdftotext.waitForFinished(20000) || pdftotext.exitCode() != 0)
            QSKIP("pdftotext is not available");
        // The PDF's fonts set "fi" as one ligature glyph.
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                                 .replace(QChar(0xFB01), QLatin1String("fi"))
                                 .simplified();
        QVERIFY(text.contains(QLatin1String("Warehouse integration freeze in December")));
        QVERIFY2(text.contains(QLatin1String("Expired TLS certificate")),
                 qPrintable(text.mid(text.indexOf(QLatin1String("Root cause")), 1500)));
        QVERIFY(text.contains(QLatin1String("Kim Andersson")));
        // AND an unwritable place is refused with a message, nothing exported
        exported.clear();
        p->exportPack(m_dir.filePath(QStringLiteral("no/such/folder/review.pdf")), {}, {});
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.first().first().toBool(), false);
        QCOMPARE(messages.last().at(1).toBool(), true);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no/such/folder/review.pdf"))));
    }

    void shouldPreviewThePack()
    {
        QUndoStack stack;
        const auto p = page(&stack);
        QCOMPARE(p->previewAction()->shortcut(), QKeySequence(QKeySequence::Print));
        QCOMPARE(p->previewAction()->shortcutContext(), Qt::WidgetWithChildrenShortcut);
        int pages = -1;
        connect(p.get(), &Gui::ReviewPage::previewOpening, this, [&pages](QWidget *dialog) {
            // Painting may process events before the dialog is shown: close it once it is.
            auto *poll = new QTimer(dialog);
            connect(poll, &QTimer::timeout, dialog, [dialog, &pages] {
                if (!dialog->isVisible())
                    return;
                if (auto *preview = dialog->findChild<QPrintPreviewWidget *>())
                    pages = preview->pageCount();
                dialog->close();
            });
            poll->start(50);
        });
        QSignalSpy opening(p.get(), &Gui::ReviewPage::previewOpening);
        p->previewButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(opening.count(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(pages > 3, 20000);
    }
};

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
