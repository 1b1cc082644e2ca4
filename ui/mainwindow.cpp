#include "ui/mainwindow.h"

#include "models/importreporttext.h"
#include "models/portfolio.h"
#include "models/storagetext.h"
#include "ui/allocationpage.h"
#include "ui/budgetdialog.h"
#include "ui/burndownpage.h"
#include "ui/connectdialog.h"
#include "ui/databaseupgraderunner.h"
#include "ui/engagementcommands.h"
#include "ui/engagementdialog.h"
#include "ui/engagementlistpanel.h"
#include "ui/exportdialog.h"
#include "ui/importwizard.h"
#include "ui/keyboardnavigation.h"
#include "ui/languagemanager.h"
#include "ui/messagebar.h"
#include "ui/overviewpage.h"
#include "ui/portfoliopage.h"
#include "ui/preferences.h"
#include "ui/reviewpage.h"
#include "ui/slapage.h"
#include "ui/slarecomputerunner.h"
#include "ui/supportmodelpage.h"
#include "ui/supportmodelspage.h"
#include "ui/viewstatekeeper.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Gui {

MainWindow::MainWindow(Models::Portfolio *portfolio, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent), m_portfolio(portfolio), m_languages(languages), m_undoStack(new QUndoStack(this)),
      m_messageBar(new MessageBar), m_readOnlyBanner(new QLabel),
      m_list(new EngagementListPanel(portfolio->engagements())), m_pages(new QTabWidget),
      m_overview(new OverviewPage(portfolio)), m_supportModel(new SupportModelPage(portfolio)),
      m_splitter(new QSplitter(Qt::Horizontal)), m_refreshTimer(new QTimer(this)),
      m_slaRecompute(new SlaRecomputeRunner(portfolio, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    makeWarningBanner(m_readOnlyBanner); // wrapped: a bundle's banner names a path
    m_readOnlyBanner->hide();
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addTab(m_overview, QString());
    m_pages->addTab(m_supportModel, QString());
    m_pages->addTab(new SupportModelsPage(portfolio), QString());
    m_pages->addTab(new AllocationPage(portfolio, m_undoStack, m_messageBar), QString());
    m_pages->addTab(new BurnDownPage(portfolio), QString());
    m_pages->addTab(new PortfolioPage(portfolio), QString());
    m_pages->addTab(new SlaPage(portfolio), QString());
    m_pages->addTab(new ReviewPage(portfolio, m_undoStack), QString());
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_readOnlyBanner);
    rightLayout->addWidget(m_messageBar);
    rightLayout->addWidget(m_pages, 1);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({380, 900});
    setCentralWidget(m_splitter);

    createActions();
    createMenus();
    findChild<BurnDownPage *>()->setBudgetAction(m_editBudgetAction);
    findChild<SlaPage *>()->setRecomputeAction(m_recomputeSlaAction);
    connect(m_slaRecompute, &SlaRecomputeRunner::message, this, [this](const QString &text, bool error) {
        m_messageBar->showMessage(text, error ? MessageBar::Type::Error : MessageBar::Type::Information);
    });
    connect(m_slaRecompute, &SlaRecomputeRunner::finished, this, &MainWindow::updateActions);
    // Ctrl+1…N, F6, Find and a Go menu (issue 18); created after the pages so that it lists them all.
    auto *keyboard = new KeyboardNavigation(this, m_pages, m_list);
    menuBar()->insertMenu(m_languageMenu->menuAction(), keyboard->menu());
    m_editMenu->addSeparator();
    m_editMenu->addAction(keyboard->findAction());
    connect(m_list, &EngagementListPanel::currentEngagementChanged, this, &MainWindow::showEngagement);
    // What others change arrives as notifications (or a moved change counter), often several
    // at once: one refresh after they settle.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(400);
    connect(m_portfolio, &Models::Portfolio::changedElsewhere, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshFromDatabase);
    connect(findChild<PortfolioPage *>(), &PortfolioPage::engagementActivated, this,
            [this](qint64 id, const QDate &month) {
                auto *burnDown = findChild<BurnDownPage *>();
                burnDown->setMonth(month);
                m_list->selectEngagement(id);
                m_pages->setCurrentWidget(burnDown);
            });
    connect(findChild<PortfolioPage *>(), &PortfolioPage::slaActivated, this, [this](qint64 id) {
        m_list->selectEngagement(id);
        m_pages->setCurrentWidget(findChild<SlaPage *>());
    });
    connect(findChild<SlaPage *>(), &SlaPage::message, this, [this](const QString &text, bool error) {
        m_messageBar->showMessage(text, error ? MessageBar::Type::Error : MessageBar::Type::Information);
    });
    connect(findChild<ReviewPage *>(), &ReviewPage::message, this, [this](const QString &text, bool error) {
        m_messageBar->showMessage(text, error ? MessageBar::Type::Error : MessageBar::Type::Information);
    });
    connect(findChild<ReviewPage *>(), &ReviewPage::saveBusy, this,
            [this](const QString &text, const std::function<void()> &again) {
                m_messageBar->showMessage(text, MessageBar::Type::Error, tr("Save again"), again);
            });
    connect(m_list, &EngagementListPanel::activated, this, &MainWindow::editEngagement);
    connect(m_portfolio, &Models::Portfolio::errorOccurred, this,
            [this](const QString &message) { m_messageBar->showMessage(message, MessageBar::Type::Error); });
    connect(m_portfolio, &Models::Portfolio::opened, this, [this] {
        m_undoStack->clear();
        m_readOnlyBanner->setText(readOnlyBannerText());
        updateTitle();
        updateActions();
    });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString &language) {
        Preferences().setLanguage(language);
        m_englishAction->setChecked(language == QLatin1String("en"));
        m_swedishAction->setChecked(language == QLatin1String("sv"));
    });
    retranslate();
    restoreState();
    updateActions();
    updateTitle();
    if (m_portfolio->isOpen())
        m_list->selectEngagement(
            m_portfolio->engagements()->rowCount() > 0 ? m_portfolio->engagements()->engagementAt(0).id : 0);
}

MainWindow::~MainWindow()
{
    // The undo stack is a child: QWidget's destructor deletes it after this class is gone, and its
    // clear() then signals undoTextChanged into a MainWindow that no longer exists (UBSan).
    m_undoStack->disconnect(this);
}

void MainWindow::importFile(const QString &path)
{
    if (!m_portfolio->isOpen() || m_portfolio->isReadOnly()) {
        m_messageBar->showMessage(tr("Open a database you can change to import into it."),
                                  MessageBar::Type::Warning);
        return;
    }
    ImportWizard wizard(m_portfolio, this);
    wizard.setEngagement(currentEngagementId());
    if (!path.isEmpty())
        wizard.setFile(path);
    connect(&wizard, &ImportWizard::imported, this, [this](const Storage::ImportReport &report) {
        QString message = Models::ImportReportText::outcome(report);
        if (report.isCommitted() && m_undoStack->count() > 0) {
            // An import is not a step of the undo stack: undoing an earlier step (adding the
            // engagement, say) would take the imported rows away with it. The earlier steps go.
            m_undoStack->clear();
            message +=
                QLatin1Char(' ') +
                tr("Earlier changes can no longer be undone: undoing them could remove the imported rows.");
        }
        m_messageBar->showMessage(message, report.isCommitted() ? MessageBar::Type::Information
                                                                : MessageBar::Type::Error);
        // The overview counts tickets and hours: show it again from the database.
        m_overview->showEngagement(currentEngagementId());
    });
    wizard.exec();
}

void MainWindow::exportData()
{
    // The wall clock is read here, in the UI, never below.
    const std::optional<Models::ExportJob::Request> request =
        ExportDialog::ask(this, *m_portfolio, currentEngagementId(), QDateTime::currentSecsSinceEpoch());
    if (!request)
        return;
    auto *run = new ExportDialog(*m_portfolio, *request, this);
    connect(run, &ExportDialog::done, this, [this](const QString &message, bool ok) {
        m_messageBar->showMessage(message, ok ? MessageBar::Type::Information : MessageBar::Type::Error);
    });
    run->start();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && m_portfolio->isOpen() && !m_portfolio->isReadOnly())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Let the drop finish before the wizard's event loop starts.
    QTimer::singleShot(0, this, [this, path] { importFile(path); });
}

void MainWindow::restoreState()
{
    const Preferences preferences;
    if (!restoreGeometry(preferences.windowGeometry()))
        resize(1280, 800);
    QMainWindow::restoreState(preferences.windowState());
    m_splitter->restoreState(preferences.splitterState());
}

bool MainWindow::isReading() const
{
    return findChild<SlaPage *>()->isLoading() || findChild<PortfolioPage *>()->isReading() ||
           findChild<ReviewPage *>()->isReading() || findChild<SupportModelsPage *>()->isReading();
}

qint64 MainWindow::currentEngagementId() const
{
    return m_list->currentEngagementId();
}

QStringList MainWindow::pageNames()
{
    return {QStringLiteral("overview"),   QStringLiteral("support-model"), QStringLiteral("models"),
            QStringLiteral("allocation"), QStringLiteral("burndown"),      QStringLiteral("portfolio"),
            QStringLiteral("sla"),        QStringLiteral("review")};
}

bool MainWindow::showPage(const QString &name)
{
    const int index = pageNames().indexOf(name);
    if (index < 0)
        return false;
    m_pages->setCurrentIndex(index);
    return true;
}

bool MainWindow::selectEngagementByKey(const QString &key)
{
    const int row = m_portfolio->engagements()->rowOfKey(key);
    if (row < 0)
        return false;
    m_list->selectEngagement(m_portfolio->engagements()->engagementAt(row).id);
    return true;
}

bool MainWindow::openDatabase(const QString &path)
{
    // A file of an older version is upgraded first, behind a progress dialog: the open below then
    // finds it up to date. A cancelled or failed upgrade leaves the open database as it was.
    QString upgraded;
    switch (DatabaseUpgradeRunner::run(this, path, &upgraded)) {
    case DatabaseUpgradeRunner::Outcome::Cancelled:
        m_messageBar->showMessage(upgraded, MessageBar::Type::Information);
        return false;
    case DatabaseUpgradeRunner::Outcome::Failed:
        m_messageBar->showMessage(upgraded, MessageBar::Type::Error);
        return false;
    case DatabaseUpgradeRunner::Outcome::NotNeeded:
    case DatabaseUpgradeRunner::Outcome::Upgraded:
        break;
    }
    const Storage::StorageError error = m_portfolio->open(path);
    if (Models::Portfolio::asksForPassword(error))
        return connectToTeamDatabase(path, Models::StorageText::message(error));
    if (error)
        return false;
    rememberOpened();
    if (!upgraded.isEmpty())
        m_messageBar->showMessage(upgraded, MessageBar::Type::Information);
    return true;
}

bool MainWindow::connectToTeamDatabase(const QString &address, const QString &passwordMessage)
{
    ConnectDialog dialog(m_portfolio, this);
    if (!address.isEmpty())
        dialog.setAddress(address);
    if (!passwordMessage.isEmpty())
        dialog.askForPassword(passwordMessage);
    const bool opened = dialog.exec() == QDialog::Accepted;
    // The dialog showed why an attempt failed; the bar need not say it again behind it.
    m_messageBar->dismiss();
    if (opened)
        rememberOpened();
    return opened;
}

void MainWindow::rememberOpened()
{
    // The address as Storage shows it: never with a password.
    Preferences preferences;
    preferences.addRecentFile(m_portfolio->path());
    preferences.setLastDatabase(m_portfolio->path());
    m_messageBar->dismiss();
    retranslate();
}

void MainWindow::showEngagement(qint64 id)
{
    m_overview->showEngagement(id);
    m_supportModel->showEngagement(id);
    findChild<SupportModelsPage *>()->showEngagement(id);
    findChild<BurnDownPage *>()->showEngagement(id);
    findChild<SlaPage *>()->showEngagement(id);
    findChild<ReviewPage *>()->showEngagement(id);
    updateActions();
}

bool MainWindow::isEditingACell() const
{
    // An item view's editor is a child of the view (of its viewport): the focus is inside a view
    // but not on the view itself.
    QWidget *focus = QApplication::focusWidget();
    for (QWidget *widget = focus; widget && widget != this; widget = widget->parentWidget()) {
        if (qobject_cast<QAbstractItemView *>(widget))
            return widget != focus;
    }
    return false;
}

void MainWindow::refreshFromDatabase()
{
    if (!m_portfolio->isOpen())
        return;
    if (isEditingACell()) {
        m_refreshTimer->start(); // the user's cell first; the refresh after it
        return;
    }
    const qint64 id = currentEngagementId();
    // Every table and list stays where the user was in it (scrolled, on the same row): a
    // colleague's save must not throw them back to the top. Pages that read on a worker thread
    // (SLA, Portfolio) keep theirs when the read arrives.
    const ViewStateKeeper keeper(this);
    {
        // The list's reset selects its first row: the pages show the engagement once, below.
        const QSignalBlocker blocker(m_list);
        if (m_portfolio->refresh())
            return; // said in the message bar
        m_list->selectEngagement(id);
    }
    showEngagement(currentEngagementId());
    // The pages of every engagement: what colleagues allocated and budgeted too (the portfolio
    // reads on a worker thread when it is shown, and keeps its place then).
    findChild<AllocationPage *>()->reload();
    findChild<PortfolioPage *>()->refresh();
}

void MainWindow::openDatabaseDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_portfolio->path()).absolutePath(),
                                     tr("Delivery Desk databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::newDatabase()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("New database"), QFileInfo(m_portfolio->path()).absolutePath(),
                                     tr("Delivery Desk databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        // Never overwrite: a user who picked an existing file most likely wanted to open it.
        m_messageBar->showMessage(
            tr("%1 already exists and was left as it is; use File › Open database to open it.")
                .arg(QDir::toNativeSeparators(path)),
            MessageBar::Type::Warning);
        return;
    }
    if (!m_portfolio->open(path, Storage::Database::Access::ReadWrite,
                           Storage::Database::Creation::CreateIfMissing)) {
        Preferences().addRecentFile(m_portfolio->path());
        Preferences().setLastDatabase(m_portfolio->path());
    }
}

void MainWindow::newEngagement()
{
    EngagementDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        addEngagement(dialog.engagement());
}

void MainWindow::addEngagement(const Domain::Engagement &engagement)
{
    Storage::StorageError failed;
    m_undoStack->push(new AddEngagementCommand(m_portfolio, engagement, &failed));
    if (failed.kind == Storage::StorageError::Kind::Busy)
        offerSaveAgain(failed, [this, engagement] { addEngagement(engagement); });
    else if (!failed)
        selectEngagementByKey(engagement.key);
}

void MainWindow::saveEngagement(const Domain::Engagement &before, const Domain::Engagement &after)
{
    Storage::StorageError failed;
    m_undoStack->push(new EditEngagementCommand(m_portfolio, before, after, &failed));
    if (failed.kind == Storage::StorageError::Kind::Busy)
        offerSaveAgain(failed, [this, before, after] { saveEngagement(before, after); });
}

void MainWindow::offerSaveAgain(const Storage::StorageError &error, const std::function<void()> &again)
{
    // The Portfolio's error message again (errorOccurred showed it), now with the button that
    // keeps what the dialog held: nothing typed is lost.
    m_messageBar->showMessage(Models::StorageText::message(error), MessageBar::Type::Error, tr("Save again"),
                              again);
}

void MainWindow::editEngagement()
{
    const Domain::Engagement before = m_portfolio->engagement(currentEngagementId());
    if (before.id == 0 || m_portfolio->isReadOnly())
        return;
    EngagementDialog dialog(this);
    dialog.setEngagement(before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Domain::Engagement after = dialog.engagement();
    if (after != before)
        saveEngagement(before, after);
}

void MainWindow::editBudget()
{
    const Domain::Engagement engagement = m_portfolio->engagement(currentEngagementId());
    if (engagement.id == 0 || m_portfolio->isReadOnly())
        return;
    Domain::BudgetPolicy before;
    Domain::ChangeStamp read;
    QMap<QDate, Domain::ChangeStamp> months;
    if (m_portfolio->budget(engagement.id, &before, &read, &months))
        return; // errorOccurred() said why
    BudgetDialog dialog(this);
    dialog.setBudget(engagement, before, read, months);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Domain::BudgetPolicy after = dialog.budget();
    if (after != before)
        saveBudget(engagement, before, after, read);
}

void MainWindow::saveBudget(const Domain::Engagement &engagement, const Domain::BudgetPolicy &before,
                            const Domain::BudgetPolicy &after, const Domain::ChangeStamp &read)
{
    Storage::StorageError failed;
    m_undoStack->push(new EditBudgetCommand(m_portfolio, engagement, before, after, read, &failed));
    if (failed.kind == Storage::StorageError::Kind::Busy)
        offerSaveAgain(
            failed, [this, engagement, before, after, read] { saveBudget(engagement, before, after, read); });
}

void MainWindow::deleteEngagement()
{
    const Domain::Engagement e = m_portfolio->engagement(currentEngagementId());
    if (e.id == 0)
        return;
    const auto answer =
        QMessageBox::question(this, tr("Delete engagement"),
                              tr("Delete %1 (%2) with all its tickets, worklogs, budgets and allocations?\n\n"
                                 "You can undo this until the database is closed.")
                                  .arg(e.key, e.client),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_undoStack->push(new RemoveEngagementCommand(m_portfolio, e));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Preferences preferences;
    preferences.setWindowGeometry(saveGeometry());
    preferences.setWindowState(saveState());
    preferences.setSplitterState(m_splitter->saveState());
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // Others' changes are looked for while the window is in front, not while it idles behind others.
    if (event->type() == QEvent::ActivationChange)
        m_portfolio->setWatching(isActiveWindow());
    QMainWindow::changeEvent(event);
}

} // namespace Gui
