#pragma once

#include "models/slaoverviewloader.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QTimeZone>

namespace Models {

/// The open tickets at risk or breached now, one row each, sorted by time left (breached
/// first): key, title, severity, the clock, business time used of the target, time left (or
/// "breached … ago") and the due time in the engagement's zone. Breached rows say so in words and
/// red, at-risk rows in amber. The model sorts itself (sort(), which a view's sortable header
/// calls): a large engagement has a hundred thousand rows, and a QSortFilterProxyModel compared a
/// QVariant pair per step on the window's thread (~90 ms at 100k rows). SortRole gives the same
/// order's values.
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

    /// Replaces every row (a reload), in the order last sorted by; due times are shown in `zone`.
    void setTickets(const QVector<SlaAtRiskTicket> &tickets, const QTimeZone &zone);
    /// The tickets in the order given (not as sorted).
    const QVector<SlaAtRiskTicket> &tickets() const { return m_tickets; }
    /// The ticket shown in `row`.
    const SlaAtRiskTicket &ticketAt(int row) const { return m_tickets.at(m_order.at(row)); }
    /// Sorts the rows by `column` (SortRole's values); rows that tie keep the order given.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QColor breachedColor() { return QColor(0xc6, 0x28, 0x28); }
    static QColor atRiskColor() { return QColor(0xb2, 0x6a, 0x00); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const SlaAtRiskTicket &t, int column) const;
    QVariant sortValue(const SlaAtRiskTicket &t, int column) const;
    /// m_order for the sort column and order (given order when not sorted).
    void orderRows();

    QVector<SlaAtRiskTicket> m_tickets;
    QVector<int> m_order; ///< row shown → index in m_tickets
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace Models
