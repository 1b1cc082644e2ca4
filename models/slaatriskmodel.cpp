#include "models/slaatriskmodel.h"

#include "models/domaintext.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace Models {

SlaAtRiskModel::SlaAtRiskModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void SlaAtRiskModel::setTickets(const QVector<SlaAtRiskTicket> &tickets, const QTimeZone &zone)
{
    beginResetModel();
    m_tickets = tickets;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    orderRows();
    endResetModel();
}

void SlaAtRiskModel::orderRows()
{
    m_order.resize(m_tickets.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount)
        return;
    // As SortRole compares (a QSortFilterProxyModel's defaults: text case-sensitively), typed.
    const QString clockNames[] = {SlaOverviewLoader::clockName(SlaAtRiskTicket::Clock::Response),
                                  SlaOverviewLoader::clockName(SlaAtRiskTicket::Clock::Resolution)};
    const auto used = [](const SlaAtRiskTicket &t) {
        return t.targetSeconds > 0 ? double(t.businessSeconds) / double(t.targetSeconds) : 0.0;
    };
    const int column = m_sortColumn;
    const auto less = [&](const SlaAtRiskTicket &a, const SlaAtRiskTicket &b) {
        switch (column) {
        case TicketColumn:
            return QString::compare(a.key, b.key) < 0;
        case TitleColumn:
            return QString::compare(a.title, b.title) < 0;
        case SeverityColumn:
            return a.severity < b.severity;
        case ClockColumn:
            return QString::compare(clockNames[int(a.clock)], clockNames[int(b.clock)]) < 0;
        case UsedColumn:
            return used(a) < used(b);
        default: // time left and due: the due instant
            return a.due < b.due;
        }
    };
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_order.begin(), m_order.end(), [&](int l, int r) {
        return ascending ? less(m_tickets.at(l), m_tickets.at(r)) : less(m_tickets.at(r), m_tickets.at(l));
    });
}

void SlaAtRiskModel::sort(int column, Qt::SortOrder order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<int> ticketsBefore;
    ticketsBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        ticketsBefore.append(m_order.at(index.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    orderRows();
    QVector<int> rowOf(m_order.size());
    for (int row = 0; row < m_order.size(); ++row)
        rowOf[m_order.at(row)] = row;
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after.append(index(rowOf.at(ticketsBefore.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
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
        return DomainText::dateTime(QDateTime::fromSecsSinceEpoch(t.due, m_zone));
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
    const SlaAtRiskTicket &t = ticketAt(index.row());
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
