#include "models/portfolioslamodel.h"

#include "models/domaintext.h"
#include "models/palette.h"

#include <QLocale>

namespace Models {

namespace {
/// Percentage points the last three months must differ from the three before to be a trend.
constexpr double s_trendThreshold = 2.0;

std::optional<double> mean(const QVector<std::optional<double>> &values)
{
    double sum = 0;
    int n = 0;
    for (const std::optional<double> &v : values) {
        if (v) {
            sum += *v;
            ++n;
        }
    }
    return n > 0 ? std::optional<double>(sum / n) : std::nullopt;
}

QString percentText(double percent)
{
    return QLocale().toString(percent, 'f', 0) + QStringLiteral(" %");
}
} // namespace

PortfolioSlaModel::Trend PortfolioSlaModel::Row::direction() const
{
    const qsizetype half = trend.size() / 2;
    const std::optional<double> before = mean(trend.mid(0, half));
    const std::optional<double> after = mean(trend.mid(half));
    if (!before || !after)
        return Trend::Unknown;
    if (*after - *before > s_trendThreshold)
        return Trend::Better;
    if (*before - *after > s_trendThreshold)
        return Trend::Worse;
    return Trend::Steady;
}

PortfolioSlaModel::PortfolioSlaModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void PortfolioSlaModel::setRows(const QVector<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

SlaOverviewLoader::Error PortfolioSlaModel::load(const Storage::Database &database,
                                                 const QVector<Domain::Engagement> &engagements, qint64 now,
                                                 QVector<Row> *out)
{
    SlaOverviewLoader loader(database);
    loader.setWithDistribution(false);
    QVector<Row> rows;
    for (const Domain::Engagement &e : engagements) {
        if (!SlaOverviewLoader::hasSla(e))
            continue;
        const QDate month = SlaOverviewLoader::monthOf(e, now);
        SlaOverview data;
        // The trend compares full months; the month of `now` has not ended and only says "so far".
        if (SlaOverviewLoader::Error error =
                loader.load(e, month.addMonths(-TrendMonths), month, 0, now, &data))
            return error;
        Row row;
        row.engagementId = e.id;
        row.key = e.key;
        row.client = e.client;
        for (int s = 1; s <= 4; ++s) {
            const Domain::MonthlyCompliance *m = data.complianceOf(month, s);
            if (m && data.severities.contains(s) && worstPercent(*m))
                row.thisMonth[std::size_t(s - 1)] = *m;
        }
        for (const QDate &m : qAsConst(data.months)) {
            int met = 0;
            int measured = 0;
            for (int s : qAsConst(data.severities)) {
                if (const Domain::MonthlyCompliance *c = data.complianceOf(m, s)) {
                    met += c->responseMet + c->resolutionMet;
                    measured += c->responseMeasured + c->resolutionMeasured;
                }
            }
            const std::optional<double> percent =
                measured > 0 ? std::optional<double>(100.0 * met / measured) : std::nullopt;
            if (m < month)
                row.trend.append(percent);
            else
                row.soFar = percent;
        }
        row.lastFullMonth = month.addMonths(-1);
        for (const SlaAtRiskTicket &t : qAsConst(data.atRisk))
            ++(t.breached ? row.openBreaches : row.atRisk);
        rows.append(row);
    }
    *out = rows;
    return {};
}

std::optional<double> PortfolioSlaModel::worstPercent(const Domain::MonthlyCompliance &m)
{
    const std::optional<double> response = m.responseMetPercent();
    const std::optional<double> resolution = m.resolutionMetPercent();
    if (response && resolution)
        return std::min(*response, *resolution);
    return response ? response : resolution;
}

QString PortfolioSlaModel::sparkline(const QVector<std::optional<double>> &values)
{
    static const QString s_blocks = QStringLiteral("▁▂▃▄▅▆▇█");
    QString text;
    for (const std::optional<double> &v : values) {
        if (!v) {
            text += QStringLiteral("·");
            continue;
        }
        const int level = qBound(0, qRound((*v - 50.0) / 50.0 * 7.0), 7);
        text += s_blocks.at(level);
    }
    return text;
}

QString PortfolioSlaModel::trendText(Trend trend)
{
    switch (trend) {
    case Trend::Better:
        return tr("↗ better");
    case Trend::Steady:
        return tr("→ steady");
    case Trend::Worse:
        return tr("↘ worse");
    case Trend::Unknown:
        return tr("no trend yet");
    }
    return {};
}

int PortfolioSlaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PortfolioSlaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortfolioSlaModel::display(const Row &row, int column) const
{
    switch (column) {
    case EngagementColumn:
        return row.key;
    case ClientColumn:
        return row.client;
    case Severity1Column:
    case Severity2Column:
    case Severity3Column:
    case Severity4Column: {
        const std::optional<Domain::MonthlyCompliance> &m =
            row.thisMonth[std::size_t(column - Severity1Column)];
        if (!m)
            return QStringLiteral("–");
        return (m->targetMet() ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) +
               percentText(*worstPercent(*m));
    }
    case TrendColumn:
        return sparkline(row.trend) + QStringLiteral("  ") + trendText(row.direction());
    case OpenBreachesColumn:
        return QLocale().toString(row.openBreaches);
    case AtRiskColumn:
        return QLocale().toString(row.atRisk);
    default:
        return {};
    }
}

QVariant PortfolioSlaModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case Severity1Column:
    case Severity2Column:
    case Severity3Column:
    case Severity4Column: {
        const std::optional<Domain::MonthlyCompliance> &m =
            row.thisMonth[std::size_t(column - Severity1Column)];
        return m ? *worstPercent(*m) : 101.0; // nothing measured sorts after everything measured
    }
    case TrendColumn:
        return int(row.direction());
    case OpenBreachesColumn:
        return row.openBreaches;
    case AtRiskColumn:
        return row.atRisk;
    default:
        return display(row, column);
    }
}

QVariant PortfolioSlaModel::toolTip(const Row &row, int column) const
{
    if (column >= Severity1Column && column <= Severity4Column) {
        const int severity = column - Severity1Column + 1;
        const std::optional<Domain::MonthlyCompliance> &m = row.thisMonth[std::size_t(severity - 1)];
        if (!m)
            return tr("Severity %1: no tickets measured this month").arg(severity);
        const auto text = [](std::optional<double> p) { return p ? percentText(*p) : tr("not measured"); };
        return tr("Severity %1 this month: response %2, resolution %3 of %n ticket(s); target %4 — %5",
                  nullptr, m->tickets)
            .arg(severity)
            .arg(text(m->responseMetPercent()), text(m->resolutionMetPercent()),
                 percentText(m->targetPercent), m->targetMet() ? tr("met") : tr("missed"));
    }
    if (column == TrendColumn) {
        QStringList months;
        for (const std::optional<double> &v : row.trend)
            months.append(v ? percentText(*v) : tr("none"));
        const QString soFar = row.soFar ? percentText(*row.soFar) : tr("none");
        return tr("Met %, both clocks and every severity, the %1 full months up to %2: %3. This month so "
                  "far: %4 "
                  "(not part of the trend until it has ended).")
            .arg(row.trend.size())
            .arg(DomainText::monthInSentence(row.lastFullMonth), months.join(QStringLiteral(", ")), soFar);
    }
    return {};
}

QVariant PortfolioSlaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const bool severityColumn = column >= Severity1Column && column <= Severity4Column;
    const std::optional<Domain::MonthlyCompliance> *m =
        severityColumn ? &row.thisMonth[std::size_t(column - Severity1Column)] : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::ForegroundRole:
        if (m && *m)
            return Palette::status((*m)->targetMet() ? Palette::Status::Good : Palette::Status::Bad);
        if (column == OpenBreachesColumn && row.openBreaches > 0)
            return Palette::status(Palette::Status::Bad);
        if (column == AtRiskColumn && row.atRisk > 0)
            return Palette::status(Palette::Status::Warning);
        return {};
    case Qt::TextAlignmentRole:
        if (severityColumn || column == OpenBreachesColumn || column == AtRiskColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(row, column);
    case EngagementIdRole:
        return row.engagementId;
    case MissedRole:
        return m && *m && !(*m)->targetMet();
    default:
        return {};
    }
}

QVariant PortfolioSlaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EngagementColumn:
        return tr("Engagement");
    case ClientColumn:
        return tr("Client");
    case Severity1Column:
    case Severity2Column:
    case Severity3Column:
    case Severity4Column:
        return tr("Sev %1").arg(section - Severity1Column + 1);
    case TrendColumn:
        return tr("6 full months");
    case OpenBreachesColumn:
        return tr("Open breaches");
    case AtRiskColumn:
        return tr("At risk");
    default:
        return {};
    }
}

} // namespace Models
