#include "models/allocationgridmodel.h"

#include "models/changetext.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QSet>

#include <algorithm>

namespace Models {

using Domain::Allocation;
using Domain::WorkingDays;

AllocationGridModel::AllocationGridModel(QObject *parent) : QAbstractTableModel(parent)
{
}

int AllocationGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AllocationGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AllocationGridModel::cellKey(const QString &person, const QString &engagementKey, const QDate &month)
{
    return person + QChar(0x1f) + engagementKey + QChar(0x1f) +
           WorkingDays::monthStart(month).toString(Qt::ISODate);
}

QString AllocationGridModel::hoursText(qint64 minutes)
{
    const QLocale locale;
    if (minutes % 60 == 0)
        return locale.toString(minutes / 60);
    QString text = locale.toString(double(minutes) / 60.0, 'f', 2);
    // 7.50 → 7.5: the trailing zero of a two-decimal hour adds nothing in a dense grid.
    if (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    return text;
}

void AllocationGridModel::setPlan(const Domain::AllocationPlan &plan, const QDate &firstMonth)
{
    beginResetModel();
    m_plan = plan;
    m_firstMonth = WorkingDays::monthStart(firstMonth);
    rebuildIndex();
    rebuildRows();
    endResetModel();
}

void AllocationGridModel::setFirstMonth(const QDate &month)
{
    beginResetModel();
    m_firstMonth = WorkingDays::monthStart(month);
    rebuildRows();
    endResetModel();
}

void AllocationGridModel::rebuildIndex()
{
    m_cellIndex.clear();
    const QVector<Allocation> &all = m_plan.allocations();
    for (int i = 0; i < all.size(); ++i)
        m_cellIndex.insert(cellKey(all.at(i).person, all.at(i).engagementKey, all.at(i).month), i);
}

void AllocationGridModel::rebuildRows()
{
    m_rows.clear();
    m_rowIndex.clear();
    m_capacities.clear();
    if (!m_firstMonth.isValid())
        return;
    const QDate last = WorkingDays::monthEnd(m_firstMonth.addMonths(MonthCount - 1));
    QVector<const Domain::Engagement *> running;
    for (const Domain::Engagement &e : m_plan.engagements()) {
        if ((!e.start.isValid() || e.start <= last) && (!e.end.isValid() || e.end >= m_firstMonth))
            running.append(&e);
    }
    for (const Domain::Person &p : m_plan.people()) {
        bool employed = false;
        QVector<qint64> capacities;
        for (int m = 0; m < MonthCount; ++m) {
            const QDate month = m_firstMonth.addMonths(m);
            employed = employed || p.isEmployedIn(month);
            capacities.append(m_plan.capacity(p.name, month).capacityMinutes);
        }
        // Someone who is not employed in any of the six months has nothing to plan here.
        if (!employed || m_capacities.contains(p.name))
            continue;
        m_capacities.insert(p.name, capacities);
        for (const Domain::Engagement *e : running)
            m_rows.append({RowKind::Allocation, p.name, e->key});
        m_rows.append({RowKind::PersonTotal, p.name, QString()});
    }
    // Edits find their rows by name: a copied month of a large team must not scan the grid per cell.
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowIndex.insert(cellKey(m_rows.at(row).person, m_rows.at(row).engagementKey, QDate()), row);
}

QDate AllocationGridModel::monthOfColumn(int column) const
{
    if (column < FirstMonthColumn || column >= FirstMonthColumn + MonthCount || !m_firstMonth.isValid())
        return {};
    return m_firstMonth.addMonths(column - FirstMonthColumn);
}

int AllocationGridModel::columnOfMonth(const QDate &month) const
{
    if (!m_firstMonth.isValid() || !month.isValid())
        return -1;
    const int offset = WorkingDays::monthsBetween(m_firstMonth, month);
    return offset >= 0 && offset < MonthCount ? FirstMonthColumn + offset : -1;
}

int AllocationGridModel::rowOf(const QString &person, const QString &engagementKey) const
{
    // An empty key would name the total row.
    return engagementKey.isEmpty() ? -1 : m_rowIndex.value(cellKey(person, engagementKey, QDate()), -1);
}

int AllocationGridModel::totalRowOf(const QString &person) const
{
    return m_rowIndex.value(cellKey(person, QString(), QDate()), -1);
}

int AllocationGridModel::minutes(const QString &person, const QString &engagementKey,
                                 const QDate &month) const
{
    const auto it = m_cellIndex.constFind(cellKey(person, engagementKey, month));
    return it == m_cellIndex.constEnd() ? 0 : m_plan.allocations().at(*it).minutes;
}

Allocation AllocationGridModel::stored(const QString &person, const QString &engagementKey,
                                       const QDate &month) const
{
    const auto it = m_cellIndex.constFind(cellKey(person, engagementKey, month));
    return it == m_cellIndex.constEnd() ? Allocation{person, engagementKey, month, 0}
                                        : m_plan.allocations().at(*it);
}

QVector<Allocation> AllocationGridModel::withStoredVersions(QVector<Allocation> changes) const
{
    for (Allocation &a : changes)
        a.stamp = stored(a.person, a.engagementKey, WorkingDays::monthStart(a.month)).stamp;
    return changes;
}

std::optional<Allocation> AllocationGridModel::allocationAt(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        m_rows.at(index.row()).kind != RowKind::Allocation)
        return std::nullopt;
    const QDate month = monthOfColumn(index.column());
    if (!month.isValid())
        return std::nullopt;
    const Row &row = m_rows.at(index.row());
    return stored(row.person, row.engagementKey, month);
}

QVector<Allocation> AllocationGridModel::currentOf(const QVector<Allocation> &changes) const
{
    QVector<Allocation> out;
    out.reserve(changes.size());
    for (const Allocation &a : changes) {
        out.append(stored(a.person, a.engagementKey, WorkingDays::monthStart(a.month)));
    }
    return out;
}

AllocationGridModel::Totals AllocationGridModel::personTotals(const QString &person, int monthIndex) const
{
    Totals t;
    const QDate month = m_firstMonth.addMonths(monthIndex);
    for (const Domain::Engagement &e : m_plan.engagements())
        t.allocated += minutes(person, e.key, month);
    t.capacity = m_capacities.value(person).value(monthIndex);
    return t;
}

qint64 AllocationGridModel::rowSum(const Row &row) const
{
    qint64 sum = 0;
    for (int m = 0; m < MonthCount; ++m)
        sum += minutes(row.person, row.engagementKey, m_firstMonth.addMonths(m));
    return sum;
}

QVariant AllocationGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case PersonRole:
        return row.person;
    case EngagementRole:
        return row.engagementKey;
    case MonthRole:
        return monthOfColumn(index.column());
    case RowKindRole:
        return int(row.kind);
    default:
        break;
    }
    if (index.column() == PersonColumn) {
        // The name heads its group only: repeated on every row it drowns the engagements.
        const bool first = index.row() == 0 || m_rows.at(index.row() - 1).person != row.person;
        if (role == Qt::DisplayRole)
            return first ? QVariant(row.person) : QVariant();
        if (role != Qt::ToolTipRole)
            return {};
        // Who changed the person's contract or absences last.
        const Domain::Person *person = m_plan.findPerson(row.person);
        return ChangeText::appended(row.person, person ? person->stamp : Domain::ChangeStamp());
    }
    return row.kind == RowKind::Allocation ? allocationData(row, index.column(), role)
                                           : totalData(row, index.column(), role);
}

QVariant AllocationGridModel::allocationData(const Row &row, int column, int role) const
{
    const QDate month = monthOfColumn(column);
    if (column == PersonColumn)
        return {};
    if (column == EngagementColumn)
        return role == Qt::DisplayRole ? QVariant(row.engagementKey) : QVariant();
    const qint64 value = month.isValid() ? minutes(row.person, row.engagementKey, month) : rowSum(row);
    switch (role) {
    case Qt::DisplayRole:
        return value == 0 ? QString() : hoursText(value);
    case Qt::EditRole:
        return double(value) / 60.0;
    case MinutesRole:
        return value;
    case CanAllocateRole:
        return month.isValid() ? m_plan.canAllocate(row.person, row.engagementKey, month) : false;
    case Qt::ToolTipRole:
        // Who set the cell last: with several planners on one database, whose number this is.
        return month.isValid() ? ChangeText::line(stored(row.person, row.engagementKey, month).stamp)
                               : QString();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant AllocationGridModel::totalData(const Row &row, int column, int role) const
{
    if (column == PersonColumn)
        return {};
    if (column == EngagementColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Total vs capacity")) : QVariant();
    Totals t;
    if (column == TotalColumn) {
        for (int m = 0; m < MonthCount; ++m) {
            const Totals one = personTotals(row.person, m);
            t.allocated += one.allocated;
            t.capacity += one.capacity;
        }
    } else {
        t = personTotals(row.person, column - FirstMonthColumn);
    }
    const double percent =
        t.capacity > 0 ? 100.0 * double(t.allocated) / double(t.capacity) : (t.allocated > 0 ? -1.0 : 0.0);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 / %2").arg(hoursText(t.allocated), hoursText(t.capacity));
    case Qt::ToolTipRole:
        return t.capacity > 0 ? tr("%1 h allocated of %2 h capacity (%3 %)")
                                    .arg(hoursText(t.allocated), hoursText(t.capacity),
                                         QLocale().toString(qRound(percent)))
                              : tr("%1 h allocated without capacity").arg(hoursText(t.allocated));
    case MinutesRole:
        return t.allocated;
    case CapacityRole:
        return t.capacity;
    case LoadPercentRole:
        return percent;
    case CanAllocateRole:
        return false;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole:
        return QBrush(QPalette().color(QPalette::AlternateBase));
    default:
        return {};
    }
}

QVariant AllocationGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    // The total's heading is short (a 150 % font left the grid a pixel too narrow for "Six
    // months"); its tooltip says what it adds up.
    if (section == TotalColumn && role == Qt::ToolTipRole)
        return tr("Hours allocated over the six months shown");
    if (role == MonthRole) { // the month's identity, untranslated: a view keeps its column by it
        const QDate month = monthOfColumn(section);
        return month.isValid() ? QVariant(month) : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == PersonColumn)
        return tr("Person");
    if (section == EngagementColumn)
        return tr("Engagement");
    if (section == TotalColumn)
        return tr("Total");
    const QDate month = monthOfColumn(section);
    return month.isValid() ? QLocale().toString(month, QStringLiteral("MMM yyyy")) : QString();
}

Qt::ItemFlags AllocationGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    // Cells where nobody can be allocated stay editable so that an attempt is answered with the reason.
    if (m_rows.at(index.row()).kind == RowKind::Allocation && monthOfColumn(index.column()).isValid())
        f |= Qt::ItemIsEditable;
    return f;
}

bool AllocationGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole)
        return false;
    const std::optional<Allocation> before = allocationAt(index);
    if (!before)
        return false;
    bool ok = false;
    double hours = value.toDouble(&ok);
    if (!ok && value.typeId() == QMetaType::QString)
        hours = QLocale().toDouble(value.toString().trimmed(), &ok);
    if (!ok)
        return false;
    Allocation after = *before;
    after.minutes = qRound(hours * 60.0);
    if (after == *before)
        return true;
    const QVector<Domain::AllocationWarning> problems = refusals({after});
    if (!problems.isEmpty()) {
        emit editRefused(problems);
        return false;
    }
    if (m_handler)
        return m_handler({*before}, {after});
    applyChanges({after});
    return true;
}

QVector<Domain::AllocationWarning> AllocationGridModel::refusals(const QVector<Allocation> &changes) const
{
    QVector<Allocation> planned;
    for (const Allocation &a : changes) {
        if (a.minutes != 0)
            planned.append(a);
    }
    if (planned.isEmpty())
        return {};
    return Domain::AllocationPlan(m_plan.people(), m_plan.engagements(), planned).validate();
}

void AllocationGridModel::applyChanges(const QVector<Allocation> &changes)
{
    QVector<Allocation> all = m_plan.allocations();
    QVector<Allocation> changed;
    bool removed = false;
    for (Allocation a : changes) {
        a.month = WorkingDays::monthStart(a.month);
        const QString key = cellKey(a.person, a.engagementKey, a.month);
        const auto it = m_cellIndex.constFind(key);
        if (it == m_cellIndex.constEnd()) {
            if (a.minutes == 0)
                continue;
            m_cellIndex.insert(key, int(all.size()));
            all.append(a);
        } else if (all.at(*it).minutes == a.minutes) {
            all[*it].stamp = a.stamp;
            continue;
        } else if (a.minutes == 0) {
            all[*it].minutes = 0; // removed below, after every change found its cell
            removed = true;
        } else {
            all[*it].minutes = a.minutes;
            all[*it].stamp = a.stamp;
        }
        changed.append(a);
    }
    if (removed)
        all.erase(std::remove_if(all.begin(), all.end(), [](const Allocation &a) { return a.minutes == 0; }),
                  all.end());
    m_plan.setAllocations(all);
    if (removed)
        rebuildIndex();
    for (const Allocation &a : std::as_const(changed))
        emitCellChanged(a);
}

void AllocationGridModel::emitCellChanged(const Allocation &a)
{
    const int column = columnOfMonth(a.month);
    const int row = rowOf(a.person, a.engagementKey);
    if (column < 0 || row < 0)
        return; // outside the window: nothing shown changed
    const int total = totalRowOf(a.person);
    emit dataChanged(index(row, column), index(row, column));
    emit dataChanged(index(row, TotalColumn), index(row, TotalColumn));
    emit dataChanged(index(total, column), index(total, column));
    emit dataChanged(index(total, TotalColumn), index(total, TotalColumn));
}

} // namespace Models
