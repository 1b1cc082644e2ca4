#include "ui/allocationcommands.h"

#include <QUndoStack>
#include <QtTest>

using Domain::Allocation;
using Gui::ChangeAllocationsCommand;
using Kind = Gui::ChangeAllocationsCommand::Kind;
using State = Gui::ChangeAllocationsCommand::State;

namespace {
const QDate nov(2026, 11, 1);
const QDate dec(2026, 12, 1);

/// Records what reaches it; refuses while `refuse` is set.
struct FakeTarget : Gui::AllocationTarget
{
    QVector<QVector<Allocation>> applied;
    bool refuse = false;
    bool applyAllocations(const QVector<Allocation> &changes) override
    {
        if (refuse)
            return false;
        applied.append(changes);
        return true;
    }
};

Allocation cell(const QDate &month, int minutes, const QString &person = QStringLiteral("Anna"))
{
    return {person, QStringLiteral("NORDSHOP"), month, minutes};
}
} // namespace

class TestAllocationCommands : public QObject
{
    Q_OBJECT

private slots:
    void shouldApplyOnPushAndRestoreOnUndo()
    {
        FakeTarget target;
        QUndoStack stack;
        stack.push(new ChangeAllocationsCommand(&target, Kind::FillRight, {cell(nov, 0), cell(dec, 60)},
                                                {cell(nov, 480), cell(dec, 480)}));
        QCOMPARE(target.applied.size(), 1);
        QCOMPARE(target.applied.last(), (QVector<Allocation>{cell(nov, 480), cell(dec, 480)}));
        QVERIFY(stack.undoText().contains(QStringLiteral("Anna")));
        stack.undo();
        QCOMPARE(target.applied.last(), (QVector<Allocation>{cell(nov, 0), cell(dec, 60)}));
    }

    void shouldSkipTheFirstRedoWhenAlreadyApplied()
    {
        FakeTarget target;
        QUndoStack stack;
        stack.push(new ChangeAllocationsCommand(&target, Kind::CellEdit, {cell(nov, 0)}, {cell(nov, 60)},
                                                State::AlreadyApplied));
        QCOMPARE(target.applied.size(), 0);
        stack.undo();
        stack.redo();
        QCOMPARE(target.applied, (QVector<QVector<Allocation>>{{cell(nov, 0)}, {cell(nov, 60)}}));
    }

    void shouldMergeEditsOfOneCellOnly_data()
    {
        QTest::addColumn<int>("secondKind");
        QTest::addColumn<Allocation>("secondAfter");
        QTest::addColumn<int>("count");
        QTest::newRow("same cell") << int(Kind::CellEdit) << cell(nov, 120) << 1;
        QTest::newRow("another month") << int(Kind::CellEdit) << cell(dec, 120) << 2;
        QTest::newRow("another person") << int(Kind::CellEdit) << cell(nov, 120, QStringLiteral("Bo")) << 2;
        QTest::newRow("a fill over the same cell") << int(Kind::FillRight) << cell(nov, 120) << 2;
    }

    void shouldMergeEditsOfOneCellOnly()
    {
        QFETCH(int, secondKind);
        QFETCH(Allocation, secondAfter);
        QFETCH(int, count);
        FakeTarget target;
        QUndoStack stack;
        stack.push(new ChangeAllocationsCommand(&target, Kind::CellEdit, {cell(nov, 0)}, {cell(nov, 60)}));
        Allocation secondBefore = secondAfter;
        secondBefore.minutes = 60;
        stack.push(new ChangeAllocationsCommand(&target, Kind(secondKind), {secondBefore}, {secondAfter}));
        QCOMPARE(stack.count(), count);
        // One undo of a merged edit goes back to before the first edit.
        stack.undo();
        if (count == 1)
            QCOMPARE(target.applied.last(), (QVector<Allocation>{cell(nov, 0)}));
        else
            QCOMPARE(target.applied.last(), (QVector<Allocation>{secondBefore}));
    }

    void shouldDropACommandWhoseFirstApplyFails()
    {
        FakeTarget target;
        target.refuse = true;
        QUndoStack stack;
        stack.push(new ChangeAllocationsCommand(&target, Kind::CopyMonth, {cell(dec, 0)}, {cell(dec, 60)}));
        QCOMPARE(stack.count(), 0);
        QVERIFY(!stack.canUndo());
    }

    void shouldDropAMergedEditThatEndsWhereItStarted()
    {
        FakeTarget target;
        QUndoStack stack;
        stack.push(new ChangeAllocationsCommand(&target, Kind::CellEdit, {cell(nov, 30)}, {cell(nov, 60)}));
        stack.push(new ChangeAllocationsCommand(&target, Kind::CellEdit, {cell(nov, 60)}, {cell(nov, 30)}));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(target.applied.last(), (QVector<Allocation>{cell(nov, 30)}));
    }
};

QTEST_GUILESS_MAIN(TestAllocationCommands)
#include "tst_allocationcommands.moc"
