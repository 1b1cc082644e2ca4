#include "models/plannedvsactualmodel.h"

#include "models/palette.h"

#include "models/allocationgridmodel.h"

#include <QColor>
#include <QLocale>

namespace Models {

PlannedVsActualModel::PlannedVsActualModel(QObject *parent) : QAbstractTableModel(parent)
{
}

int PlannedVsActualModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlannedVsActualModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void PlannedVsActualModel::setRows(const QVector<Domain::PlannedVsActual> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QVariant PlannedVsActualModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Domain::PlannedVsActual &r = m_rows.at(index.row());
    const qint64 difference = r.actual - r.planned;
    const qint64 minutes[] = {0, 0, 0, r.planned, r.actual, difference};
    const int column = index.column();
    if (role == KeyRole)
        return QStringLiteral("%1/%2/%3")
            .arg(r.month.toString(QStringLiteral("yyyy-MM")), r.person, r.engagementKey);
    if (role == SortRole) {
        if (column == MonthColumn)
            return r.month;
        if (column == PersonColumn)
            return r.person;
        if (column == EngagementColumn)
            return r.engagementKey;
        return minutes[column];
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case MonthColumn:
            return QLocale().toString(r.month, QStringLiteral("MMM yyyy"));
        case PersonColumn:
            return r.person;
        case EngagementColumn:
            return r.engagementKey;
        case DifferenceColumn:
            return difference > 0 ? QStringLiteral("+") + AllocationGridModel::hoursText(difference)
                                  : AllocationGridModel::hoursText(difference);
        default:
            return AllocationGridModel::hoursText(minutes[column]);
        }
    }
    if (role == Qt::TextAlignmentRole && column >= PlannedColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == DifferenceColumn && r.planned == 0)
        return tr("Logged without a plan");
    if (role == Qt::ForegroundRole && column == DifferenceColumn && difference != 0)
        return Palette::status(difference > 0 ? Palette::Status::Bad : Palette::Status::Good);
    return {};
}

QVariant PlannedVsActualModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == KeyRole) {
        static const char *const names[] = {"month",   "person", "engagement",
                                            "planned", "logged", "difference"};
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(names[section]) : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MonthColumn:
        return tr("Month");
    case PersonColumn:
        return tr("Person");
    case EngagementColumn:
        return tr("Engagement");
    case PlannedColumn:
        return tr("Planned h");
    case ActualColumn:
        return tr("Logged h");
    case DifferenceColumn:
        return tr("Difference h");
    default:
        return {};
    }
}

} // namespace Models
