// Undo steps of the Review page against a fake target: typing of one session merges into one
// step, a new session, another field, period or engagement is a step of its own, typing back the
// old text leaves nothing to undo, the first redo does nothing (the page has applied the edit),
// undo and redo apply the text and the root cause, and the texts follow a language switch.
#include "ui/languagemanager.h"
#include "ui/reviewnotecommands.h"

#include <QUndoStack>
#include <QtTest>

using Gui::EditReviewTextCommand;
using Gui::EditRootCauseCommand;
using Field = Gui::ReviewNotesTarget::Field;

namespace {

class FakeTarget : public Gui::ReviewNotesTarget
{
public:
    QStringList calls;
    bool applyPeriodText(const QString &key, const QDate &start, const QDate &end, Field field,
                         const QString &text) override
    {
        calls << QStringLiteral("%1 %2..%3 %4=%5")
                     .arg(key, start.toString(Qt::ISODate), end.toString(Qt::ISODate),
                          field == Field::Risks ? QStringLiteral("risks") : QStringLiteral("actions"), text);
        return true;
    }
    bool applyRootCause(const QString &key, qint64 ticketId, const QString &note) override
    {
        calls << QStringLiteral("%1 #%2=%3").arg(key).arg(ticketId).arg(note);
        return true;
    }
};

const QDate s_start(2026, 10, 1);
const QDate s_end(2026, 10, 31);

} // namespace

class TestReviewNoteCommands : public QObject
{
    Q_OBJECT

    Gui::LanguageManager m_languages; ///< this test's language, as the launcher owns one

private slots:
    void initTestCase() { m_languages.setLanguage(QStringLiteral("en")); }

    void shouldMergeTypingOfOneSession()
    {
        FakeTarget target;
        QUndoStack stack;
        const QString key = QStringLiteral("NORD");
        stack.push(new EditReviewTextCommand(&target, key, s_start, s_end, Field::Risks, QString(),
                                             QStringLiteral("a"), 1));
        stack.push(new EditReviewTextCommand(&target, key, s_start, s_end, Field::Risks, QStringLiteral("a"),
                                             QStringLiteral("ab"), 1));
        QCOMPARE(stack.count(), 1);
        QVERIFY(target.calls.isEmpty()); // applied by the page already
        // Another session, field, period or engagement: steps of their own
        stack.push(new EditReviewTextCommand(&target, key, s_start, s_end, Field::Risks, QStringLiteral("ab"),
                                             QStringLiteral("abc"), 2));
        stack.push(new EditReviewTextCommand(&target, key, s_start, s_end, Field::Actions, QString(),
                                             QStringLiteral("x"), 2));
        stack.push(new EditReviewTextCommand(&target, key, s_start, QDate(2026, 12, 31), Field::Actions,
                                             QString(), QStringLiteral("y"), 2));
        stack.push(new EditReviewTextCommand(&target, QStringLiteral("BALT"), s_start, s_end, Field::Actions,
                                             QString(), QStringLiteral("z"), 2));
        QCOMPARE(stack.count(), 5);
        QVERIFY(target.calls.isEmpty());
        // Undo applies each step's before-text, redo its after-text
        for (int i = 0; i < 5; ++i)
            stack.undo();
        QCOMPARE(target.calls, QStringList({QStringLiteral("BALT 2026-10-01..2026-10-31 actions="),
                                            QStringLiteral("NORD 2026-10-01..2026-12-31 actions="),
                                            QStringLiteral("NORD 2026-10-01..2026-10-31 actions="),
                                            QStringLiteral("NORD 2026-10-01..2026-10-31 risks=ab"),
                                            QStringLiteral("NORD 2026-10-01..2026-10-31 risks=")}));
        target.calls.clear();
        stack.redo();
        QCOMPARE(target.calls, QStringList(QStringLiteral("NORD 2026-10-01..2026-10-31 risks=ab")));
    }

    void shouldLeaveNothingWhenTypedBackToTheOldText()
    {
        FakeTarget target;
        QUndoStack stack;
        stack.push(new EditReviewTextCommand(&target, QStringLiteral("NORD"), s_start, s_end, Field::Actions,
                                             QStringLiteral("old"), QStringLiteral("olde"), 7));
        stack.push(new EditReviewTextCommand(&target, QStringLiteral("NORD"), s_start, s_end, Field::Actions,
                                             QStringLiteral("olde"), QStringLiteral("old"), 7));
        QCOMPARE(stack.count(), 0);
        QVERIFY(target.calls.isEmpty());
    }

    void shouldUndoARootCause()
    {
        FakeTarget target;
        QUndoStack stack;
        stack.push(new EditRootCauseCommand(&target, QStringLiteral("NORD"), 42, QStringLiteral("NS-7"),
                                            QStringLiteral("old"), QStringLiteral("new")));
        stack.push(new EditRootCauseCommand(&target, QStringLiteral("NORD"), 42, QStringLiteral("NS-7"),
                                            QStringLiteral("new"), QStringLiteral("newer")));
        QCOMPARE(stack.count(), 2); // each edited cell is a step
        QVERIFY(target.calls.isEmpty());
        QCOMPARE(stack.undoText(), QStringLiteral("Edit the root cause of NS-7"));
        stack.undo();
        stack.undo();
        stack.redo();
        QCOMPARE(target.calls, QStringList({QStringLiteral("NORD #42=new"), QStringLiteral("NORD #42=old"),
                                            QStringLiteral("NORD #42=new")}));
    }

    void shouldFollowALanguageSwitch()
    {
        FakeTarget target;
        QUndoStack stack;
        auto *risks = new EditReviewTextCommand(&target, QStringLiteral("NORD"), s_start, s_end, Field::Risks,
                                                {}, QStringLiteral("r"), 1);
        stack.push(risks);
        QCOMPARE(risks->text(), QStringLiteral("Edit the risks of NORD"));
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        risks->retranslate();
        QCOMPARE(risks->text(), QStringLiteral("Ändra riskerna för NORD"));
        m_languages.setLanguage(QStringLiteral("en"));
        risks->retranslate();
        QCOMPARE(risks->text(), QStringLiteral("Edit the risks of NORD"));
    }
};

QTEST_MAIN(TestReviewNoteCommands)
#include "tst_reviewnotecommands.moc"
