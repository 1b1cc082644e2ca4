#pragma once

#include "models/burndownloader.h"
#include "models/domain/capacity/portfolioburn.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QVector>

namespace Models {

/// Every engagement's burn of one month, one row each: committed, used, % of the month elapsed
/// against % of the budget used, forecast at month end and status (text and colour).
/// Sort through a QSortFilterProxyModel on SortRole (raw numbers).
class PortfolioBurnModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        EngagementColumn,
        ClientColumn,
        CommittedColumn,
        BudgetColumn,
        UsedColumn,
        OutsideContractColumn,
        ElapsedColumn,
        UsedPercentColumn,
        ForecastColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, EngagementIdRole, StatusRole };

    struct Row
    {
        qint64 engagementId = 0;
        QString client;
        Domain::PortfolioBurnRow burn;
        Domain::BudgetSplit split; ///< the month's logged time up to today: outside the contract named
        qint64 carriedIn = 0;
        qint64 overrunDeducted = 0;
        bool operator==(const Row &o) const
        {
            return engagementId == o.engagementId && client == o.client && burn == o.burn &&
                   split == o.split && carriedIn == o.carriedIn && overrunDeducted == o.overrunDeducted;
        }
    };

    explicit PortfolioBurnModel(QObject *parent = nullptr);

    /// Replaces every row (a reload).
    void setRows(const QVector<Row> &rows);
    const QVector<Row> &rows() const { return m_rows; }

    /// The rows of `month` for the engagements running in it (others are left out), read from the
    /// budget ledger through BurnDownLoader as of `now`.
    static BurnDownLoader::Error load(const Storage::Database &database,
                                      const QVector<Domain::Engagement> &engagements, const QDate &month,
                                      const QDateTime &now, QVector<Row> *out);
    /// The colour that goes with a status (the text says it too: never colour alone).
    static QColor statusColor(Domain::BurnStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QVector<Row> m_rows;
};

} // namespace Models
