#pragma once

#include <QWidget>

class QStandardItemModel;
class QTableView;
class QToolButton;

namespace Gui {

struct ChartTableData;

/// A chart with its words-and-numbers twin (issue 18): a "Show as table" toggle above the chart
/// swaps it for a read-only table of the same series (ChartTable), which a screen reader reads
/// cell by cell and Ctrl+C copies as tab-separated text. One container serves every chart. Read
/// again with the same rows and series (another language, the chart redrawn), the table changes
/// its texts in place and so keeps the user's cell and scroll position.
class ChartTableContainer : public QWidget
{
    Q_OBJECT

public:
    /// Takes `chart` (a QChartView or a widget of several) into the container.
    explicit ChartTableContainer(QWidget *chart, QWidget *parent = nullptr);

    bool isTableShown() const;
    void setTableShown(bool shown);
    QWidget *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }
    QToolButton *toggle() const { return m_toggle; }

    /// Reads the chart again into the table (while the table is shown) and renames both.
    void refresh();
    /// Called by a chart whenever it was drawn again: the container holding it refreshes.
    static void chartChanged(QWidget *chart);
    /// The selected cells as tab-separated lines, with the selected columns' headers first.
    QString selectedText() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// On the first cell of a row, its x value or category; on a column's header, its series
    /// (ChartTableData's keys): the table's place is kept by them.
    static constexpr int KeyRole = Qt::UserRole + 1;

    /// The model has the rows and columns of `data` already (by their keys), in any language.
    bool showsTheSameCells(const ChartTableData &data) const;
    void retranslate();
    void followChartColours();
    void copySelection();
    void placeToggle();

    QWidget *m_chart;
    QToolButton *m_toggle;
    QTableView *m_table;
    QStandardItemModel *m_model;
};

} // namespace Gui
