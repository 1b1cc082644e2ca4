#pragma once

#include "models/domain/capacity/allocationplan.h"

#include <QAbstractTableModel>
#include <QVector>

namespace Models {

/// Planned against logged hours per person, engagement and past month; rows held by value.
class PlannedVsActualModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        MonthColumn,
        PersonColumn,
        EngagementColumn,
        PlannedColumn,
        ActualColumn,
        DifferenceColumn,
        ColumnCount
    };
    /// Minutes (planned, actual, difference) or the month's date, for sorting.
    static constexpr int SortRole = Qt::UserRole + 1;
    /// Untranslated identities, to keep a view's place across a change of language: a row's
    /// month, person and engagement ("2026-10/Ali Hassan/ATLANTICPET") on its cells, a column's
    /// name ("planned") on its header.
    static constexpr int KeyRole = Qt::UserRole + 2;

    explicit PlannedVsActualModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces every row (a reload).
    void setRows(const QVector<Domain::PlannedVsActual> &rows);
    const QVector<Domain::PlannedVsActual> &rows() const { return m_rows; }

private:
    QVector<Domain::PlannedVsActual> m_rows;
};

} // namespace Models
