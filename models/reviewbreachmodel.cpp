#include "models/reviewbreachmodel.h"

#include "models/changetext.h"

#include <QDateTime>
#include <QLocale>

#include <memory>

namespace Models {

ReviewBreachModel::ReviewBreachModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ReviewBreachModel::setRows(const QVector<ReviewBreachRow> &rows, const TextSource &source,
                                const QHash<qint64, ReviewBreachTexts> &known,
                                const QHash<qint64, QString> &rootCauses, const QTimeZone &zone,
                                const QHash<qint64, Domain::ChangeStamp> &stamps)
{
    beginResetModel();
    m_rows = rows;
    m_source = source;
    m_pages.clear();
    m_pageUse.clear();
    m_pagesRead = 0;
    m_rootCauses = rootCauses;
    m_stamps = stamps;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_rowOfTicket.clear();
    m_rowOfTicket.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOfTicket.insert(m_rows.at(row).ticketId, row);
    // The pages whose texts came with the rows (the first, read with them off the GUI thread).
    for (int first = 0; first < m_rows.size() && m_pages.size() < m_keptPages; first += m_pageRows) {
        QVector<ReviewBreachTexts> texts;
        for (int row = first; row < qMin(int(m_rows.size()), first + m_pageRows); ++row) {
            const auto found = known.constFind(m_rows.at(row).ticketId);
            if (found == known.constEnd())
                break;
            texts.append(*found);
        }
        if (texts.size() != qMin(int(m_rows.size()), first + m_pageRows) - first)
            break;
        m_pages.insert(first / m_pageRows, texts);
        m_pageUse.append(first / m_pageRows);
    }
    endResetModel();
}

void ReviewBreachModel::setBreaches(const QVector<ReviewBreach> &breaches,
                                    const QHash<qint64, QString> &rootCauses, const QTimeZone &zone,
                                    const QHash<qint64, Domain::ChangeStamp> &stamps)
{
    QVector<ReviewBreachRow> rows;
    rows.reserve(breaches.size());
    auto texts = std::make_shared<QHash<qint64, ReviewBreachTexts>>();
    for (const ReviewBreach &b : breaches) {
        rows.append({b.ticketId, b.breachedAt, b.key, qint8(b.severity), b.resolved});
        texts->insert(b.ticketId, {b.title, b.explanation});
    }
    const TextSource source = [texts](const QVector<qint64> &ids, QHash<qint64, ReviewBreachTexts> *out) {
        for (qint64 id : ids)
            out->insert(id, texts->value(id));
        return true;
    };
    setRows(rows, source, *texts, rootCauses, zone, stamps);
}

const QVector<ReviewBreachTexts> &ReviewBreachModel::page(int number) const
{
    const auto kept = m_pages.constFind(number);
    if (kept != m_pages.constEnd()) {
        if (m_pageUse.constLast() != number) {
            m_pageUse.removeOne(number);
            m_pageUse.append(number);
        }
        return *kept;
    }
    const int first = number * m_pageRows;
    const int end = qMin(int(m_rows.size()), first + m_pageRows);
    QVector<qint64> ids;
    ids.reserve(end - first);
    for (int row = first; row < end; ++row)
        ids.append(m_rows.at(row).ticketId);
    QHash<qint64, ReviewBreachTexts> read;
    if (m_source)
        m_source(ids, &read); // a failed read leaves the cells empty (the page is not read again)
    ++m_pagesRead;
    QVector<ReviewBreachTexts> texts;
    texts.reserve(ids.size());
    for (qint64 id : std::as_const(ids))
        texts.append(read.value(id));
    while (m_pageUse.size() >= m_keptPages)
        m_pages.remove(m_pageUse.takeFirst());
    m_pageUse.append(number);
    return *m_pages.insert(number, texts);
}

ReviewBreachTexts ReviewBreachModel::texts(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return page(row / m_pageRows).at(row % m_pageRows);
}

void ReviewBreachModel::setPaging(int rows, int kept)
{
    m_pageRows = qMax(1, rows);
    m_keptPages = qMax(1, kept);
    m_pages.clear();
    m_pageUse.clear();
}

void ReviewBreachModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, RootCauseColumn), index(rowCount() - 1, RootCauseColumn));
}

void ReviewBreachModel::retranslate()
{
    m_pages.clear();
    m_pageUse.clear();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ReviewBreachModel::rowOfTicket(qint64 ticketId) const
{
    return m_rowOfTicket.value(ticketId, -1);
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
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewBreachModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewBreachModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewBreachRow &b = m_rows.at(index.row());
    if (role == TicketIdRole)
        return b.ticketId;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case TicketColumn:
            return b.key;
        case SeverityColumn:
            return role == Qt::EditRole ? QVariant(int(b.severity))
                                        : QVariant(QLocale().toString(int(b.severity)));
        case BreachedColumn:
            return QDateTime::fromSecsSinceEpoch(b.breachedAt, m_zone)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case TitleColumn:
            return texts(index.row()).title;
        case ExplanationColumn:
            return texts(index.row()).explanation;
        case RootCauseColumn:
            return m_rootCauses.value(b.ticketId);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TitleColumn:
            return texts(index.row()).title;
        case ExplanationColumn:
            return texts(index.row()).explanation;
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
    const qint64 ticketId = m_rows.at(index.row()).ticketId;
    const QString before = m_rootCauses.value(ticketId);
    const QString after = value.toString().trimmed();
    if (after == before)
        return false;
    emit rootCauseEdited(ticketId, before, after);
    return m_rootCauses.value(ticketId) == after;
}

} // namespace Models
