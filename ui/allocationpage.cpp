#include "ui/allocationpage.h"

#include "models/allocationgridmodel.h"
#include "models/allocationheatmapmodel.h"
#include "models/allocationplanloader.h"
#include "models/capacitytext.h"
#include "models/changetext.h"
#include "models/domain/capacity/workingdays.h"
#include "models/plannedvsactualmodel.h"
#include "models/portfolio.h"
#include "models/storagetext.h"
#include "models/teamtimezone.h"
#include "ui/allocationdelegate.h"
#include "ui/heatmapview.h"
#include "ui/messagebar.h"
#include "ui/monthnavigator.h"
#include "ui/peopledialog.h"
#include "ui/viewstatekeeper.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Gui {

using Domain::Allocation;
using Domain::WorkingDays;
using Models::AllocationGridModel;

namespace {
constexpr int PastMonths = 6;
/// A warning's identity in the list: what it is about, not its translated text nor its hours (an
/// edit changes those), so that a refresh and a change of language find it again.
constexpr int WarningKeyRole = Qt::UserRole + 1;

QString warningKey(const Domain::AllocationWarning &warning)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(int(warning.kind))
        .arg(warning.person, warning.engagement, warning.month.toString(Qt::ISODate),
             warning.role ? Domain::roleId(*warning.role) : QString());
}
} // namespace

AllocationPage::AllocationPage(Models::Portfolio *portfolio, QUndoStack *undoStack, MessageBar *messageBar,
                               QWidget *parent)
    : QWidget(parent), m_portfolio(portfolio), m_undoStack(undoStack), m_messageBar(messageBar),
      m_firstMonth(WorkingDays::monthStart(QDate::currentDate())), m_today(QDate::currentDate()),
      m_grid(new AllocationGridModel(this)), m_heatmap(new Models::AllocationHeatmapModel(this)),
      m_plannedVsActual(new Models::PlannedVsActualModel(this))
{
    setObjectName(QStringLiteral("allocationPage"));
    m_heatmap->setSourceModel(m_grid);
    createWidgets();
    m_grid->setChangeHandler([this](const QVector<Allocation> &, const QVector<Allocation> &after) {
        return change(ChangeAllocationsCommand::Kind::CellEdit, after);
    });
    connect(m_grid, &AllocationGridModel::editRefused, this, &AllocationPage::showRefusal);
    connect(m_portfolio, &Models::Portfolio::opened, this, &AllocationPage::reload);
    connect(m_portfolio, &Models::Portfolio::closed, this, &AllocationPage::reload);
    connect(m_portfolio, &Models::Portfolio::engagementChanged, this, &AllocationPage::reload);
    retranslate();
    reload();
}

AllocationPage::~AllocationPage() = default;

QLayout *AllocationPage::createMonthBar()
{
    m_title = new QLabel;
    m_title->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: 600;"));
    m_months = new MonthNavigator;
    m_months->setSpan(AllocationGridModel::MonthCount);
    m_months->setMonth(m_firstMonth);
    m_months->setToday([this] { return m_today; });
    m_copy = new QPushButton;
    m_copy->setObjectName(QStringLiteral("copyMonthButton"));
    m_fill = new QPushButton;
    m_fill->setObjectName(QStringLiteral("fillRightButton"));
    m_addPerson = new QPushButton;
    m_editPerson = new QPushButton;
    connect(m_months, &MonthNavigator::monthChanged, this, &AllocationPage::showMonths);
    connect(m_copy, &QPushButton::clicked, this, &AllocationPage::copyFromPreviousMonth);
    connect(m_fill, &QPushButton::clicked, this, &AllocationPage::fillRight);
    connect(m_addPerson, &QPushButton::clicked, this, &AllocationPage::addPerson);
    connect(m_editPerson, &QPushButton::clicked, this, &AllocationPage::editPerson);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_months);
    bar->addStretch();
    for (QPushButton *button : {m_copy, m_fill, m_addPerson, m_editPerson})
        bar->addWidget(button);

    return bar;
}

QLayout *AllocationPage::createTitleRow()
{
    m_zoneLabel = new QLabel;
    m_zone = new QComboBox;
    m_zone->setObjectName(QStringLiteral("teamTimeZone"));
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &zone : zones)
        m_zone->addItem(QString::fromUtf8(zone), zone);
    m_zoneLabel->setBuddy(m_zone);
    connect(m_zone, &QComboBox::activated, this,
            [this](int index) { setTeamZone(m_zone->itemData(index).toByteArray()); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_title);
    row->addStretch();
    row->addWidget(m_zoneLabel);
    row->addWidget(m_zone);
    return row;
}

void AllocationPage::showTeamZone()
{
    Models::TeamTimeZone::Value team;
    if (m_portfolio->isOpen()) {
        if (const Storage::StorageError error = Models::TeamTimeZone(*m_portfolio->database()).read(&team))
            m_messageBar->showMessage(Models::StorageText::message(error), MessageBar::Type::Error);
    }
    int index = m_zone->findData(team.zone);
    if (index < 0 && !team.zone.isEmpty()) {
        m_zone->addItem(QString::fromUtf8(team.zone), team.zone);
        index = m_zone->count() - 1;
    }
    m_zone->setCurrentIndex(index);
    m_zoneIsSet = team.isSet;
    m_zoneStamp = team.stamp;
    updateZoneToolTip();
    m_zone->setEnabled(writable());
}

void AllocationPage::updateZoneToolTip()
{
    m_zone->setToolTip(Models::ChangeText::appended(
        m_zoneIsSet ? tr("People's working days and public holidays are those of this zone.")
                    : tr("People's working days and public holidays are those of this zone: the "
                         "engagements' most common zone, as the portfolio sets none."),
        m_zoneStamp));
}

void AllocationPage::setTeamZone(const QByteArray &zone)
{
    if (!writable())
        return;
    if (const Storage::StorageError error =
            Models::TeamTimeZone(*m_portfolio->database()).set(zone, &m_zoneStamp)) {
        showSaveError(error, [zone](AllocationPage *page) { page->setTeamZone(zone); });
        // Someone else set the zone since it was read: show theirs, and the capacity it gives.
        if (error.kind == Storage::StorageError::Kind::Conflict)
            reload();
        else
            showTeamZone();
        return;
    }
    // Working days and public holidays follow the team's zone: capacity, load and warnings change.
    reload();
}

QWidget *AllocationPage::createLowerTabs()
{
    m_heatmapView = new HeatmapView;
    m_heatmapView->setModel(m_heatmap);
    m_warnings = new QTreeWidget;
    m_warnings->setObjectName(QStringLiteral("allocationWarnings"));
    ViewState::setRowKey(m_heatmapView->table(), {Models::AllocationHeatmapModel::PersonRole});
    ViewState::setColumnKey(m_heatmapView->table(), Models::AllocationHeatmapModel::MonthRole);
    ViewState::setRowKey(m_warnings, {WarningKeyRole});
    m_warnings->setColumnCount(2);
    m_warnings->setRootIsDecorated(false);
    m_warnings->setWordWrap(true);
    m_warnings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *pastProxy = new QSortFilterProxyModel(this);
    pastProxy->setSourceModel(m_plannedVsActual);
    pastProxy->setSortRole(Models::PlannedVsActualModel::SortRole);
    m_pastView = new QTableView;
    m_pastView->setObjectName(QStringLiteral("plannedVsActual"));
    m_pastView->setModel(pastProxy);
    ViewState::setRowKey(m_pastView, {Models::PlannedVsActualModel::KeyRole});
    ViewState::setColumnKey(m_pastView, Models::PlannedVsActualModel::KeyRole);
    m_pastView->setSortingEnabled(true);
    m_pastView->sortByColumn(Models::PlannedVsActualModel::MonthColumn, Qt::AscendingOrder);
    m_pastView->verticalHeader()->setVisible(false);
    m_pastView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pastView->horizontalHeader()->setStretchLastSection(true);
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_heatmapView, QString());
    m_tabs->addTab(m_warnings, QString());
    m_tabs->addTab(m_pastView, QString());

    return m_tabs;
}

void AllocationPage::createWidgets()
{
    QLayout *bar = createMonthBar();
    m_gridView = new QTableView;
    m_gridView->setObjectName(QStringLiteral("allocationGrid"));
    m_gridView->setModel(m_grid);
    ViewState::setRowKey(m_gridView, {Models::AllocationGridModel::PersonRole,
                                      Models::AllocationGridModel::EngagementRole,
                                      Models::AllocationGridModel::RowKindRole});
    ViewState::setColumnKey(m_gridView, Models::AllocationGridModel::MonthRole);
    m_gridView->setItemDelegate(new AllocationDelegate(m_gridView));
    m_gridView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::AnyKeyPressed);
    m_gridView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gridView->verticalHeader()->setVisible(false);
    m_gridView->verticalHeader()->setDefaultSectionSize(m_gridView->fontMetrics().height() + 8);
    m_gridView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gridView->horizontalHeader()->setStretchLastSection(true);
    connect(m_gridView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AllocationPage::updateActions);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_gridView);
    splitter->addWidget(createLowerTabs());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_empty = new QLabel;
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(createTitleRow());
    layout->addLayout(bar);
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);
}

void AllocationPage::retranslate()
{
    m_title->setText(tr("Allocation"));
    m_zoneLabel->setText(tr("Team &time zone:"));
    m_zone->setAccessibleName(tr("Team time zone"));
    updateZoneToolTip();
    m_gridView->setAccessibleName(tr("Allocation grid"));
    m_gridView->setAccessibleDescription(
        tr("Planned hours per person and engagement, one column per month; type a "
           "number or press F2 to edit a cell, Ctrl+Z undoes"));
    m_warnings->setAccessibleName(tr("Allocation warnings"));
    m_pastView->setAccessibleName(tr("Planned vs actual hours of past months"));
    m_copy->setText(tr("&Copy from previous month"));
    m_copy->setToolTip(tr("Copies the month before the selected month into it, leaving planned cells, "
                          "leavers and ended engagements alone"));
    m_fill->setText(tr("&Fill right"));
    m_fill->setToolTip(tr("Repeats the selected cell in the months to its right"));
    m_addPerson->setText(tr("&Add person…"));
    m_editPerson->setText(tr("Edit &person…"));
    m_warnings->setHeaderLabels({tr("Month"), tr("Warning")});
    m_tabs->setTabText(0, tr("Heatmap"));
    m_tabs->setTabText(2, tr("Planned vs actual (past months)"));
    m_empty->setText(tr("No people yet. Add people with their contracts and absences, then plan their hours "
                        "per engagement and month here."));
    refreshWarnings();
}

bool AllocationPage::writable() const
{
    return m_portfolio->isOpen() && !m_portfolio->isReadOnly();
}

void AllocationPage::setToday(const QDate &today)
{
    m_today = today;
    loadPlannedVsActual();
}

void AllocationPage::showMonths(const QDate &firstMonth)
{
    m_firstMonth = WorkingDays::monthStart(firstMonth);
    const QSignalBlocker quiet(m_months);
    m_months->setMonth(m_firstMonth);
    reload();
}

void AllocationPage::reload()
{
    // Read again (others changed the database, an engagement was edited, other months): the grid
    // and the lists stay on the same person, engagement and month where the user was.
    const ViewStateKeeper keeper(this);
    Domain::AllocationPlan plan;
    if (m_portfolio->isOpen()) {
        // The plan as `deliverydesk allocation` reads it. The month before the window is loaded
        // too: "copy from previous month" reads it.
        const Storage::StorageError error =
            Models::AllocationPlanLoader(*m_portfolio->database())
                .load(m_portfolio->engagements()->engagements(), m_firstMonth.addMonths(-1),
                      m_firstMonth.addMonths(AllocationGridModel::MonthCount - 1), &plan);
        if (!error.isNull())
            m_messageBar->showMessage(Models::StorageText::message(error), MessageBar::Type::Error);
    }
    m_grid->setPlan(plan, m_firstMonth);
    showTeamZone();
    m_empty->setVisible(m_portfolio->isOpen() && plan.people().isEmpty());
    m_gridView->resizeColumnsToContents();
    fitGridWidth();
    retranslate();
    loadPlannedVsActual();
    updateActions();
}

void AllocationPage::fitGridWidth()
{
    // The grid asks for the width of its columns, so the window gives it that before the list
    // beside it (a 150 % font at 1400 px left it a pixel short: it scrolled sideways).
    const QAbstractItemView *view = m_gridView; // sizeHintForColumn is public there
    int width = 2 * m_gridView->frameWidth() + m_gridView->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < m_grid->columnCount(); ++c)
        width += qMax(view->sizeHintForColumn(c), m_gridView->horizontalHeader()->sectionSizeHint(c));
    m_gridView->setMinimumWidth(width);
}

void AllocationPage::loadPlannedVsActual()
{
    if (!m_portfolio->isOpen()) {
        m_plannedVsActual->setRows({});
        return;
    }
    const QDate last = WorkingDays::monthStart(WorkingDays::monthStart(m_today).addDays(-1));
    const QDate first = last.addMonths(-(PastMonths - 1));
    QVector<Domain::PlannedVsActual> rows;
    const Storage::StorageError error = Models::AllocationPlanLoader(*m_portfolio->database())
                                            .plannedVsActual(m_grid->plan(), first, last, &rows);
    if (!error.isNull()) {
        m_messageBar->showMessage(Models::StorageText::message(error), MessageBar::Type::Error);
        return;
    }
    m_plannedVsActual->setRows(rows);
}

void AllocationPage::refreshWarnings()
{
    // Warnings are listed again after every edit and in another language: on the same one.
    const ViewStateKeeper keeper(m_warnings);
    m_warnings->clear();
    int count = 0;
    for (int m = 0; m < AllocationGridModel::MonthCount && m_firstMonth.isValid(); ++m) {
        const QDate month = m_firstMonth.addMonths(m);
        const QVector<Domain::AllocationWarning> found = m_grid->plan().check(month);
        for (const Domain::AllocationWarning &warning : found) {
            auto *item = new QTreeWidgetItem(m_warnings, {Models::CapacityText::month(month),
                                                          Models::CapacityText::allocationWarning(warning)});
            item->setToolTip(1, item->text(1));
            item->setData(0, Qt::UserRole, QVariant::fromValue(warning));
            item->setData(0, WarningKeyRole, warningKey(warning));
            ++count;
        }
    }
    m_tabs->setTabText(1, count == 0 ? tr("Warnings") : tr("Warnings (%1)").arg(count));
}

void AllocationPage::updateActions()
{
    const QModelIndex current = m_gridView->currentIndex();
    const bool cell = m_grid->allocationAt(current).has_value();
    m_copy->setEnabled(writable() && m_grid->rowCount() > 0);
    m_fill->setEnabled(writable() && cell && current.column() < AllocationGridModel::TotalColumn - 1);
    m_addPerson->setEnabled(writable());
    m_editPerson->setEnabled(writable() && current.isValid());
    m_gridView->setEditTriggers(writable()
                                    ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                          QAbstractItemView::AnyKeyPressed
                                    : QAbstractItemView::NoEditTriggers);
}

bool AllocationPage::applyAllocations(const QVector<Allocation> &changes)
{
    return save(changes, {});
}

bool AllocationPage::save(const QVector<Allocation> &changes,
                          const std::function<void(AllocationPage *)> &again)
{
    if (!writable()) {
        m_messageBar->showMessage(tr("The database is read-only: allocations cannot be changed."),
                                  MessageBar::Type::Warning);
        return false;
    }
    // Each cell is saved over the version this page last read or wrote of it, never over a
    // change someone else made since.
    QVector<Allocation> saved = m_grid->withStoredVersions(changes);
    QVector<Domain::ChangeStamp> stamps;
    const Storage::StorageError error =
        Models::AllocationPlanLoader(*m_portfolio->database()).saveAllocations(saved, &stamps);
    if (!error.isNull()) {
        if (error.kind == Storage::StorageError::Kind::Conflict)
            reload(); // show what the other user saved; the message stays
        showSaveError(error, again);
        return false;
    }
    for (int i = 0; i < saved.size(); ++i)
        saved[i].stamp = stamps.at(i);
    m_grid->applyChanges(saved);
    refreshWarnings();
    return true;
}

bool AllocationPage::change(ChangeAllocationsCommand::Kind kind, const QVector<Allocation> &after)
{
    const QVector<Domain::AllocationWarning> problems = m_grid->refusals(after);
    if (!problems.isEmpty()) {
        showRefusal(problems);
        return false;
    }
    const QVector<Allocation> before = m_grid->currentOf(after);
    // Saved before the command is pushed, so a refused save never becomes an undo step.
    if (!save(after, [kind, after](AllocationPage *page) { page->change(kind, after); }))
        return false;
    m_undoStack->push(new ChangeAllocationsCommand(this, kind, before, after,
                                                   ChangeAllocationsCommand::State::AlreadyApplied));
    return true;
}

void AllocationPage::showSaveError(const Storage::StorageError &error,
                                   const std::function<void(AllocationPage *)> &again)
{
    const QString text = Models::StorageText::message(error);
    if (error.kind != Storage::StorageError::Kind::Busy || !again) {
        m_messageBar->showMessage(text, MessageBar::Type::Error);
        return;
    }
    const QPointer<AllocationPage> page(this);
    m_messageBar->showMessage(text, MessageBar::Type::Error, tr("Save again"), [page, again] {
        if (page)
            again(page);
    });
}

void AllocationPage::showRefusal(const QVector<Domain::AllocationWarning> &problems)
{
    QStringList lines;
    for (const Domain::AllocationWarning &problem : problems)
        lines.append(Models::CapacityText::allocationWarning(problem));
    m_messageBar->showMessage(tr("Not saved: %1").arg(lines.join(QLatin1Char(' '))), MessageBar::Type::Error);
}

void AllocationPage::copyFromPreviousMonth()
{
    const QDate current = m_grid->monthOfColumn(m_gridView->currentIndex().column());
    const QDate to = current.isValid() ? current : m_firstMonth;
    const QDate from = to.addMonths(-1);
    const QVector<Allocation> copied = m_grid->plan().copyMonth(from, to);
    if (copied.isEmpty()) {
        m_messageBar->showMessage(
            tr("Nothing to copy from %1 into %2: every allocation there is already planned, "
               "or its person or engagement is not available.")
                .arg(Models::CapacityText::month(from), Models::CapacityText::month(to)),
            MessageBar::Type::Information);
        return;
    }
    change(ChangeAllocationsCommand::Kind::CopyMonth, copied);
}

void AllocationPage::fillRight()
{
    const QModelIndex current = m_gridView->currentIndex();
    const std::optional<Allocation> source = m_grid->allocationAt(current);
    if (!source)
        return;
    const int months = AllocationGridModel::TotalColumn - 1 - current.column();
    const QVector<Allocation> filled = m_grid->plan().fillRight(*source, months);
    if (filled.isEmpty()) {
        m_messageBar->showMessage(tr("Nothing to fill: %1 cannot be allocated on %2 in the following months.")
                                      .arg(source->person, source->engagementKey),
                                  MessageBar::Type::Information);
        return;
    }
    change(ChangeAllocationsCommand::Kind::FillRight, filled);
}

bool AllocationPage::savePerson(const Domain::Person &person)
{
    const Storage::StorageError error =
        Models::AllocationPlanLoader(*m_portfolio->database()).savePerson(person);
    if (!error.isNull()) {
        // The dialog is closed: on a busy database what it held is kept in the message's button.
        showSaveError(error, [person](AllocationPage *page) { page->savePerson(person); });
        // Someone else changed, added or removed the person since the plan was read: show theirs.
        if (error.kind == Storage::StorageError::Kind::Conflict)
            reload();
        return false;
    }
    reload();
    return true;
}

void AllocationPage::addPerson()
{
    PeopleDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted) {
        const Domain::Person person = dialog.person();
        if (m_grid->plan().findPerson(person.name)) {
            // Saving would silently replace that person's contract and absences.
            m_messageBar->showMessage(
                tr("%1 is already in the plan; use Edit person to change them.").arg(person.name),
                MessageBar::Type::Warning);
            continue;
        }
        savePerson(person);
        return;
    }
}

void AllocationPage::editPerson()
{
    const QString name = m_grid->data(m_gridView->currentIndex(), AllocationGridModel::PersonRole).toString();
    const Domain::Person *found = m_grid->plan().findPerson(name);
    if (!found)
        return;
    // A copy: the plan may be reloaded (another user's change) while the dialog is open.
    const Domain::Person person = *found;
    PeopleDialog dialog(this);
    dialog.setPerson(person);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Domain::Person edited = dialog.person();
    // The save names the version that was read (the dialog edits values, not versions).
    edited.stamp = person.stamp;
    if (edited != person)
        savePerson(edited);
}

void AllocationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Month names, hours and warnings follow the new language and its number format: the models'
        // text is rebuilt from the plan already loaded (no database round trip). The grid, the
        // heat map and the lists stay where the user was (by person, engagement and month).
        const ViewStateKeeper keeper(this);
        retranslate();
        m_grid->setPlan(m_grid->plan(), m_firstMonth);
        fitGridWidth();
        loadPlannedVsActual();
    }
    QWidget::changeEvent(event);
}

} // namespace Gui
