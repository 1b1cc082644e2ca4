#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QPointer>
#include <QVector>

namespace Models {

class AllocationGridModel;

/// Allocated vs capacity per person (rows) and month (six columns), read from the total rows of an
/// AllocationGridModel and kept in step with it cell by cell.
class AllocationHeatmapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// How loaded a person is in a month; the view shows each band with its own marker, not colour alone.
    enum class Band { None, Low, Balanced, Full, Over, NoCapacity };
    enum Role {
        LoadPercentRole = Qt::UserRole + 1, ///< double, −1 when allocated without capacity
        AllocatedRole,                      ///< minutes
        CapacityRole,                       ///< minutes
        BandRole,                           ///< Band as int
        PersonRole,
        MonthRole,
    };
    /// Below this % a month is Low: the person could take more work.
    static constexpr double LowBelowPercent = 70.0;
    /// From here up to 100 % a month is Full.
    static constexpr double FullFromPercent = 95.0;

    explicit AllocationHeatmapModel(QObject *parent = nullptr);

    void setSourceModel(AllocationGridModel *grid);
    AllocationGridModel *sourceModel() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static Band bandOf(qint64 allocated, qint64 capacity);
    /// The translated name of a band for the legend ("over 100 %").
    static QString bandText(Band band);
    /// The band's background (a second channel only: text and markers say the same).
    static QColor bandColour(Band band);

private:
    void reload();
    void onGridChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    QPointer<AllocationGridModel> m_grid;
    QVector<int> m_gridRows; ///< the grid's total row of each person, in row order
};

} // namespace Models
