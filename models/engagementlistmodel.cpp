#include "models/engagementlistmodel.h"

#include "models/changetext.h"
#include "models/domaintext.h"

#include <QLocale>

namespace Models {

EngagementListModel::EngagementListModel(QObject *parent) : QAbstractTableModel(parent)
{
}

int EngagementListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int EngagementListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EngagementListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Domain::Engagement &e = m_rows.at(index.row());
    switch (role) {
    case EngagementRole:
        return QVariant::fromValue(e);
    case IdRole:
        return e.id;
    case KeyRole:
        return e.key;
    case Qt::ToolTipRole:
        // The hours too: a narrow list hides their column. Then who changed it last.
        return ChangeText::appended(
            QStringLiteral("%1 – %2, %3")
                .arg(e.client, DomainText::supportModel(e.model),
                     data(index.siblingAtColumn(CommittedColumn), Qt::DisplayRole).toString()),
            e.stamp);
    case Qt::TextAlignmentRole:
        if (index.column() == CommittedColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case CommittedColumn:
            return e.committedMinutesPerMonth;
        case StartColumn:
            return e.start;
        case EndColumn:
            return e.end.isValid() ? e.end : QDate(9999, 12, 31);
        default:
            break;
        }
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return e.key;
        case ClientColumn:
            return e.client;
        case ModelColumn:
            return DomainText::supportModel(e.model);
        case CommittedColumn:
            return DomainText::hours(e.committedMinutesPerMonth);
        case StartColumn:
            return DomainText::date(e.start);
        case EndColumn:
            return e.end.isValid() ? DomainText::date(e.end) : tr("open-ended");
        }
        return {};
    default:
        return {};
    }
}

QVariant EngagementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ClientColumn:
        return tr("Client");
    case ModelColumn:
        return tr("Support model");
    case CommittedColumn:
        return tr("Hours/month");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    }
    return {};
}

void EngagementListModel::setEngagements(const QVector<Domain::Engagement> &engagements)
{
    beginResetModel();
    m_rows = engagements;
    std::sort(m_rows.begin(), m_rows.end(),
              [](const Domain::Engagement &a, const Domain::Engagement &b) { return a.key < b.key; });
    endResetModel();
}

int EngagementListModel::sortedRowFor(const QString &key) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), key,
                                     [](const Domain::Engagement &e, const QString &k) { return e.key < k; });
    return int(it - m_rows.cbegin());
}

int EngagementListModel::addEngagement(const Domain::Engagement &engagement)
{
    const int row = sortedRowFor(engagement.key);
    beginInsertRows({}, row, row);
    m_rows.insert(row, engagement);
    endInsertRows();
    return row;
}

bool EngagementListModel::updateEngagement(const Domain::Engagement &engagement)
{
    const int row = rowOf(engagement.id);
    if (row < 0)
        return false;
    if (m_rows.at(row).key == engagement.key) {
        m_rows[row] = engagement;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return true;
    }
    // The key decides the order: move the row to its new place.
    removeEngagement(engagement.id);
    addEngagement(engagement);
    return true;
}

bool EngagementListModel::removeEngagement(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

int EngagementListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int EngagementListModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key.compare(key, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

} // namespace Models
