#include "ui/engagementcommands.h"

#include "models/portfolio.h"

#include <QCoreApplication>

#include <utility>

namespace Gui {

AddEngagementCommand::AddEngagementCommand(Models::Portfolio *portfolio, const Domain::Engagement &engagement,
                                           Storage::StorageError *outcome)
    : m_portfolio(portfolio), m_engagement(engagement), m_outcome(outcome)
{
    retranslate();
}

void AddEngagementCommand::retranslate()
{
    setText(QCoreApplication::translate("EngagementCommands", "Add engagement %1").arg(m_engagement.key));
}

void AddEngagementCommand::redo()
{
    // The first redo inserts; later redos restore the same row so that its id stays stable.
    const Storage::StorageError error = m_stored ? m_portfolio->restoreEngagement(m_engagement.id)
                                                 : m_portfolio->addEngagement(&m_engagement);
    if (m_outcome)
        *std::exchange(m_outcome, nullptr) = error;
    if (error)
        setObsolete(true);
    m_stored = true;
}

void AddEngagementCommand::undo()
{
    if (m_portfolio->removeEngagement(m_engagement.id))
        setObsolete(true);
}

EditEngagementCommand::EditEngagementCommand(Models::Portfolio *portfolio, const Domain::Engagement &before,
                                             const Domain::Engagement &after, Storage::StorageError *outcome)
    : m_portfolio(portfolio), m_before(before), m_after(after), m_outcome(outcome)
{
    retranslate();
}

void EditEngagementCommand::retranslate()
{
    setText(QCoreApplication::translate("EngagementCommands", "Edit engagement %1").arg(m_after.key));
}

void EditEngagementCommand::redo()
{
    const Storage::StorageError error = m_portfolio->updateEngagement(m_after);
    if (m_outcome)
        *std::exchange(m_outcome, nullptr) = error;
    if (error)
        setObsolete(true);
}

void EditEngagementCommand::undo()
{
    if (m_portfolio->updateEngagement(m_before))
        setObsolete(true);
}

EditBudgetCommand::EditBudgetCommand(Models::Portfolio *portfolio, const Domain::Engagement &engagement,
                                     const Domain::BudgetPolicy &before, const Domain::BudgetPolicy &after,
                                     const Domain::ChangeStamp &read, Storage::StorageError *outcome)
    : m_portfolio(portfolio), m_engagement(engagement), m_before(before), m_after(after), m_stamp(read),
      m_outcome(outcome)
{
    retranslate();
}

void EditBudgetCommand::retranslate()
{
    setText(QCoreApplication::translate("EngagementCommands", "Edit budget of %1").arg(m_engagement.key));
}

void EditBudgetCommand::save(const Domain::BudgetPolicy &policy)
{
    const Storage::StorageError error = m_portfolio->saveBudget(m_engagement.id, policy, &m_stamp);
    if (m_outcome)
        *std::exchange(m_outcome, nullptr) = error;
    if (error)
        setObsolete(true);
}

void EditBudgetCommand::redo()
{
    save(m_after);
}

void EditBudgetCommand::undo()
{
    save(m_before);
}

RemoveEngagementCommand::RemoveEngagementCommand(Models::Portfolio *portfolio,
                                                 const Domain::Engagement &engagement)
    : m_portfolio(portfolio), m_engagement(engagement)
{
    retranslate();
}

void RemoveEngagementCommand::retranslate()
{
    setText(QCoreApplication::translate("EngagementCommands", "Delete engagement %1").arg(m_engagement.key));
}

void RemoveEngagementCommand::redo()
{
    if (m_portfolio->removeEngagement(m_engagement.id))
        setObsolete(true);
}

void RemoveEngagementCommand::undo()
{
    if (m_portfolio->restoreEngagement(m_engagement.id))
        setObsolete(true);
}

} // namespace Gui
