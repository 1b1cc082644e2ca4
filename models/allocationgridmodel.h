#pragma once

#include "models/domain/capacity/allocationplan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>
#include <functional>
#include <optional>

namespace Models {

/// The allocation grid: per person one row per engagement that runs in the window, then a total row
/// (allocated vs capacity); columns are the person, the engagement, six months and a six-month total.
/// Cells hold hours (Qt::EditRole, a double). Edits go through a change handler (the page wraps
/// them in undo commands and saves them) or, without one, straight into applyChanges().
class AllocationGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int MonthCount = 6;
    enum Column {
        PersonColumn,
        EngagementColumn,
        FirstMonthColumn,
        TotalColumn = FirstMonthColumn + MonthCount,
        ColumnCount
    };
    enum Role {
        MinutesRole = Qt::UserRole + 1, ///< allocated minutes (qint64); the sum on total cells
        CapacityRole,                   ///< capacity minutes on total-row month cells and totals
        LoadPercentRole,                ///< allocated / capacity in % on total-row cells (−1: no capacity)
        PersonRole,
        EngagementRole,  ///< engagement key (empty on total rows)
        MonthRole,       ///< first day of the column's month (null elsewhere); on a month's header too
        RowKindRole,     ///< RowKind as int
        CanAllocateRole, ///< false where the person is not employed or the engagement not running
    };
    enum class RowKind { Allocation, PersonTotal };

    struct Row
    {
        RowKind kind = RowKind::Allocation;
        QString person;
        QString engagementKey; ///< empty on a total row
        bool operator==(const Row &o) const
        {
            return kind == o.kind && person == o.person && engagementKey == o.engagementKey;
        }
    };

    /// Decides about an edit: receives the cells as they are and as they would be; returns whether the
    /// change was accepted (the handler applies it itself, e.g. through an undo command).
    using ChangeHandler = std::function<bool(const QVector<Domain::Allocation> &before,
                                             const QVector<Domain::Allocation> &after)>;

    explicit AllocationGridModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Hours on a month cell of an allocation row. Refused edits emit editRefused() and return false.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Replaces everything (a reload): the plan and the first of the six months.
    void setPlan(const Domain::AllocationPlan &plan, const QDate &firstMonth);
    /// Moves the six-month window (a reload of the rows).
    void setFirstMonth(const QDate &month);
    const Domain::AllocationPlan &plan() const { return m_plan; }
    QDate firstMonth() const { return m_firstMonth; }
    /// The month of a month column, or a null date.
    QDate monthOfColumn(int column) const;
    /// The column of a month inside the window, or −1.
    int columnOfMonth(const QDate &month) const;

    Row rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &person, const QString &engagementKey) const;
    int totalRowOf(const QString &person) const;
    /// The allocation a cell stands for (minutes 0 when nothing is planned), or nullopt off the grid.
    std::optional<Domain::Allocation> allocationAt(const QModelIndex &index) const;
    /// Planned minutes of a person on an engagement in a month (0 when none).
    int minutes(const QString &person, const QString &engagementKey, const QDate &month) const;
    /// The cell as stored: its minutes and stamp (0 minutes and no stamp when it is empty).
    Domain::Allocation stored(const QString &person, const QString &engagementKey, const QDate &month) const;
    /// The cells as they are now for each change (same person, engagement, month).
    QVector<Domain::Allocation> currentOf(const QVector<Domain::Allocation> &changes) const;
    /// `changes`, each with the stamp of its cell as last read or saved here: the version a save
    /// names (an undo step holds the stamps of before its own save).
    QVector<Domain::Allocation> withStoredVersions(QVector<Domain::Allocation> changes) const;

    /// Why the changes may not be saved (validation errors only; minutes 0 removes and is always fine).
    QVector<Domain::AllocationWarning> refusals(const QVector<Domain::Allocation> &changes) const;
    /// Sets each cell (minutes 0 removes it) and reports exactly the cells and totals that changed.
    void applyChanges(const QVector<Domain::Allocation> &changes);
    void setChangeHandler(ChangeHandler handler) { m_handler = std::move(handler); }

    /// Hours from minutes without trailing zeros in the current locale ("7,5" in Swedish).
    static QString hoursText(qint64 minutes);

signals:
    /// An edit was refused: the errors say why (nothing was changed).
    void editRefused(const QVector<Domain::AllocationWarning> &problems);

private:
    struct Totals
    {
        qint64 allocated = 0;
        qint64 capacity = 0;
    };
    static QString cellKey(const QString &person, const QString &engagementKey, const QDate &month);
    void rebuildRows();
    void rebuildIndex();
    QVariant allocationData(const Row &row, int column, int role) const;
    QVariant totalData(const Row &row, int column, int role) const;
    Totals personTotals(const QString &person, int monthIndex) const;
    qint64 rowSum(const Row &row) const;
    void emitCellChanged(const Domain::Allocation &a);

    Domain::AllocationPlan m_plan;
    QDate m_firstMonth;
    QVector<Row> m_rows;
    QHash<QString, int> m_rowIndex;               ///< cellKey(person, engagement or "", null month) → row
    QHash<QString, int> m_cellIndex;              ///< cellKey → position in m_plan.allocations()
    QHash<QString, QVector<qint64>> m_capacities; ///< person → capacity minutes of the six months
    ChangeHandler m_handler;
};

} // namespace Models
