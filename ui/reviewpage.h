#pragma once

#include "models/domain/changestamp.h"
#include "models/domain/engagement.h"
#include "ui/reviewnotecommands.h"
#include "ui/reviewpackrunner.h"
#include "ui/viewstatekeeper.h"

#include <QDateTime>
#include <QHash>
#include <QPair>
#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class QUndoStack;

namespace Models {
class Portfolio;
class ReviewBreachModel;
class ReviewBreachesJob;
} // namespace Models

namespace Gui {

class BackgroundRead;
class ReviewPeriodChooser;

/// The governance review of one engagement and period (issue 11): the team's risks and actions
/// as two plain-text editors, saved to the database after a pause in typing and when an editor
/// loses focus; the period's SLA breaches from the stored results, each with the engine's
/// explanation line and an editable root-cause note. Every edit is one step on the window's undo
/// stack (typing merges like in a text editor). A read-only database (an offline bundle) shows
/// the notes read-only. The breaches are read off the GUI thread (a month of a million tickets
/// has 33,000), with a busy bar and Cancel; a newer period or engagement supersedes a read under
/// way. The table keeps compact rows and reads the texts of the rows it shows.
class ReviewPage : public QWidget, public ReviewNotesTarget
{
    Q_OBJECT

public:
    /// How long typing pauses before the notes are saved.
    static constexpr int SaveDelayMs = 1500;
    /// Up to this many breaches, each row is as tall as its wrapped texts; more have one height.
    static constexpr int SizedRowsLimit = 500;

    ReviewPage(Models::Portfolio *portfolio, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ReviewPage() override;

    void showEngagement(qint64 id);
    qint64 engagementId() const { return m_engagement.id; }
    /// Works as of `now` instead of the clock (tests, screenshots); null: the clock.
    void setNow(const QDateTime &now);
    /// Shows the period `start`..`end` (a month or a quarter when it is exactly one).
    void setPeriod(const QDate &start, const QDate &end);
    /// The period whose notes and breaches are shown.
    QDate periodStart() const { return m_shownStart; }
    QDate periodEnd() const { return m_shownEnd; }
    /// Saves typing that waits for its pause (the page does it by itself; tests and closing call it).
    void saveNow();
    bool isReadOnly() const;

    ReviewPeriodChooser *periodChooser() const { return m_period; }
    QPlainTextEdit *risksEditor() const { return m_risks; }
    QPlainTextEdit *actionsEditor() const { return m_actions; }
    QTableView *breachTable() const { return m_table; }
    Models::ReviewBreachModel *breachModel() const { return m_model; }
    /// The line above the breaches (their count and when the results were computed, or why none).
    QString breachesText() const;
    /// Rows as tall as their texts up to `rows` breaches (default SizedRowsLimit; tests: a few).
    void setSizedRowsLimit(int rows) { m_sizedRowsLimit = rows; }
    /// Whether the breaches are being read (off the GUI thread).
    bool isReading() const { return m_readingBreaches; }
    /// Ends the read of the breaches under way (the table stays empty until read again).
    void cancelRead();
    /// Cancel while the breaches are read; after a cancelled read, Read again.
    QPushButton *readButton() const { return m_readButton; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *exportButton() const { return m_export; }
    /// Preview with QKeySequence::Print while the page has the focus.
    QAction *previewAction() const { return m_previewAction; }

    /// Reads the review pack of the shown period off the GUI thread, then shows it in a print preview.
    void preview();
    /// Asks where the review pack goes, then exports it.
    void exportDialog();
    /// Reads the review pack of the shown period off the GUI thread, then writes the PDF to
    /// `pdfPath` and, when `dataPath` is not empty, the data appendix; exported() tells the end.
    void exportPack(const QString &pdfPath, const QString &dataPath, const QString &preparedBy);

    bool applyPeriodText(const QString &engagementKey, const QDate &start, const QDate &end, Field field,
                         const QString &text) override;
    bool applyRootCause(const QString &engagementKey, qint64 ticketId, const QString &note) override;

signals:
    /// What a save or an export did, for the window's message bar.
    void message(const QString &text, bool error);
    /// A root cause was not saved because another program kept the database busy: `again` saves
    /// it (the cell shows the stored note meanwhile, so what was typed lives only here).
    void saveBusy(const QString &text, const std::function<void()> &again);
    /// An export ended: written (`ok`), refused or cancelled.
    void exported(bool ok);
    /// The print preview is about to open (its dialog is `dialog`).
    void previewOpening(QWidget *dialog);

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createNotes();
    void retranslate();
    void reload();
    void loadNotes();
    void loadBreaches();
    BackgroundRead *createBreachesRead();
    /// Reads the breaches of the shown engagement and period (again, when one was superseded).
    void requestBreaches();
    Models::ReviewBreachesJob *job();
    void releaseJob();
    void breachesRead(bool cancelled);
    void setReading(bool reading);
    /// Rows as tall as their texts for `count` rows up to SizedRowsLimit, of one height beyond.
    void fitRows(int count);
    /// Fits the ticket, severity and breach columns to the first rows.
    void fitColumns();
    /// The one height of many rows: the tallest of the first ones (at most five lines).
    void fitRowHeight();
    void textEdited(Field field);
    void rootCauseEdited(qint64 ticketId, const QString &before, const QString &after);
    bool save(const QString &risks, const QString &actions);
    /// Saves a root-cause note over the version `read`; on a conflict the cell shows the stored note.
    bool saveRootCause(const QString &engagementKey, qint64 ticketId, const QString &note,
                       Domain::ChangeStamp read, const std::function<void()> &again = {});
    void showRootCause(qint64 ticketId, const QString &note, const Domain::ChangeStamp &stamp);
    /// The notes' editors say who wrote them last (empty when unknown).
    void updateNotesToolTips();
    void setEditorText(QPlainTextEdit *editor, const QString &text);
    void updateReadOnly();
    void updateStatus();
    QDateTime now() const;
    /// The pack of the shown engagement and period.
    ReviewPackRunner::Request packRequest(const QString &preparedBy) const;

    Models::Portfolio *m_portfolio;
    QUndoStack *m_undoStack;
    Domain::Engagement m_engagement;
    QDateTime m_now;
    QDate m_shownStart; ///< the period in the editors (the chooser may have moved on already)
    QDate m_shownEnd;
    QHash<qint64, QString> m_rootCauses;                  ///< the engagement's root-cause notes, by ticket id
    QHash<qint64, Domain::ChangeStamp> m_rootCauseStamps; ///< their stamps as read or saved
    /// The stamp this page's own last save left on a root-cause note (engagement key, ticket id):
    /// the version its undo and redo steps name.
    QHash<QPair<QString, qint64>, Domain::ChangeStamp> m_ownRootCauseStamps;
    QString m_lastRisks; ///< the risks as the last undo step left them
    QString m_lastActions;
    Domain::ChangeStamp m_notesStamp; ///< of the shown period's notes: the version a save names
    bool m_dirty = false;             ///< typing not saved yet
    bool m_loading = false;
    int m_session = 0; ///< typing session: edits of one session merge into one undo step
    bool m_hasSla = false;
    int m_breachCount = 0;
    bool m_readingBreaches = false;
    bool m_breachesCancelled = false;
    int m_sizedRowsLimit = SizedRowsLimit;
    std::optional<ViewState> m_keptPlace; ///< where the user was in the breaches before a reread
    std::optional<qint64> m_evaluatedAt;
    QString m_loadProblem;

    ReviewPeriodChooser *m_period;
    QLabel *m_status;
    QLabel *m_risksLabel;
    QPlainTextEdit *m_risks;
    QLabel *m_actionsLabel;
    QPlainTextEdit *m_actions;
    QLabel *m_breachesLabel;
    QLabel *m_breachesInfo;
    QProgressBar *m_busy;
    QPushButton *m_readButton;
    QTableView *m_table;
    Models::ReviewBreachModel *m_model;
    QTimer *m_saveTimer;
    QPushButton *m_preview;
    QPushButton *m_export;
    QAction *m_previewAction;
    ReviewPackRunner *m_runner;
    BackgroundRead *m_read; ///< the breaches read off the GUI thread
};

} // namespace Gui
