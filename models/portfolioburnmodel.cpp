#include "models/portfolioburnmodel.h"

#include "models/palette.h"

#include "models/capacitytext.h"
#include "models/domain/capacity/workingdays.h"
#include "models/domaintext.h"

#include <QLocale>

namespace Models {

PortfolioBurnModel::PortfolioBurnModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void PortfolioBurnModel::setRows(const QVector<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

BurnDownLoader::Error PortfolioBurnModel::load(const Storage::Database &database,
                                               const QVector<Domain::Engagement> &engagements,
                                               const QDate &month, const QDateTime &now, QVector<Row> *out)
{
    const QDate first = Domain::WorkingDays::monthStart(month);
    const QDate last = Domain::WorkingDays::monthEnd(month);
    const BurnDownLoader loader(database);
    QVector<Row> rows;
    for (const Domain::Engagement &e : engagements) {
        if (e.start > last || (e.end.isValid() && e.end < first))
            continue;
        BurnDownData data;
        if (BurnDownLoader::Error error = loader.load(e, first, now, &data))
            return error;
        rows.append({e.id, e.client, Domain::PortfolioBurn::row(e.key, data.burnDown), data.split,
                     data.burnDown.carriedIn, data.burnDown.overrunDeducted});
    }
    *out = rows;
    return {};
}

QColor PortfolioBurnModel::statusColor(Domain::BurnStatus status)
{
    switch (status) {
    // Readable on the current palette's base (light or dark); the status is also written out.
    case Domain::BurnStatus::OnTrack:
        return Palette::status(Palette::Status::Good);
    case Domain::BurnStatus::AtRisk:
        return Palette::status(Palette::Status::Warning);
    case Domain::BurnStatus::Overrun:
        return Palette::status(Palette::Status::Bad);
    case Domain::BurnStatus::NoBudget:
        return Palette::status(Palette::Status::Neutral);
    }
    return {};
}

int PortfolioBurnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PortfolioBurnModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortfolioBurnModel::display(const Row &row, int column) const
{
    const QLocale locale;
    const Domain::PortfolioBurnRow &b = row.burn;
    switch (column) {
    case EngagementColumn:
        return b.engagementKey;
    case ClientColumn:
        return row.client;
    case CommittedColumn:
        return DomainText::hours(b.committed);
    case BudgetColumn:
        return DomainText::hours(b.budget);
    case UsedColumn:
        return DomainText::hours(b.used);
    case OutsideContractColumn:
        return row.split.outsideContract() > 0 ? DomainText::hours(row.split.outsideContract())
                                               : QStringLiteral("–");
    case ElapsedColumn:
        return tr("%1 %").arg(locale.toString(b.elapsedPercent, 'f', 0));
    case UsedPercentColumn:
        return tr("%1 %").arg(locale.toString(b.usedPercent, 'f', 0));
    case ForecastColumn:
        return DomainText::hours(qRound64(b.forecastAtMonthEnd));
    case StatusColumn:
        return CapacityText::burnStatus(b.status);
    }
    return {};
}

QVariant PortfolioBurnModel::sortValue(const Row &row, int column) const
{
    const Domain::PortfolioBurnRow &b = row.burn;
    switch (column) {
    case EngagementColumn:
        return b.engagementKey;
    case ClientColumn:
        return row.client;
    case CommittedColumn:
        return b.committed;
    case BudgetColumn:
        return b.budget;
    case UsedColumn:
        return b.used;
    case OutsideContractColumn:
        return row.split.outsideContract();
    case ElapsedColumn:
        return b.elapsedPercent;
    case UsedPercentColumn:
        return b.usedPercent;
    case ForecastColumn:
        return b.forecastAtMonthEnd;
    case StatusColumn:
        // Worst first when sorted descending: overrun, at risk, on track, no budget.
        switch (b.status) {
        case Domain::BurnStatus::Overrun:
            return 3;
        case Domain::BurnStatus::AtRisk:
            return 2;
        case Domain::BurnStatus::OnTrack:
            return 1;
        case Domain::BurnStatus::NoBudget:
            return 0;
        }
    }
    return {};
}

QVariant PortfolioBurnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case EngagementIdRole:
        return row.engagementId;
    case StatusRole:
        return QVariant::fromValue(row.burn.status);
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn ||
            (index.column() == ForecastColumn && row.burn.forecastAtMonthEnd < 0))
            return statusColor(index.column() == StatusColumn ? row.burn.status
                                                              : Domain::BurnStatus::Overrun);
        if (index.column() == OutsideContractColumn && row.split.outsideContract() > 0)
            return statusColor(Domain::BurnStatus::AtRisk);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= CommittedColumn && index.column() <= ForecastColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == OutsideContractColumn)
            return CapacityText::budgetSplit(row.split).join(QLatin1Char('\n'));
        if (index.column() == BudgetColumn)
            return tr("%1 committed + %2 carried in − %3 deducted")
                .arg(DomainText::hours(row.burn.committed), DomainText::hours(row.carriedIn),
                     DomainText::hours(row.overrunDeducted));
        if (index.column() == UsedPercentColumn || index.column() == ElapsedColumn)
            return tr("%1 of the budget used after %2 of the month's working days")
                .arg(display(row, UsedPercentColumn).toString(), display(row, ElapsedColumn).toString());
        return {};
    }
    return {};
}

QVariant PortfolioBurnModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == OutsideContractColumn)
        return tr(
            "Hours logged outside the contract this month: before the start or after the end, by a role the "
            "contract does not cover, or on an optional service not contracted. They never count against the "
            "budget.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EngagementColumn:
        return tr("Engagement");
    case ClientColumn:
        return tr("Client");
    case CommittedColumn:
        return tr("Committed");
    case BudgetColumn:
        return tr("Budget");
    case UsedColumn:
        return tr("Used");
    case OutsideContractColumn:
        return tr("Outside", "hours outside the contract (narrow column)");
    case ElapsedColumn:
        return tr("Month elapsed");
    case UsedPercentColumn:
        return tr("Budget used");
    case ForecastColumn:
        return tr("Left at month end");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace Models
