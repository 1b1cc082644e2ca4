#pragma once

#include "models/slaoverviewloader.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QTimeZone>

namespace Models {

/// The open tickets at risk or breached now, one row each, sorted by time left (breached
/// first): key, title, severity, the clock, business time used of the target, time left (or
/// "breached … ago") and the due time in the engagement's zone. Breached rows say so in words and
/// red, at-risk rows in amber. Sort through a QSortFilterProxyModel on SortRole.
class SlaAtRiskModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TicketColumn,
        TitleColumn,
        SeverityColumn,
        ClockColumn,
        UsedColumn,
        TimeLeftColumn,
        DueColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, TicketIdRole, BreachedRole };

    explicit SlaAtRiskModel(QObject *parent = nullptr);

    /// Replaces every row (a reload); due times are shown in `zone`.
    void setTickets(const QVector<SlaAtRiskTicket> &tickets, const QTimeZone &zone);
    const QVector<SlaAtRiskTicket> &tickets() const { return m_tickets; }

    static QColor breachedColor() { return QColor(0xc6, 0x28, 0x28); }
    static QColor atRiskColor() { return QColor(0xb2, 0x6a, 0x00); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const SlaAtRiskTicket &t, int column) const;
    QVariant sortValue(const SlaAtRiskTicket &t, int column) const;

    QVector<SlaAtRiskTicket> m_tickets;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace Models
