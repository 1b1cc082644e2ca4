#pragma once

#include "models/domain/capacity/allocationwarning.h"
#include "models/domain/capacity/person.h"
#include "ui/allocationcommands.h"

#include <QDate>
#include <QVector>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLayout;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;
class QUndoStack;

namespace Models {
class AllocationGridModel;
class AllocationHeatmapModel;
class PlannedVsActualModel;
class Portfolio;
} // namespace Models

namespace Storage {
struct StorageError;
}

namespace Gui {

class HeatmapView;
class MessageBar;
class MonthNavigator;

/// Who works on what in the next six months: the editable allocation grid (undo, copy from the
/// previous month, fill right), the load heatmap, the plan's warnings and planned vs logged hours
/// of past months. Every change is saved at once (all cells of a change in one transaction).
class AllocationPage : public QWidget, public AllocationTarget
{
    Q_OBJECT

public:
    AllocationPage(Models::Portfolio *portfolio, QUndoStack *undoStack, MessageBar *messageBar,
                   QWidget *parent = nullptr);
    ~AllocationPage() override;

    /// Reloads people, engagements and allocations for the six months from `firstMonth`.
    void showMonths(const QDate &firstMonth);
    QDate firstMonth() const { return m_firstMonth; }
    /// The month planned vs actual counts back from (exclusive); the current month unless set.
    void setToday(const QDate &today);

    Models::AllocationGridModel *grid() const { return m_grid; }
    Models::AllocationHeatmapModel *heatmap() const { return m_heatmap; }
    Models::PlannedVsActualModel *plannedVsActual() const { return m_plannedVsActual; }
    QTableView *gridView() const { return m_gridView; }
    QTreeWidget *warningList() const { return m_warnings; }

    bool applyAllocations(const QVector<Domain::Allocation> &changes) override;

public slots:
    void reload();
    /// Copies the month before the current cell's month (or the first month) into that month.
    void copyFromPreviousMonth();
    /// Repeats the current cell in the months to its right.
    void fillRight();
    void addPerson();
    void editPerson();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The grid's minimum width is its columns' (the window gives it that before the list beside it).
    void fitGridWidth();
    void createWidgets();
    QLayout *createMonthBar();
    QLayout *createTitleRow();
    /// Shows the team's time zone (set, or the default of the engagements) in its field.
    void showTeamZone();
    void updateZoneToolTip();
    void setTeamZone(const QByteArray &zone);
    QWidget *createLowerTabs();
    void retranslate();
    void updateActions();
    void refreshWarnings();
    void loadPlannedVsActual();
    bool change(ChangeAllocationsCommand::Kind kind, const QVector<Domain::Allocation> &after);
    /// applyAllocations(); when another program kept the database busy, the message offers
    /// `again` (a new edit: nothing of it was written, and nothing typed is lost).
    bool save(const QVector<Domain::Allocation> &changes, const std::function<void(AllocationPage *)> &again);
    /// A failed save's error on the message bar; when another program kept the database busy,
    /// with Save again, which calls `again` on this page if it is still there.
    void showSaveError(const Storage::StorageError &error,
                       const std::function<void(AllocationPage *)> &again);
    void showRefusal(const QVector<Domain::AllocationWarning> &problems);
    bool savePerson(const Domain::Person &person);
    bool writable() const;

    Models::Portfolio *m_portfolio;
    QUndoStack *m_undoStack;
    MessageBar *m_messageBar;
    QDate m_firstMonth;
    QDate m_today;
    Models::AllocationGridModel *m_grid;
    Models::AllocationHeatmapModel *m_heatmap;
    Models::PlannedVsActualModel *m_plannedVsActual;
    QLabel *m_title = nullptr;
    QLabel *m_zoneLabel = nullptr;
    QComboBox *m_zone = nullptr;
    bool m_zoneIsSet = false;
    Domain::ChangeStamp m_zoneStamp; ///< of the team's zone setting: the version a change names
    MonthNavigator *m_months = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_fill = nullptr;
    QPushButton *m_addPerson = nullptr;
    QPushButton *m_editPerson = nullptr;
    QTableView *m_gridView = nullptr;
    QTabWidget *m_tabs = nullptr;
    HeatmapView *m_heatmapView = nullptr;
    QTreeWidget *m_warnings = nullptr;
    QTableView *m_pastView = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace Gui
