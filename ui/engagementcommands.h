#pragma once

#include "models/domain/capacity/budgetpolicy.h"
#include "models/domain/changestamp.h"
#include "models/domain/engagement.h"

#include "ui/translatablecommand.h"

namespace Models {
class Portfolio;
}
namespace Storage {
struct StorageError;
}

namespace Gui {

/// Undoable changes of engagements. Each command reports failure through the Portfolio's
/// errorOccurred() and marks itself obsolete so that a failed change leaves no undo entry; the
/// undo stack's push() then deletes it at once. `outcome` (optional, written by the first redo,
/// during push()) tells the caller what happened, as the command may be gone by then.
class AddEngagementCommand : public TranslatableCommand
{
public:
    AddEngagementCommand(Models::Portfolio *portfolio, const Domain::Engagement &engagement,
                         Storage::StorageError *outcome = nullptr);
    void redo() override;
    void undo() override;
    void retranslate() override;

private:
    Models::Portfolio *m_portfolio;
    Domain::Engagement m_engagement;
    Storage::StorageError *m_outcome;
    bool m_stored = false;
};

class EditEngagementCommand : public TranslatableCommand
{
public:
    EditEngagementCommand(Models::Portfolio *portfolio, const Domain::Engagement &before,
                          const Domain::Engagement &after, Storage::StorageError *outcome = nullptr);
    void redo() override;
    void undo() override;
    void retranslate() override;

private:
    Models::Portfolio *m_portfolio;
    Domain::Engagement m_before;
    Domain::Engagement m_after;
    Storage::StorageError *m_outcome;
};

/// Saves an engagement's budget (BudgetDialog) over the version it was read with; undo saves the
/// budget before over the version its own save left, so a budget someone else saved since is
/// refused (Conflict, with who and when), never overwritten.
class EditBudgetCommand : public TranslatableCommand
{
public:
    EditBudgetCommand(Models::Portfolio *portfolio, const Domain::Engagement &engagement,
                      const Domain::BudgetPolicy &before, const Domain::BudgetPolicy &after,
                      const Domain::ChangeStamp &read, Storage::StorageError *outcome = nullptr);
    void redo() override;
    void undo() override;
    void retranslate() override;

private:
    void save(const Domain::BudgetPolicy &policy);

    Models::Portfolio *m_portfolio;
    Domain::Engagement m_engagement;
    Domain::BudgetPolicy m_before;
    Domain::BudgetPolicy m_after;
    Domain::ChangeStamp m_stamp; ///< the budget's version as this command last read or wrote it
    Storage::StorageError *m_outcome;
};

class RemoveEngagementCommand : public TranslatableCommand
{
public:
    RemoveEngagementCommand(Models::Portfolio *portfolio, const Domain::Engagement &engagement);
    void redo() override;
    void undo() override;
    void retranslate() override;

private:
    Models::Portfolio *m_portfolio;
    Domain::Engagement m_engagement;
};

} // namespace Gui
