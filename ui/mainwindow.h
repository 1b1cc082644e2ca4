#pragma once

#include "models/domain/capacity/budgetpolicy.h"
#include "models/domain/changestamp.h"
#include "models/domain/engagement.h"
#include "models/threadwaitcap.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTimer;
class QUndoStack;

namespace Domain {
class BusinessCalendar;
struct SlaPolicy;
} // namespace Domain

namespace Models {
class Portfolio;
struct CalendarView;
struct SlaPolicyView;
} // namespace Models

namespace Storage {
struct StorageError;
}

namespace Gui {

class EngagementListPanel;
class LanguageManager;
class MessageBar;
class OverviewPage;
class SlaRecomputeRunner;
class SupportModelPage;

/// Assembles the pages around the open portfolio. Pages do the work; this wires them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// How long a save on the window's thread (an allocation, a note, an engagement) waits for
    /// another program's write before it says so: the window is held while it waits. Set on the
    /// thread while a window lives (Models::ThreadWaitCap), and by the launcher before it opens
    /// the database.
    static constexpr int WriteWaitMilliseconds = 3000;

    /// `languages` switches the language from the Language menu; it must outlive the window.
    MainWindow(Models::Portfolio *portfolio, LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Page names for --page and tests, in tab order: "overview", "support-model", "allocation",
    /// "burndown", "portfolio", "sla", "review".
    static QStringList pageNames();
    bool showPage(const QString &name);
    bool selectEngagementByKey(const QString &key);

    /// Opens a database and remembers it among the recent files; errors go to the message bar. A
    /// team database whose server asks for a password opens the Connect dialog for it.
    bool openDatabase(const QString &path);
    /// File › Connect to a team database…: the dialog, filled with `address` when given and with
    /// the password field shown when `passwordMessage` says why; true when the database was opened.
    bool connectToTeamDatabase(const QString &address = QString(),
                               const QString &passwordMessage = QString());
    /// Reads the engagement list and the shown engagement's pages again, keeping the selection;
    /// waits while a cell is being edited. Called (debounced) when others changed the database.
    void refreshFromDatabase();

    QUndoStack *undoStack() const { return m_undoStack; }
    MessageBar *messageBar() const { return m_messageBar; }
    SlaRecomputeRunner *slaRecomputeRunner() const { return m_slaRecompute; }
    EngagementListPanel *engagementList() const { return m_list; }
    qint64 currentEngagementId() const;
    /// Whether a page is still reading what it shows off the GUI thread (the SLA, Portfolio and Review
    /// pages).
    bool isReading() const;

public slots:
    void newEngagement();
    void editEngagement();
    /// Edit › Edit budget…: the Budget dialog of the selected engagement, saved as an undo step.
    void editBudget();
    /// Edit › Recompute SLA results: the selected engagement's stored results, off the GUI thread
    /// with progress and Cancel.
    void recomputeSla();
    /// Edit › Business calendar…: the selected engagement's calendar; a calendar file read in
    /// there is saved, and the SLA results of every engagement on it recomputed.
    void editCalendar();
    /// Edit › SLA policy…: the selected engagement's SLA policy versions; a new version made
    /// there is added, and the engagement's SLA results recomputed.
    void editSlaPolicy();
    void deleteEngagement();
    void newDatabase();
    void openDatabaseDialog();
    /// File › Import…: the import wizard, with `path` already chosen when given (a dropped file).
    void importFile(const QString &path = QString());
    /// File › Export…: the selected engagement as XLSX/CSV, or an offline bundle.
    void exportData();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void retranslateUndoStack();
    void updateUndoActions();
    QString readOnlyBannerText() const;
    void updateRecentFilesMenu();
    void updateActions();
    void updateTitle();
    void restoreState();
    void rememberOpened();
    void showEngagement(qint64 id);
    bool isEditingACell() const;
    /// The undoable add and save of what the engagement dialog held; when another program kept
    /// the database busy the message offers to save it again.
    void addEngagement(const Domain::Engagement &engagement);
    void saveEngagement(const Domain::Engagement &before, const Domain::Engagement &after);
    void saveBudget(const Domain::Engagement &engagement, const Domain::BudgetPolicy &before,
                    const Domain::BudgetPolicy &after, const Domain::ChangeStamp &read);
    void saveCalendar(const Domain::Engagement &engagement, const Domain::BusinessCalendar &calendar,
                      const Models::CalendarView &read);
    void addSlaPolicyVersion(const Domain::Engagement &engagement, const Models::SlaPolicyView &read,
                             const Domain::SlaPolicy &version);
    void offerSaveAgain(const Storage::StorageError &error, const std::function<void()> &again);

    const Models::ThreadWaitCap m_waitCap{WriteWaitMilliseconds}; ///< first: before any save
    Models::Portfolio *m_portfolio;
    LanguageManager *m_languages;
    QUndoStack *m_undoStack;
    MessageBar *m_messageBar;
    QLabel *m_readOnlyBanner;
    EngagementListPanel *m_list;
    QTabWidget *m_pages;
    OverviewPage *m_overview;
    SupportModelPage *m_supportModel;
    QSplitter *m_splitter;
    QTimer *m_refreshTimer;
    SlaRecomputeRunner *m_slaRecompute;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newDatabaseAction = nullptr;
    QAction *m_openDatabaseAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newEngagementAction = nullptr;
    QAction *m_editEngagementAction = nullptr;
    QAction *m_editBudgetAction = nullptr;
    QAction *m_recomputeSlaAction = nullptr;
    QAction *m_calendarAction = nullptr;
    QAction *m_slaPolicyAction = nullptr;
    QAction *m_deleteEngagementAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_swedishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace Gui
