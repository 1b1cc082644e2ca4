#include "ui/charttablecontainer.h"

#include "models/palette.h"

#include "ui/charts/charttable.h"
#include "ui/charts/charttheme.h"
#include "ui/viewstatekeeper.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <map>

namespace Gui {

ChartTableContainer::ChartTableContainer(QWidget *chart, QWidget *parent)
    : QWidget(parent), m_chart(chart), m_toggle(new QToolButton(this)), m_table(new QTableView(this)),
      m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("chartTableContainer"));
    m_toggle->setObjectName(QStringLiteral("showAsTable"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toggle->setAutoRaise(true);
    m_table->setObjectName(QStringLiteral("chartTable"));
    m_table->setModel(m_model);
    // A page's reload (others' changes) finds the rows again by their x values and the columns by
    // their series, not by texts of one language.
    ViewState::setRowKey(m_table, {KeyRole});
    ViewState::setColumnKey(m_table, KeyRole);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->hide();
    auto *copy = new QAction(m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, this, &ChartTableContainer::copySelection);
    connect(m_toggle, &QToolButton::toggled, this, &ChartTableContainer::setTableShown);

    // The toggle floats in the chart's top right corner, in a band the chart keeps free above its
    // title: a row of its own cost every chart a line of the page's height, and floating over the
    // chart it hid the title of a narrow one. The table leaves the same band free.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_chart, 1);
    ChartTable::reserveTop(m_chart, m_toggle->sizeHint().height() + 2);
    layout->addWidget(m_table, 1);
    // Below about ten lines of the chart's font Qt Charts elides every axis label to "…": a
    // larger font asks for a taller chart rather than a chart without words.
    m_chart->setMinimumHeight(qMax(m_chart->minimumHeight(), m_chart->fontMetrics().height() * 10));
    // Where the keyboard is, on a chart too (WCAG 2.4.7): its frame is highlighted while it has the focus.
    m_chart->installEventFilter(this);
    for (QGraphicsView *view : m_chart->findChildren<QGraphicsView *>())
        view->installEventFilter(this);
    setTabOrder(m_toggle, m_chart);
    setTabOrder(m_chart, m_table);
    retranslate();
}

bool ChartTableContainer::isTableShown() const
{
    return m_toggle->isChecked();
}

void ChartTableContainer::setTableShown(bool shown)
{
    if (m_toggle->isChecked() != shown)
        m_toggle->setChecked(shown); // comes back here through toggled()
    const bool hadFocus = m_chart->hasFocus() || m_table->hasFocus();
    if (shown)
        refresh();
    m_chart->setVisible(!shown);
    m_table->setVisible(shown);
    layout()->setContentsMargins(0, shown ? m_toggle->sizeHint().height() + 4 : 0, 0, 0);
    placeToggle();

    if (hadFocus)
        (shown ? static_cast<QWidget *>(m_table) : m_chart)->setFocus();
}

void ChartTableContainer::refresh()
{
    retranslate();
    if (!isTableShown())
        return;
    const ChartTableData data = ChartTable::fromWidget(m_chart);
    if (showsTheSameCells(data)) {
        // The same rows and columns in other words (another language, the chart drawn again): the
        // texts change where they are, so the current cell, the selection and the scroll position
        // stay. A fill from scratch forgot them (the chart redraws after the table at a change
        // of language, with nothing to put the table back where it was).
        m_model->setHorizontalHeaderLabels(data.headers);
        for (int r = 0; r < data.rows.size(); ++r) {
            for (int c = 0; c < data.rows.at(r).size(); ++c)
                m_model->item(r, c)->setText(data.rows.at(r).at(c));
        }
        m_table->resizeColumnsToContents();
        return;
    }
    m_model->clear();
    m_model->setHorizontalHeaderLabels(data.headers);
    for (int c = 0; c < data.columnKeys.size(); ++c)
        m_model->setHeaderData(c, Qt::Horizontal, data.columnKeys.at(c), KeyRole);
    for (int r = 0; r < data.rows.size(); ++r) {
        const QStringList &row = data.rows.at(r);
        QList<QStandardItem *> items;
        for (int i = 0; i < row.size(); ++i) {
            auto *item = new QStandardItem(row.at(i));
            if (i > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items.append(item);
        }
        if (!items.isEmpty() && r < data.rowKeys.size())
            items.first()->setData(data.rowKeys.at(r), KeyRole);
        m_model->appendRow(items);
    }
    m_table->resizeColumnsToContents();
}

bool ChartTableContainer::showsTheSameCells(const ChartTableData &data) const
{
    if (m_model->rowCount() != data.rows.size() || m_model->columnCount() != data.headers.size() ||
        data.rowKeys.size() != data.rows.size() || data.columnKeys.size() != data.headers.size())
        return false;
    for (int c = 0; c < data.columnKeys.size(); ++c) {
        if (m_model->headerData(c, Qt::Horizontal, KeyRole).toString() != data.columnKeys.at(c))
            return false;
    }
    for (int r = 0; r < data.rows.size(); ++r) {
        if (data.rows.at(r).size() != data.headers.size() || !m_model->item(r, 0) ||
            m_model->item(r, 0)->data(KeyRole).toString() != data.rowKeys.at(r))
            return false;
        for (int c = 1; c < data.headers.size(); ++c) {
            if (!m_model->item(r, c))
                return false;
        }
    }
    return true;
}

void ChartTableContainer::chartChanged(QWidget *chart)
{
    for (QWidget *w = chart; w; w = w->parentWidget()) {
        if (auto *container = qobject_cast<ChartTableContainer *>(w)) {
            container->refresh();
            return;
        }
    }
}

QString ChartTableContainer::selectedText() const
{
    // Rows and columns of the selected cells, in table order, whatever order they were picked in.
    std::map<int, std::map<int, QString>> cells;
    std::map<int, bool> columns;
    const QModelIndexList indexes = m_table->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : indexes) {
        cells[index.row()][index.column()] = index.data().toString();
        columns[index.column()] = true;
    }
    if (cells.empty())
        return {};
    QStringList lines;
    QStringList header;
    for (const auto &column : columns)
        header.append(m_model->headerData(column.first, Qt::Horizontal).toString());
    lines.append(header.join(QLatin1Char('\t')));
    for (const auto &row : cells) {
        QStringList line;
        for (const auto &column : columns) {
            const auto it = row.second.find(column.first);
            line.append(it == row.second.end() ? QString() : it->second);
        }
        lines.append(line.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ChartTableContainer::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void ChartTableContainer::followChartColours()
{
    // The toggle sits on the chart, whose colours are the chart theme's (ChartTheme), not the
    // window's: a light chart in a dark window made its light text vanish on white.
    QPalette onChart = m_toggle->palette();
    for (QPalette::ColorRole role : {QPalette::Button, QPalette::Window, QPalette::Base})
        onChart.setColor(role, Models::Palette::chartBackground());
    for (QPalette::ColorRole role : {QPalette::ButtonText, QPalette::WindowText, QPalette::Text})
        onChart.setColor(role, Models::Palette::onChartText());
    if (m_toggle->palette() != onChart)
        m_toggle->setPalette(onChart);
}

void ChartTableContainer::retranslate()
{
    followChartColours();
    m_toggle->setText(tr("Show as table"));
    placeToggle(); // the text's width changed
    const QString chartName = m_chart->accessibleName();
    m_toggle->setAccessibleName(chartName.isEmpty() ? tr("Show as table")
                                                    : tr("Show %1 as a table").arg(chartName));
    m_toggle->setToolTip(tr("Shows the chart's figures as a table that can be read and copied (Ctrl+C)"));
    m_table->setAccessibleName(chartName.isEmpty() ? tr("Chart figures")
                                                   : tr("%1 as a table").arg(chartName));
    m_table->setAccessibleDescription(
        tr("Read-only; Ctrl+C copies the selected cells as tab-separated text"));
}

void ChartTableContainer::placeToggle()
{
    const QSize size = m_toggle->sizeHint();
    m_toggle->setGeometry(width() - size.width() - 4, 2, size.width(), size.height());
    m_toggle->raise();
}

void ChartTableContainer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeToggle();
}

bool ChartTableContainer::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        if (auto *view = qobject_cast<QGraphicsView *>(watched))
            ChartTheme::apply(view);
    }
    return QWidget::eventFilter(watched, event);
}

void ChartTableContainer::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh(); // the charts redraw themselves in the new language as well
}

} // namespace Gui
