#pragma once

#include "models/domain/engagement.h"

#include "ui/translatablecommand.h"

namespace Models {
class Portfolio;
}

namespace Gui {

/// Undoable changes of engagements. Each command reports failure through the Portfolio's
/// errorOccurred() and marks itself obsolete so that a failed change leaves no undo entry.
class AddEngagementCommand : public TranslatableCommand
{
public:
    AddEngagementCommand(Models::Portfolio *portfolio, const Domain::Engagement &engagement);
    void redo() override;
    void undo() override;
    void retranslate() override;
    qint64 engagementId() const { return m_engagement.id; }

private:
    Models::Portfolio *m_portfolio;
    Domain::Engagement m_engagement;
    bool m_stored = false;
};

class EditEngagementCommand : public TranslatableCommand
{
public:
    EditEngagementCommand(Models::Portfolio *portfolio, const Domain::Engagement &before,
                          const Domain::Engagement &after);
    void redo() override;
    void undo() override;
    void retranslate() override;

private:
    Models::Portfolio *m_portfolio;
    Domain::Engagement m_before;
    Domain::Engagement m_after;
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
