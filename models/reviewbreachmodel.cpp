#include "models/reviewbreachmodel.h"

#include "models/changetext.h"

#include <QDateTime>
#include <QLocale>

namespace Models {

ReviewBreachModel::ReviewBreachModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ReviewBreachModel::setBreaches(const QVector<ReviewBreach> &breaches,
                                    const QHash<qint64, QString> &rootCauses, const QTimeZone &zone,
                                    const QHash<qint64, Domain::ChangeStamp> &stamps)
{
    beginResetModel();
    m_breaches = breaches;
    m_rootCauses = rootCauses;
    m_stamps = stamps;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_rows.clear();
    for (int row = 0; row < m_breaches.size(); ++row)
        m_rows.insert(m_breaches.at(row).ticketId, row);
    endResetModel();
}

void ReviewBreachModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (!m_breaches.isEmpty())
        emit dataChanged(index(0, RootCauseColumn), index(rowCount() - 1, RootCauseColumn));
}

int ReviewBreachModel::rowOfTicket(qint64 ticketId) const
{
    return m_rows.value(ticketId, -1);
}

void ReviewBreachModel::setRootCause(qint64 ticketId, const QString &note, const Domain::ChangeStamp &stamp)
{
    if (note.isEmpty())
        m_rootCauses.remove(ticketId);
    else
        m_rootCauses.insert(ticketId, note);
    if (stamp.isStored())
        m_stamps.insert(ticketId, stamp);
    else
        m_stamps.remove(ticketId);
    const int row = rowOfTicket(ticketId);
    if (row >= 0) {
        const QModelIndex cell = index(row, RootCauseColumn);
        emit dataChanged(cell, cell);
    }
}

int ReviewBreachModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_breaches.size());
}

int ReviewBreachModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewBreachModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewBreach &b = m_breaches.at(index.row());
    if (role == TicketIdRole)
        return b.ticketId;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case TicketColumn:
            return b.key;
        case SeverityColumn:
            return role == Qt::EditRole ? QVariant(b.severity) : QVariant(QLocale().toString(b.severity));
        case BreachedColumn:
            return QDateTime::fromSecsSinceEpoch(b.breachedAt, m_zone)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case TitleColumn:
            return b.title;
        case ExplanationColumn:
            return b.explanation;
        case RootCauseColumn:
            return m_rootCauses.value(b.ticketId);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TitleColumn:
            return b.title;
        case ExplanationColumn:
            return b.explanation;
        case RootCauseColumn:
            return ChangeText::appended(
                m_editable ? tr("The team's root cause of this breach; printed in the review pack. "
                                "Double-click or press F2 to edit.")
                           : tr("The team's root cause of this breach (read-only here)."),
                m_stamps.value(b.ticketId));
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == SeverityColumn)
        return QVariant::fromValue(Qt::AlignCenter);
    return {};
}

QVariant ReviewBreachModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TicketColumn:
        return tr("Ticket");
    case SeverityColumn:
        return tr("Sev.");
    case BreachedColumn:
        return tr("Breached");
    case TitleColumn:
        return tr("Title");
    case ExplanationColumn:
        return tr("Explanation");
    case RootCauseColumn:
        return tr("Root cause");
    default:
        return {};
    }
}

Qt::ItemFlags ReviewBreachModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == RootCauseColumn && m_editable)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ReviewBreachModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editable ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != RootCauseColumn)
        return false;
    const qint64 ticketId = m_breaches.at(index.row()).ticketId;
    const QString before = m_rootCauses.value(ticketId);
    const QString after = value.toString().trimmed();
    if (after == before)
        return false;
    emit rootCauseEdited(ticketId, before, after);
    return m_rootCauses.value(ticketId) == after;
}

} // namespace Models
