#pragma once

#include <QWidget>

class QAbstractItemModel;
class QGridLayout;
class QLabel;
class QTableView;

namespace Gui {

/// The allocation heatmap: one row per person, one column per month, each cell coloured by load,
/// with the percentage as text, a hatch and ▲ over 100 %, and a legend that names every band.
class HeatmapView : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();

    QTableView *m_table;
    QLabel *m_legendTitle;
    QWidget *m_legend;
    QGridLayout *m_legendGrid = nullptr;
    QList<QWidget *> m_legendEntries;
    void placeLegend();
};

} // namespace Gui
