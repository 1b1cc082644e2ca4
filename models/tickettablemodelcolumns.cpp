// The tickets table's columns: their headings and tips, and the export of every row under the
// filter and sort, as shown, for the CSV and XLSX writers.
#include "models/domaintext.h"
#include "models/storagetext.h"
#include "models/tickettablemodel.h"

#include <QDateTime>
#include <QLocale>

namespace Models {

QVariant TicketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ResponseTimeColumn:
            return tr("Business time to the first response (stored SLA result)");
        case ResolutionTimeColumn:
            return tr("Business time to resolution, paused time removed (stored SLA result)");
        case PausedTimeColumn:
            return tr("Business time spent in pause statuses");
        case CreatedColumn:
        case RespondedColumn:
        case ResolvedColumn:
            return tr("In the engagement's time zone (%1)").arg(QString::fromUtf8(m_zone.id()));
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case TitleColumn:
        return tr("Title");
    case SeverityColumn:
        return tr("Severity");
    case KindColumn:
        return tr("Kind");
    case ServiceLevelColumn:
        return tr("Level");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case RespondedColumn:
        return tr("Responded");
    case ResolvedColumn:
        return tr("Resolved");
    case ResponseTimeColumn:
        return tr("Response time");
    case ResolutionTimeColumn:
        return tr("Resolution time");
    case PausedTimeColumn:
        return tr("Paused");
    case StateColumn:
        return tr("SLA state");
    default:
        return {};
    }
}

bool TicketTableModel::exportTable(Exchange::ExportTable *out, QString *error) const
{
    using Type = Exchange::ExportColumn::Type;
    if (m_counts.shown > MaxExportRows) {
        *error = tr("%1 tickets are shown; an export holds at most %2. Narrow the filter first.")
                     .arg(QLocale().toString(m_counts.shown), QLocale().toString(MaxExportRows));
        return false;
    }
    Exchange::ExportTable table;
    table.name = QStringLiteral("tickets");
    const QVector<Type> types = {Type::Text,    Type::Text,     Type::Integer,  Type::Text,     Type::Text,
                                 Type::Text,    Type::DateTime, Type::DateTime, Type::DateTime, Type::Decimal,
                                 Type::Decimal, Type::Decimal,  Type::Text};
    const QVector<int> widths = {14, 40, 8, 16, 8, 16, 18, 18, 18, 12, 12, 12, 14};
    for (int c = 0; c < ColumnCount; ++c) {
        QString title = headerData(c, Qt::Horizontal).toString();
        if (types.at(c) == Type::Decimal)
            title = tr("%1 (h)").arg(title);
        table.columns.append({title, types.at(c), widths.at(c)});
    }
    if (!m_database) {
        *out = table;
        return true;
    }
    const auto when = [this](const std::optional<qint64> &s) {
        return s ? QVariant(QDateTime::fromSecsSinceEpoch(*s, m_zone)) : QVariant();
    };
    const auto hours = [](const Storage::TicketBrowseRow &row, qint64 seconds) {
        return row.evaluated ? QVariant(double(seconds) / 3600.0) : QVariant();
    };
    const Storage::TicketBrowseRepository repository(*m_database);
    constexpr int chunk = 5000;
    Storage::TicketBrowseOrder order; // a large filter: its ids read once, not for every chunk
    table.rows.reserve(int(m_counts.shown));
    for (qint64 offset = 0; offset < m_counts.shown; offset += chunk) {
        QVector<Storage::TicketBrowseRow> rows;
        const Storage::StorageError storageError =
            repository.rows(m_engagementId, m_filter, sortKeyOf(m_sortColumn),
                            m_sortOrder == Qt::DescendingOrder, offset, chunk, m_counts, &rows, &order);
        if (storageError) {
            *error = StorageText::message(storageError);
            return false;
        }
        for (const Storage::TicketBrowseRow &row : std::as_const(rows)) {
            table.rows.append({row.key, row.title, row.severity, kindText(row.kind),
                               DomainText::serviceLevelShort(row.serviceLevel), row.status, when(row.created),
                               when(row.responded), when(row.resolved), hours(row, row.responseSeconds),
                               hours(row, row.resolutionSeconds), hours(row, row.pausedSeconds),
                               stateText(stateIdOf(row))});
        }
    }
    *out = table;
    return true;
}

} // namespace Models
