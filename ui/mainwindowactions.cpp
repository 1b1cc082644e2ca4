// Gui::MainWindow, its actions, menus and toolbar, the handlers of the SLA recompute, the
// business calendar and the SLA policy, and the texts they show in the current language (the title, the undo
// steps, the read-only banner). The rest of the window is in mainwindow.cpp.
#include "ui/mainwindow.h"

#include "models/calendarloader.h"
#include "models/portfolio.h"
#include "models/slapolicyloader.h"
#include "models/storagetext.h"
#include "ui/allocationpage.h"
#include "ui/burndownpage.h"
#include "ui/calendardialog.h"
#include "ui/languagemanager.h"
#include "ui/messagebar.h"
#include "ui/overviewpage.h"
#include "ui/portfoliopage.h"
#include "ui/preferences.h"
#include "ui/reviewpage.h"
#include "ui/slapage.h"
#include "ui/slapolicydialog.h"
#include "ui/slarecomputerunner.h"
#include "ui/supportmodelpage.h"
#include "ui/supportmodelspage.h"
#include "ui/translatablecommand.h"

#include <QActionGroup>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

namespace Gui {

void MainWindow::createActions()
{
    m_newDatabaseAction = new QAction(this);
    m_newDatabaseAction->setShortcut(QKeySequence::New);
    connect(m_newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabase);
    m_openDatabaseAction = new QAction(this);
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    m_connectAction = new QAction(this);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    connect(m_connectAction, &QAction::triggered, this, [this] { connectToTeamDatabase(); });
    m_importAction = new QAction(this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, [this] { importFile(); });
    m_exportAction = new QAction(this);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportData);
    setAcceptDrops(true);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    // Our own actions rather than QUndoStack::createUndoAction(): Qt's keep the "Undo %1" of the
    // language they were created in, so the prefix stayed English in the Swedish window.
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoActions);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoActions);
    m_newEngagementAction = new QAction(this);
    m_newEngagementAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newEngagementAction, &QAction::triggered, this, &MainWindow::newEngagement);
    m_editEngagementAction = new QAction(this);
    m_editEngagementAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editEngagementAction, &QAction::triggered, this, &MainWindow::editEngagement);
    m_editBudgetAction = new QAction(this);
    m_editBudgetAction->setObjectName(QStringLiteral("editBudgetAction"));
    m_editBudgetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_editBudgetAction, &QAction::triggered, this, &MainWindow::editBudget);
    m_recomputeSlaAction = new QAction(this);
    m_recomputeSlaAction->setObjectName(QStringLiteral("recomputeSlaAction"));
    connect(m_recomputeSlaAction, &QAction::triggered, this, &MainWindow::recomputeSla);
    m_calendarAction = new QAction(this);
    m_calendarAction->setObjectName(QStringLiteral("calendarAction"));
    connect(m_calendarAction, &QAction::triggered, this, &MainWindow::editCalendar);
    m_slaPolicyAction = new QAction(this);
    m_slaPolicyAction->setObjectName(QStringLiteral("slaPolicyAction"));
    connect(m_slaPolicyAction, &QAction::triggered, this, &MainWindow::editSlaPolicy);
    m_deleteEngagementAction = new QAction(this);
    m_deleteEngagementAction->setShortcut(QKeySequence::Delete);
    connect(m_deleteEngagementAction, &QAction::triggered, this, &MainWindow::deleteEngagement);
    m_languageGroup = new QActionGroup(this);
    m_englishAction = new QAction(QStringLiteral("English"), m_languageGroup);
    m_swedishAction = new QAction(QStringLiteral("Svenska"), m_languageGroup);
    for (QAction *action : {m_englishAction, m_swedishAction})
        action->setCheckable(true);
    m_englishAction->setChecked(m_languages->language() != QLatin1String("sv"));
    m_swedishAction->setChecked(m_languages->language() == QLatin1String("sv"));
    connect(m_englishAction, &QAction::triggered, this,
            [this] { m_languages->setLanguage(QStringLiteral("en")); });
    connect(m_swedishAction, &QAction::triggered, this,
            [this] { m_languages->setLanguage(QStringLiteral("sv")); });
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Delivery Desk"),
            tr("<h3>Delivery Desk %1</h3><p>Burn-down, SLA compliance, resource allocation and "
               "governance reviews for maintenance and support engagements.</p>")
                .arg(QStringLiteral(DD_VERSION_STRING)));
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newDatabaseAction);
    m_fileMenu->addAction(m_openDatabaseAction);
    m_fileMenu->addAction(m_connectAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_newEngagementAction);
    m_editMenu->addAction(m_editEngagementAction);
    m_editMenu->addAction(m_editBudgetAction);
    m_editMenu->addAction(m_calendarAction);
    m_editMenu->addAction(m_slaPolicyAction);
    m_editMenu->addAction(m_recomputeSlaAction);
    m_editMenu->addAction(m_deleteEngagementAction);
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addAction(m_englishAction);
    m_languageMenu->addAction(m_swedishAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    QToolBar *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_newEngagementAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_editEngagementAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_deleteEngagementAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_redoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    toolbar->addAction(m_newEngagementAction);
    toolbar->addAction(m_editEngagementAction);
    toolbar->addAction(m_deleteEngagementAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentFilesMenu);
}

void MainWindow::recomputeSla()
{
    const qint64 id = currentEngagementId();
    if (id == 0 || m_portfolio->isReadOnly() || m_slaRecompute->isRunning())
        return;
    m_slaRecompute->start(id);
    updateActions();
}

void MainWindow::editCalendar()
{
    const Domain::Engagement engagement = m_portfolio->engagement(currentEngagementId());
    if (engagement.id == 0)
        return;
    Models::CalendarView read;
    if (const Storage::StorageError error = m_portfolio->calendar(engagement.id, &read)) {
        m_messageBar->showMessage(Models::StorageText::message(error), MessageBar::Type::Error);
        return;
    }
    CalendarDialog dialog(this);
    dialog.setUsersOf([this](const QString &name) { return m_portfolio->calendarUsers(name); });
    dialog.setCalendar(engagement, read, QDate::currentDate().year(),
                       m_portfolio->isReadOnly() || m_slaRecompute->isRunning());
    if (dialog.exec() != QDialog::Accepted || !dialog.imported())
        return;
    saveCalendar(engagement, *dialog.imported(), read);
}

void MainWindow::saveCalendar(const Domain::Engagement &engagement, const Domain::BusinessCalendar &calendar,
                              const Models::CalendarView &read)
{
    QStringList users;
    const Storage::StorageError error = m_portfolio->saveCalendar(engagement.id, calendar, read, &users);
    if (error.kind == Storage::StorageError::Kind::Busy)
        offerSaveAgain(error,
                       [this, engagement, calendar, read] { saveCalendar(engagement, calendar, read); });
    if (error)
        return; // errorOccurred() said why
    QList<qint64> ids;
    for (const QString &key : qAsConst(users)) {
        const int row = m_portfolio->engagements()->rowOfKey(key);
        if (row >= 0)
            ids << m_portfolio->engagements()->engagementAt(row).id;
    }
    const QString saved =
        tr("%1 now counts on the calendar “%2”.").arg(engagement.key, calendar.name().trimmed());
    m_messageBar->showMessage(saved, MessageBar::Type::Information);
    // Every engagement on the calendar counts its SLA clocks on the new hours: recomputed now,
    // behind the progress dialog, whose message (after the save's, as a cancel must not read as
    // if the calendar had not been saved) replaces this one.
    m_slaRecompute->start(ids, {}, saved);
    updateActions();
}

void MainWindow::editSlaPolicy()
{
    const Domain::Engagement engagement = m_portfolio->engagement(currentEngagementId());
    if (engagement.id == 0)
        return;
    Models::SlaPolicyView read;
    if (const Storage::StorageError error = m_portfolio->slaPolicy(engagement.id, &read)) {
        m_messageBar->showMessage(Models::StorageText::message(error), MessageBar::Type::Error);
        return;
    }
    SlaPolicyDialog dialog(this);
    dialog.setPolicy(engagement, read, QDate::currentDate(),
                     m_portfolio->isReadOnly() || m_slaRecompute->isRunning());
    if (dialog.exec() != QDialog::Accepted || !dialog.isNewVersion())
        return;
    addSlaPolicyVersion(engagement, read, dialog.version());
}

void MainWindow::addSlaPolicyVersion(const Domain::Engagement &engagement, const Models::SlaPolicyView &read,
                                     const Domain::SlaPolicy &version)
{
    const QString from = version.effectiveFrom.toString(Qt::ISODate);
    const Storage::StorageError error = m_portfolio->addSlaPolicyVersion(engagement.id, read, version);
    if (error.kind == Storage::StorageError::Kind::Duplicate)
        m_messageBar->showMessage(tr("Someone else added a version of the SLA policy of %1 in force from %2 "
                                     "in the meantime, and versions are never changed, so yours was not "
                                     "saved. Open the SLA policy again to see theirs.")
                                      .arg(engagement.key, from),
                                  MessageBar::Type::Error);
    if (error.kind == Storage::StorageError::Kind::Busy)
        offerSaveAgain(error,
                       [this, engagement, read, version] { addSlaPolicyVersion(engagement, read, version); });
    if (error)
        return; // said above, or errorOccurred() said why
    const QString saved =
        tr("The SLA policy of %1 has a new version in force from %2.").arg(engagement.key, from);
    m_messageBar->showMessage(saved, MessageBar::Type::Information);
    // Tickets created from that day count on the new targets: recomputed now, behind the progress
    // dialog, whose message (after the save's, as a cancel must not read as if the version had not
    // been added) replaces this one.
    m_slaRecompute->start({engagement.id}, {}, saved);
    updateActions();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newDatabaseAction->setText(tr("&New database…"));
    m_openDatabaseAction->setText(tr("&Open database…"));
    m_connectAction->setText(tr("Connect to a &team database…"));
    m_quitAction->setText(tr("&Quit"));
    retranslateUndoStack();
    m_newEngagementAction->setText(tr("&New engagement…"));
    m_editEngagementAction->setText(tr("&Edit engagement…"));
    m_editBudgetAction->setText(tr("Edit &budget…"));
    m_calendarAction->setText(tr("Business ca&lendar…"));
    m_slaPolicyAction->setText(tr("SLA &policy…"));
    m_recomputeSlaAction->setText(tr("Re&compute SLA results"));
    m_recomputeSlaAction->setToolTip(
        tr("Evaluates every ticket of the engagement again on its calendar and SLA policy, as of now"));
    m_deleteEngagementAction->setText(tr("&Delete engagement"));
    m_aboutAction->setText(tr("&About Delivery Desk"));
    m_pages->setTabText(m_pages->indexOf(m_overview), tr("Overview"));
    m_pages->setTabText(m_pages->indexOf(m_supportModel), tr("Support model"));
    m_pages->setTabText(m_pages->indexOf(findChild<SupportModelsPage *>()), tr("Models"));
    m_pages->setTabText(m_pages->indexOf(findChild<BurnDownPage *>()), tr("Burn-down"));
    m_pages->setTabText(m_pages->indexOf(findChild<PortfolioPage *>()), tr("Portfolio"));
    m_pages->setTabText(m_pages->indexOf(findChild<AllocationPage *>()), tr("Allocation"));
    m_pages->setTabText(m_pages->indexOf(findChild<SlaPage *>()), tr("SLA"));
    m_pages->setTabText(m_pages->indexOf(findChild<ReviewPage *>()), tr("Review"));
    findChild<QToolBar *>(QStringLiteral("mainToolbar"))->setWindowTitle(tr("Engagements"));
    m_importAction->setText(tr("&Import…"));
    m_exportAction->setText(tr("E&xport…"));
    m_readOnlyBanner->setText(readOnlyBannerText());
    updateTitle();
}

void MainWindow::retranslateUndoStack()
{
    // Every step says itself again in the new language, then the actions show the new texts.
    for (int i = 0; i < m_undoStack->count(); ++i) {
        // The stack hands out const commands, but they are ours and only their text changes.
        if (auto *command =
                dynamic_cast<TranslatableCommand *>(const_cast<QUndoCommand *>(m_undoStack->command(i))))
            command->retranslate();
    }
    updateUndoActions();
}

void MainWindow::updateUndoActions()
{
    m_undoAction->setText(m_undoStack->canUndo() ? tr("Undo %1").arg(m_undoStack->undoText()) : tr("&Undo"));
    m_redoAction->setText(m_undoStack->canRedo() ? tr("Redo %1").arg(m_undoStack->redoText()) : tr("&Redo"));
}

void MainWindow::updateTitle()
{
    const QString name = m_portfolio->isOpen() ? m_portfolio->displayName() : tr("No database");
    setWindowTitle(tr("%1 – Delivery Desk").arg(name));
    statusBar()->showMessage(m_portfolio->isOpen() ? QDir::toNativeSeparators(m_portfolio->path())
                                                   : QString());
}

void MainWindow::updateActions()
{
    const bool open = m_portfolio->isOpen();
    const bool writable = open && !m_portfolio->isReadOnly();
    const bool selected = currentEngagementId() != 0;
    m_newEngagementAction->setEnabled(writable);
    m_editEngagementAction->setEnabled(writable && selected);
    m_editBudgetAction->setEnabled(writable && selected);
    m_calendarAction->setEnabled(open && selected);
    m_slaPolicyAction->setEnabled(open && selected);
    m_recomputeSlaAction->setEnabled(writable && selected && !m_slaRecompute->isRunning());
    m_deleteEngagementAction->setEnabled(writable && selected);
    m_readOnlyBanner->setVisible(open && m_portfolio->isReadOnly());
    m_importAction->setEnabled(writable && m_portfolio->engagements()->rowCount() > 0);
    m_exportAction->setEnabled(open);
}

QString MainWindow::readOnlyBannerText() const
{
    const Storage::BundleInfo &bundle = m_portfolio->bundleInfo();
    if (!bundle.isBundle())
        return tr("Read-only copy: %1. Changes cannot be saved in it.")
            .arg(QDir::toNativeSeparators(m_portfolio->path()));
    const QString taken = bundle.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString source = QDir::toNativeSeparators(bundle.source);
    if (bundle.isPortfolio())
        return tr("Read-only copy of the portfolio in %1, taken %2. Changes cannot be saved in it.")
            .arg(source, taken);
    const int row = m_portfolio->engagements()->rowOfKey(bundle.scope);
    const QString client = row >= 0 ? m_portfolio->engagements()->engagementAt(row).client : bundle.scope;
    return tr("Read-only copy of %1 (%2), taken %3 from %4. Changes cannot be saved in it.")
        .arg(client, bundle.scope, taken, source);
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = Preferences().recentFiles();
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { openDatabase(file); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
}

} // namespace Gui
