#pragma once

#include "models/slaoverviewloader.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QVector>
#include <array>

namespace Models {

/// The SLA section of the Portfolio page: every engagement with an SLA, one row each, with this
/// month's compliance per severity against its target (the weaker of response and resolution, a
/// ✓ or ✗ as well as a colour), the trend of the last six months as a small bar line and an arrow
/// with a word, open breaches and tickets at risk now. Sort through a proxy on SortRole.
class PortfolioSlaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int TrendMonths = 6;

    enum Column {
        EngagementColumn,
        ClientColumn,
        Severity1Column,
        Severity2Column,
        Severity3Column,
        Severity4Column,
        TrendColumn,
        OpenBreachesColumn,
        AtRiskColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, EngagementIdRole, MissedRole };
    enum class Trend { Unknown, Better, Steady, Worse };

    struct Row
    {
        qint64 engagementId = 0;
        QString key;
        QString client;
        /// This month per severity 1–4; empty when nothing was measured (or no target).
        std::array<std::optional<Domain::MonthlyCompliance>, 4> thisMonth;
        /// Met % of both clocks over every severity, one per full month (the TrendMonths months
        /// before this one), oldest first: this month has not ended and is never compared as if it had.
        QVector<std::optional<double>> trend;
        /// The last month of `trend` (the month before this one).
        QDate lastFullMonth;
        /// This month's met % so far, shown beside the trend and never part of it.
        std::optional<double> soFar;
        int openBreaches = 0;
        int atRisk = 0;

        Trend direction() const;
        bool operator==(const Row &o) const
        {
            return engagementId == o.engagementId && key == o.key && client == o.client &&
                   thisMonth == o.thisMonth && trend == o.trend && lastFullMonth == o.lastFullMonth &&
                   soFar == o.soFar && openBreaches == o.openBreaches && atRisk == o.atRisk;
        }
    };

    explicit PortfolioSlaModel(QObject *parent = nullptr);

    void setRows(const QVector<Row> &rows);
    const QVector<Row> &rows() const { return m_rows; }

    /// The rows of every engagement with an SLA, this month being the month of `now` in each
    /// engagement's zone.
    static SlaOverviewLoader::Error load(const Storage::Database &database,
                                         const QVector<Domain::Engagement> &engagements, qint64 now,
                                         QVector<Row> *out);
    /// The weaker met % of the two clocks; empty when neither was measured.
    static std::optional<double> worstPercent(const Domain::MonthlyCompliance &m);
    /// "▅▆▇█" for 50–100 %, "·" for a month without measured tickets.
    static QString sparkline(const QVector<std::optional<double>> &values);
    static QString trendText(Trend trend);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;
    QVector<Row> m_rows;
};

} // namespace Models
