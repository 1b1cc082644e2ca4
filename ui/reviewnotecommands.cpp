#include "ui/reviewnotecommands.h"

#include <utility>

namespace Gui {

namespace {
constexpr int ReviewTextId = 0x52455654; // "REVT": unique among the window's commands
}

EditReviewTextCommand::EditReviewTextCommand(ReviewNotesTarget *target, const QString &engagementKey,
                                             const QDate &start, const QDate &end,
                                             ReviewNotesTarget::Field field, const QString &before,
                                             const QString &after, int session, QUndoCommand *parent)
    : TranslatableCommand(parent), m_target(target), m_engagementKey(engagementKey), m_start(start),
      m_end(end), m_field(field), m_before(before), m_after(after), m_session(session)
{
    updateText();
}

void EditReviewTextCommand::updateText()
{
    setText(m_field == ReviewNotesTarget::Field::Risks ? tr("Edit the risks of %1").arg(m_engagementKey)
                                                       : tr("Edit the actions of %1").arg(m_engagementKey));
}

void EditReviewTextCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    m_target->applyPeriodText(m_engagementKey, m_start, m_end, m_field, m_after);
}

void EditReviewTextCommand::undo()
{
    // A refused save is shown by the target; the command stays so that it can be retried.
    m_target->applyPeriodText(m_engagementKey, m_start, m_end, m_field, m_before);
}

int EditReviewTextCommand::id() const
{
    return ReviewTextId;
}

bool EditReviewTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditReviewTextCommand *>(other);
    if (next->m_session != m_session || next->m_field != m_field ||
        next->m_engagementKey != m_engagementKey || next->m_start != m_start || next->m_end != m_end)
        return false;
    m_after = next->m_after;
    // Typing back to the old text leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

EditRootCauseCommand::EditRootCauseCommand(ReviewNotesTarget *target, const QString &engagementKey,
                                           qint64 ticketId, const QString &ticketKey, const QString &before,
                                           const QString &after, QUndoCommand *parent)
    : TranslatableCommand(parent), m_target(target), m_engagementKey(engagementKey), m_ticketId(ticketId),
      m_ticketKey(ticketKey), m_before(before), m_after(after)
{
    updateText();
}

void EditRootCauseCommand::updateText()
{
    setText(tr("Edit the root cause of %1").arg(m_ticketKey));
}

void EditRootCauseCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    m_target->applyRootCause(m_engagementKey, m_ticketId, m_after);
}

void EditRootCauseCommand::undo()
{
    m_target->applyRootCause(m_engagementKey, m_ticketId, m_before);
}

} // namespace Gui
