#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QWidget;

namespace Gui {

/// A chart's series as rows and columns of text: the words-and-numbers twin of a chart (issue 18).
struct ChartTableData
{
    QStringList headers;
    QList<QStringList> rows;
    /// Untranslated identities (to keep a table's place when it is read again in another
    /// language): a row's x value or category number, a column's series ("2", "2/from"); with
    /// several panes, prefixed by the pane's number.
    QStringList rowKeys;
    QStringList columnKeys;

    bool operator==(const ChartTableData &o) const
    {
        return headers == o.headers && rows == o.rows && rowKeys == o.rowKeys && columnKeys == o.columnKeys;
    }
};

/// Reads what a chart (a QChartView, or a widget holding several) already draws: line, scatter
/// and area series by x value, bar sets and box plots by category. Series left out of the legend
/// (helper lines) are left out here too. Numbers are in the current locale; dates are ISO
/// (2026-12-26) in every language, as the tables of tickets and breaches write them.
class ChartTable
{
    Q_DECLARE_TR_FUNCTIONS(Gui::ChartTable)

public:
    static ChartTableData fromWidget(const QWidget *chart);
    /// A sentence per chart of what it shows with its numbers: title, then for each series its
    /// last value with the lowest and highest ("Actual: 37.2 h on 25 Nov (lowest 37.2, highest 90)").
    static QString summary(const QWidget *chart);
    /// Sets the accessible name and description of a chart view and refreshes its table twin.
    static void describe(QWidget *view, const QString &name, const QString &description);
    /// Keeps a band of `pixels` free above the title of every chart in `chart` (for the table toggle).
    static void reserveTop(QWidget *chart, int pixels);
    /// The band reserveTop() keeps free on one chart view (0 if none).
    static int reservedTop(const QWidget *view);
    /// A number as the table writes it: at most two decimals, no trailing zeros.
    static QString number(double value);
};

} // namespace Gui
