// The tickets table's columns: their headings and tips, the cells' texts and colours (kinds, SLA
// states, instants in the engagement's zone), and the export of every row under the filter and
// sort, as shown, through the CSV and XLSX streams.
#include "models/domaintext.h"
#include "models/exchange/sla/slaexplaintext.h"
#include "models/palette.h"
#include "models/storagetext.h"
#include "models/tickettablemodel.h"

#include <QColor>
#include <QDateTime>

namespace Models {

namespace {

const QString s_notEvaluated = QStringLiteral("not-evaluated");

} // namespace

QString TicketTableModel::kindText(Domain::TicketKind kind)
{
    switch (kind) {
    case Domain::TicketKind::Incident:
        return tr("Incident");
    case Domain::TicketKind::Problem:
        return tr("Problem");
    case Domain::TicketKind::ServiceRequest:
        return tr("Service request");
    case Domain::TicketKind::Change:
        return tr("Change");
    case Domain::TicketKind::Enhancement:
        return tr("Enhancement");
    }
    return {};
}

QString TicketTableModel::stateText(const QString &stateId)
{
    if (stateId == s_notEvaluated)
        return tr("not evaluated");
    Domain::SlaState state;
    return Domain::slaStateFromId(stateId, &state) ? Exchange::SlaExplainText::stateText(state) : QString();
}

QColor TicketTableModel::stateColor(const QString &stateId)
{
    // The state's words always come with the colour.
    using Role = Palette::Role;
    static const QHash<QString, Role> roles = {
        {QStringLiteral("met"), Role::SlaMet},        {QStringLiteral("breached"), Role::SlaBreached},
        {QStringLiteral("at-risk"), Role::SlaAtRisk}, {QStringLiteral("running"), Role::SlaRunning},
        {QStringLiteral("paused"), Role::SlaPaused},  {QStringLiteral("invalid"), Role::SlaInvalid},
        {s_notEvaluated, Role::SlaNotEvaluated},
    };
    return Palette::color(roles.value(stateId, Role::SlaInvalid));
}

QString TicketTableModel::stateIdOf(const Storage::TicketBrowseRow &row)
{
    return row.evaluated ? Domain::slaStateId(row.state) : s_notEvaluated;
}

QString TicketTableModel::stateIdOf(const Storage::TicketBrowseFilter &filter)
{
    return filter.notEvaluated ? s_notEvaluated
           : filter.state      ? Domain::slaStateId(*filter.state)
                               : QString();
}

void TicketTableModel::setStateId(Storage::TicketBrowseFilter *filter, const QString &stateId)
{
    filter->notEvaluated = stateId == s_notEvaluated;
    Domain::SlaState state;
    filter->state = !filter->notEvaluated && Domain::slaStateFromId(stateId, &state) ? std::optional(state)
                                                                                     : std::nullopt;
}

QString TicketTableModel::instant(const std::optional<qint64> &seconds) const
{
    if (!seconds)
        return {};
    return QDateTime::fromSecsSinceEpoch(*seconds, m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QVariant TicketTableModel::display(const Storage::TicketBrowseRow &row, int column) const
{
    const auto businessTime = [&row](qint64 seconds) {
        return row.evaluated ? QVariant(Exchange::SlaExplainText::duration(seconds)) : QVariant();
    };
    switch (column) {
    case KeyColumn:
        return row.key;
    case TitleColumn:
        return row.title;
    case SeverityColumn:
        return row.severity;
    case KindColumn:
        return kindText(row.kind);
    case ServiceLevelColumn:
        return DomainText::serviceLevelShort(row.serviceLevel);
    case StatusColumn:
        return row.status;
    case CreatedColumn:
        return instant(row.created);
    case RespondedColumn:
        return instant(row.responded);
    case ResolvedColumn:
        return instant(row.resolved);
    case ResponseTimeColumn:
        return businessTime(row.responseSeconds);
    case ResolutionTimeColumn:
        return businessTime(row.resolutionSeconds);
    case PausedTimeColumn:
        return businessTime(row.pausedSeconds);
    case StateColumn:
        return stateText(stateIdOf(row));
    default:
        return {};
    }
}

QVariant TicketTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole) {
        const int column = index.column();
        const bool number = column == SeverityColumn || column == ResponseTimeColumn ||
                            column == ResolutionTimeColumn || column == PausedTimeColumn;
        return QVariant::fromValue<int>(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::DecorationRole &&
        role < Qt::UserRole)
        return {};
    const Storage::TicketBrowseRow *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return row->title;
        if (index.column() == StateColumn)
            return tr("%1: %2 — double-click for the timeline").arg(row->key, stateText(stateIdOf(*row)));
        return {};
    case Qt::DecorationRole:
        return index.column() == StateColumn ? QVariant(stateColor(stateIdOf(*row))) : QVariant();
    case TicketIdRole:
        return row->id;
    case TicketKeyRole:
        return row->key;
    case StateIdRole:
        return stateIdOf(*row);
    case EvaluatedAtRole:
        return row->evaluatedAt;
    default:
        return {};
    }
}

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

TicketTableModel::ExportRequest TicketTableModel::exportRequest() const
{
    using Type = Exchange::ExportColumn::Type;
    ExportRequest request{m_engagementId, m_filter, m_sortColumn, m_sortOrder, m_counts, m_zone, {}};
    const QVector<Type> types = {Type::Text,    Type::Text,     Type::Integer,  Type::Text,     Type::Text,
                                 Type::Text,    Type::DateTime, Type::DateTime, Type::DateTime, Type::Decimal,
                                 Type::Decimal, Type::Decimal,  Type::Text};
    const QVector<int> widths = {14, 40, 8, 16, 8, 16, 18, 18, 18, 12, 12, 12, 14};
    for (int c = 0; c < ColumnCount; ++c) {
        QString title = headerData(c, Qt::Horizontal).toString();
        if (types.at(c) == Type::Decimal)
            title = tr("%1 (h)").arg(title);
        request.columns.append({title, types.at(c), widths.at(c)});
    }
    return request;
}

bool TicketTableModel::writeExport(const Storage::Database &database, const ExportRequest &request,
                                   Exchange::TableStream &stream, const std::function<bool(qint64)> &goOn,
                                   QString *error)
{
    error->clear();
    const auto when = [&request](const std::optional<qint64> &s) {
        return s ? QVariant(QDateTime::fromSecsSinceEpoch(*s, request.zone)) : QVariant();
    };
    const auto hours = [](const Storage::TicketBrowseRow &row, qint64 seconds) {
        return row.evaluated ? QVariant(double(seconds) / 3600.0) : QVariant();
    };
    if (!stream.beginTable(QStringLiteral("tickets"), request.columns, error))
        return false;
    const Storage::TicketBrowseRepository repository(database);
    constexpr int chunk = 2000;
    // On a server its ids are read once in the shown order, then each chunk by id: OFFSET would
    // visit every row before each chunk again (a million tickets: 243 s instead of 23 s).
    Storage::TicketBrowseOrder order;
    const qint64 shown = request.engagementId != 0 ? request.counts.shown : 0;
    QVector<Storage::TicketBrowseRow> rows;
    for (qint64 offset = 0; offset < shown; offset += chunk) {
        if (!goOn(offset))
            return false;
        const Storage::StorageError storageError = repository.rowsInOrder(
            request.engagementId, request.filter, sortKeyOf(request.sortColumn),
            request.sortOrder == Qt::DescendingOrder, offset, chunk, request.counts, &rows, &order);
        if (storageError) {
            *error = StorageText::message(storageError);
            return false;
        }
        for (const Storage::TicketBrowseRow &row : std::as_const(rows)) {
            if (!stream.addRow({row.key, row.title, row.severity, kindText(row.kind),
                                DomainText::serviceLevelShort(row.serviceLevel), row.status,
                                when(row.created), when(row.responded), when(row.resolved),
                                hours(row, row.responseSeconds), hours(row, row.resolutionSeconds),
                                hours(row, row.pausedSeconds), stateText(stateIdOf(row))},
                               error))
                return false;
        }
    }
    return goOn(shown) && stream.endTable(error) && stream.commit(error);
}

} // namespace Models
