#pragma once

#include "models/domain/capacity/allocation.h"
#include "ui/translatablecommand.h"

#include <QCoreApplication>
#include <QVector>

namespace Gui {

/// Where allocation changes go: saves them (all or nothing) and updates what shows them.
/// The allocation page is the real one; tests fake it.
class AllocationTarget
{
public:
    virtual ~AllocationTarget() = default;
    /// Sets each cell (minutes 0 removes it); false when nothing was changed (the reason is shown).
    virtual bool applyAllocations(const QVector<Domain::Allocation> &changes) = 0;
};

/// Sets allocation cells from `before` to `after` (same cells, same order). A single-cell edit
/// merges with the next edit of the same cell, so typing 8, then 12, then 16 into one cell is one
/// undo step. The page saves a change before it pushes the command (so a refused save never reaches
/// the stack): such a command is created `AlreadyApplied` and its first redo does nothing.
class ChangeAllocationsCommand : public TranslatableCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeAllocationsCommand)

public:
    enum class Kind { CellEdit, CopyMonth, FillRight };
    enum class State { NotApplied, AlreadyApplied };

    ChangeAllocationsCommand(AllocationTarget *target, Kind kind, const QVector<Domain::Allocation> &before,
                             const QVector<Domain::Allocation> &after, State state = State::NotApplied,
                             QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void retranslate() override { updateText(); }

    Kind kind() const { return m_kind; }
    const QVector<Domain::Allocation> &before() const { return m_before; }
    const QVector<Domain::Allocation> &after() const { return m_after; }

private:
    void updateText();

    AllocationTarget *m_target;
    Kind m_kind;
    QVector<Domain::Allocation> m_before;
    QVector<Domain::Allocation> m_after;
    bool m_skipRedo;
};

} // namespace Gui
