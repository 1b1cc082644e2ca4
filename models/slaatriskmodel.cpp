#include "models/slaatriskmodel.h"

#include <QDateTime>
#include <QLocale>

namespace Models {

SlaAtRiskModel::SlaAtRiskModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void SlaAtRiskModel::setTickets(const QVector<SlaAtRiskTicket> &tickets, const QTimeZone &zone)
{
    beginResetModel();
    m_tickets = tickets;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    endResetModel();
}

int SlaAtRiskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

int SlaAtRiskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlaAtRiskModel::display(const SlaAtRiskTicket &t, int column) const
{
    const QLocale locale;
    switch (column) {
    case TicketColumn:
        return t.key;
    case TitleColumn:
        return t.title;
    case SeverityColumn:
        return tr("Sev %1").arg(t.severity);
    case ClockColumn:
        return SlaOverviewLoader::clockName(t.clock);
    case UsedColumn:
        if (t.targetSeconds <= 0)
            return SlaOverviewLoader::durationText(t.businessSeconds);
        return tr("%1 % of %2")
            .arg(locale.toString(100.0 * double(t.businessSeconds) / double(t.targetSeconds), 'f', 0),
                 SlaOverviewLoader::durationText(t.targetSeconds));
    case TimeLeftColumn:
        return SlaOverviewLoader::timeLeftText(t.secondsLeft);
    case DueColumn:
        return locale.toString(QDateTime::fromSecsSinceEpoch(t.due, m_zone), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant SlaAtRiskModel::sortValue(const SlaAtRiskTicket &t, int column) const
{
    switch (column) {
    case SeverityColumn:
        return t.severity;
    case UsedColumn:
        return t.targetSeconds > 0 ? double(t.businessSeconds) / double(t.targetSeconds) : 0.0;
    case TimeLeftColumn:
    case DueColumn:
        return t.due;
    default:
        return display(t, column);
    }
}

QVariant SlaAtRiskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SlaAtRiskTicket &t = m_tickets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(t, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TimeLeftColumn || index.column() == TicketColumn)
            return t.breached ? tr("%1: the %2 target was breached")
                                    .arg(t.key, SlaOverviewLoader::clockName(t.clock).toLower())
                              : tr("%1: past the warning threshold of the %2 target")
                                    .arg(t.key, SlaOverviewLoader::clockName(t.clock).toLower());
        if (index.column() == TitleColumn)
            return t.title;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == TimeLeftColumn)
            return t.breached ? breachedColor() : atRiskColor();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == UsedColumn || index.column() == TimeLeftColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(t, index.column());
    case TicketIdRole:
        return t.ticketId;
    case BreachedRole:
        return t.breached;
    default:
        return {};
    }
}

QVariant SlaAtRiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TicketColumn:
        return tr("Ticket");
    case TitleColumn:
        return tr("Title");
    case SeverityColumn:
        return tr("Severity");
    case ClockColumn:
        return tr("Clock");
    case UsedColumn:
        return tr("Used");
    case TimeLeftColumn:
        return tr("Time left");
    case DueColumn:
        return tr("Due");
    default:
        return {};
    }
}

} // namespace Models
