#include "ui/allocationcommands.h"

#include "models/allocationgridmodel.h"
#include "models/capacitytext.h"
#include "models/domaintext.h"

#include <utility>

namespace Gui {

namespace {
constexpr int CellEditId = 0x414c4c43; // "ALLC": unique among the window's commands
}

ChangeAllocationsCommand::ChangeAllocationsCommand(AllocationTarget *target, Kind kind,
                                                   const QVector<Domain::Allocation> &before,
                                                   const QVector<Domain::Allocation> &after, State state,
                                                   QUndoCommand *parent)
    : TranslatableCommand(parent), m_target(target), m_kind(kind), m_before(before), m_after(after),
      m_skipRedo(state == State::AlreadyApplied)
{
    updateText();
}

void ChangeAllocationsCommand::updateText()
{
    if (m_after.isEmpty()) {
        setText(tr("Change allocations"));
        return;
    }
    const Domain::Allocation &first = m_after.first();
    switch (m_kind) {
    case Kind::CellEdit:
        setText(tr("Allocate %1 on %2 in %3: %4 h")
                    .arg(first.person, first.engagementKey, Models::DomainText::monthInSentence(first.month),
                         Models::AllocationGridModel::hoursText(first.minutes)));
        break;
    case Kind::CopyMonth:
        setText(tr("Copy %n allocation(s) into %1", nullptr, int(m_after.size()))
                    .arg(Models::CapacityText::month(first.month)));
        break;
    case Kind::FillRight:
        setText(tr("Fill %1 on %2 right over %n month(s)", nullptr, int(m_after.size()))
                    .arg(first.person, first.engagementKey));
        break;
    }
}

void ChangeAllocationsCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    if (!m_target->applyAllocations(m_after))
        setObsolete(true);
}

void ChangeAllocationsCommand::undo()
{
    // The reason a failed undo did nothing is shown by the target; the command stays so it can be retried.
    m_target->applyAllocations(m_before);
}

int ChangeAllocationsCommand::id() const
{
    return m_kind == Kind::CellEdit ? CellEditId : -1;
}

bool ChangeAllocationsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeAllocationsCommand *>(other);
    if (next->m_kind != Kind::CellEdit || m_after.size() != 1 || next->m_after.size() != 1)
        return false;
    const Domain::Allocation &mine = m_after.first();
    const Domain::Allocation &theirs = next->m_after.first();
    if (mine.person != theirs.person || mine.engagementKey != theirs.engagementKey ||
        mine.month != theirs.month)
        return false;
    m_after = next->m_after;
    // Typing the old value back leaves nothing to undo.
    setObsolete(m_after == m_before);
    updateText();
    return true;
}

} // namespace Gui
