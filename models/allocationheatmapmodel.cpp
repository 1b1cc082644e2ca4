#include "models/allocationheatmapmodel.h"

#include "models/allocationgridmodel.h"
#include "models/palette.h"

#include <QColor>
#include <QLocale>

namespace Models {

AllocationHeatmapModel::AllocationHeatmapModel(QObject *parent) : QAbstractTableModel(parent)
{
}

QColor AllocationHeatmapModel::bandColour(Band band)
{
    switch (band) {
    case Band::None:
        return Palette::color(Palette::Role::LoadNone);
    case Band::Low:
        return Palette::color(Palette::Role::LoadLow);
    case Band::Balanced:
        return Palette::color(Palette::Role::LoadBalanced);
    case Band::Full:
        return Palette::color(Palette::Role::LoadFull);
    case Band::Over:
    case Band::NoCapacity:
        return Palette::color(Palette::Role::LoadOver);
    }
    return {};
}

void AllocationHeatmapModel::setSourceModel(AllocationGridModel *grid)
{
    if (m_grid)
        disconnect(m_grid, nullptr, this, nullptr);
    m_grid = grid;
    if (m_grid) {
        connect(m_grid, &QAbstractItemModel::modelReset, this, &AllocationHeatmapModel::reload);
        connect(m_grid, &QAbstractItemModel::dataChanged, this, &AllocationHeatmapModel::onGridChanged);
    }
    reload();
}

AllocationGridModel *AllocationHeatmapModel::sourceModel() const
{
    return m_grid;
}

void AllocationHeatmapModel::reload()
{
    beginResetModel();
    m_gridRows.clear();
    if (m_grid) {
        for (int row = 0; row < m_grid->rowCount(); ++row) {
            if (m_grid->rowAt(row).kind == AllocationGridModel::RowKind::PersonTotal)
                m_gridRows.append(row);
        }
    }
    endResetModel();
}

void AllocationHeatmapModel::onGridChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int ours = int(m_gridRows.indexOf(row));
        if (ours < 0)
            continue;
        const int first = qMax(topLeft.column(), int(AllocationGridModel::FirstMonthColumn));
        const int last = qMin(bottomRight.column(), int(AllocationGridModel::FirstMonthColumn) +
                                                        AllocationGridModel::MonthCount - 1);
        if (first <= last)
            emit dataChanged(index(ours, first - AllocationGridModel::FirstMonthColumn),
                             index(ours, last - AllocationGridModel::FirstMonthColumn));
    }
}

int AllocationHeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_gridRows.size());
}

int AllocationHeatmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_grid ? 0 : AllocationGridModel::MonthCount;
}

AllocationHeatmapModel::Band AllocationHeatmapModel::bandOf(qint64 allocated, qint64 capacity)
{
    if (allocated <= 0)
        return Band::None;
    if (capacity <= 0)
        return Band::NoCapacity;
    const double percent = 100.0 * double(allocated) / double(capacity);
    if (allocated > capacity)
        return Band::Over;
    if (percent >= FullFromPercent)
        return Band::Full;
    return percent < LowBelowPercent ? Band::Low : Band::Balanced;
}

QString AllocationHeatmapModel::bandText(Band band)
{
    const QLocale locale;
    switch (band) {
    case Band::None:
        return tr("nothing allocated");
    case Band::Low:
        return tr("under %1 %").arg(locale.toString(LowBelowPercent, 'f', 0));
    case Band::Balanced:
        return tr("%1–%2 %").arg(locale.toString(LowBelowPercent, 'f', 0),
                                 locale.toString(FullFromPercent, 'f', 0));
    case Band::Full:
        return tr("%1–100 %").arg(locale.toString(FullFromPercent, 'f', 0));
    case Band::Over:
        return tr("over 100 % (hatched, ▲)");
    case Band::NoCapacity:
        return tr("allocated without capacity (hatched, ▲)");
    }
    return {};
}

QVariant AllocationHeatmapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_grid)
        return {};
    const QModelIndex cell =
        m_grid->index(m_gridRows.at(index.row()), AllocationGridModel::FirstMonthColumn + index.column());
    const qint64 allocated = cell.data(AllocationGridModel::MinutesRole).toLongLong();
    const qint64 capacity = cell.data(AllocationGridModel::CapacityRole).toLongLong();
    const double percent = cell.data(AllocationGridModel::LoadPercentRole).toDouble();
    const Band band = bandOf(allocated, capacity);
    const QString person = cell.data(AllocationGridModel::PersonRole).toString();
    const QDate month = cell.data(AllocationGridModel::MonthRole).toDate();
    switch (role) {
    case Qt::DisplayRole:
        if (band == Band::NoCapacity)
            return tr("no capacity ▲");
        if (capacity <= 0)
            return QStringLiteral("–");
        return band == Band::Over ? tr("%1 % ▲").arg(QLocale().toString(qRound(percent)))
                                  : tr("%1 %").arg(QLocale().toString(qRound(percent)));
    case Qt::ToolTipRole:
        return tr("%1, %2: %3 h of %4 h capacity")
            .arg(person, QLocale().toString(month, QStringLiteral("MMMM yyyy")),
                 AllocationGridModel::hoursText(allocated), AllocationGridModel::hoursText(capacity));
    case Qt::BackgroundRole:
        return bandColour(band);
    case Qt::ForegroundRole:
        return Palette::color(Palette::Role::LoadText);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case LoadPercentRole:
        return percent;
    case AllocatedRole:
        return allocated;
    case CapacityRole:
        return capacity;
    case BandRole:
        return int(band);
    case PersonRole:
        return person;
    case MonthRole:
        return month;
    default:
        return {};
    }
}

QVariant AllocationHeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A month's identity, untranslated: a view keeps its column by it.
    if (role == MonthRole && orientation == Qt::Horizontal && m_grid) {
        const QDate month = m_grid->monthOfColumn(AllocationGridModel::FirstMonthColumn + section);
        return month.isValid() ? QVariant(month) : QVariant();
    }
    if (role != Qt::DisplayRole || !m_grid)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_gridRows.size() ? m_grid->rowAt(m_gridRows.at(section)).person
                                                           : QVariant();
    const QDate month = m_grid->monthOfColumn(AllocationGridModel::FirstMonthColumn + section);
    return month.isValid() ? QLocale().toString(month, QStringLiteral("MMM yyyy")) : QVariant();
}

} // namespace Models
