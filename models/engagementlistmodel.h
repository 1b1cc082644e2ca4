#pragma once

#include "models/domain/engagement.h"

#include <QAbstractTableModel>
#include <QVector>

namespace Models {

/// The engagements of the open database, one row each, held by value.
class EngagementListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KeyColumn,
        ClientColumn,
        ModelColumn,
        CommittedColumn,
        StartColumn,
        EndColumn,
        ColumnCount
    };
    enum Role { EngagementRole = Qt::UserRole + 1, IdRole, KeyRole, SortRole };

    explicit EngagementListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces every row (a reload).
    void setEngagements(const QVector<Domain::Engagement> &engagements);
    /// Inserts at the row that keeps the list sorted by key; returns that row.
    int addEngagement(const Domain::Engagement &engagement);
    /// Replaces the row with the same id (single-row dataChanged, or a move when the key changed).
    bool updateEngagement(const Domain::Engagement &engagement);
    bool removeEngagement(qint64 id);

    int rowOf(qint64 id) const;
    int rowOfKey(const QString &key) const;
    Domain::Engagement engagementAt(int row) const { return m_rows.at(row); }
    const QVector<Domain::Engagement> &engagements() const { return m_rows; }

private:
    int sortedRowFor(const QString &key) const;
    QVector<Domain::Engagement> m_rows;
};

} // namespace Models
