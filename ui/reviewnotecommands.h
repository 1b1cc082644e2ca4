#pragma once

#include "ui/translatablecommand.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Gui {

/// Where review-note changes go: saves them and shows them. The Review page is the real one;
/// tests fake it.
class ReviewNotesTarget
{
public:
    enum class Field { Risks, Actions };

    virtual ~ReviewNotesTarget() = default;
    /// Saves `text` as the risks or actions of the engagement's period and shows it; false when
    /// the save was refused (the target says why).
    virtual bool applyPeriodText(const QString &engagementKey, const QDate &start, const QDate &end,
                                 Field field, const QString &text) = 0;
    /// Saves the root-cause note of a ticket and shows it; false when refused.
    virtual bool applyRootCause(const QString &engagementKey, qint64 ticketId, const QString &note) = 0;
};

/// Sets the risks or the actions of a review period from `before` to `after`. The page pushes one
/// per change of the text (it has saved or will save the typing itself, so the command is created
/// applied and its first redo does nothing); changes of the same text within one typing session
/// merge into one undo step, like typing in a text editor. The page starts a new session when
/// the editor loses focus, after a pause in typing and when the period changes.
class EditReviewTextCommand : public TranslatableCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditReviewTextCommand)

public:
    EditReviewTextCommand(ReviewNotesTarget *target, const QString &engagementKey, const QDate &start,
                          const QDate &end, ReviewNotesTarget::Field field, const QString &before,
                          const QString &after, int session, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void retranslate() override { updateText(); }

    ReviewNotesTarget::Field field() const { return m_field; }
    QString before() const { return m_before; }
    QString after() const { return m_after; }

private:
    void updateText();

    ReviewNotesTarget *m_target;
    QString m_engagementKey;
    QDate m_start;
    QDate m_end;
    ReviewNotesTarget::Field m_field;
    QString m_before;
    QString m_after;
    int m_session;
    bool m_skipRedo = true;
};

/// Sets the root-cause note of a breached ticket (one undo step per edited cell). Created after
/// the page saved the note, so its first redo does nothing.
class EditRootCauseCommand : public TranslatableCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditRootCauseCommand)

public:
    EditRootCauseCommand(ReviewNotesTarget *target, const QString &engagementKey, qint64 ticketId,
                         const QString &ticketKey, const QString &before, const QString &after,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    void retranslate() override { updateText(); }

private:
    void updateText();

    ReviewNotesTarget *m_target;
    QString m_engagementKey;
    qint64 m_ticketId;
    QString m_ticketKey;
    QString m_before;
    QString m_after;
    bool m_skipRedo = true;
};

} // namespace Gui
