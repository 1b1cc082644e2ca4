#include "ui/charts/charttable.h"

#include "ui/charts/charttheme.h"

#include "ui/charttablecontainer.h"

#include <QAbstractBarSeries>
#include <QAccessible>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHash>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QXYSeries>

namespace Gui {

namespace {
const char s_reservedTopProperty[] = "dd_reservedTop";
} // namespace

namespace {

/// Rows keyed by their first cell, in the order they first appear; one column per series. Each
/// row and column has an untranslated identity too (the first x value or category of a row).
class Table
{
public:
    int column(const QString &header, const QString &key)
    {
        m_headers.append(header);
        m_columnKeys.append(key);
        return int(m_headers.size());
    }
    void set(const QString &rowLabel, const QString &rowKey, int column, const QString &value)
    {
        auto it = m_rowOf.find(rowLabel);
        if (it == m_rowOf.end()) {
            it = m_rowOf.insert(rowLabel, int(m_rows.size()));
            m_rows.append(QStringList{rowLabel});
            m_rowKeys.append(rowKey);
        }
        QStringList &row = m_rows[*it];
        while (row.size() <= column)
            row.append(QString());
        row[column] = value;
    }
    /// The table; a column without any value (a legend-only series) is left out.
    ChartTableData take(const QString &firstHeader)
    {
        QList<int> kept{0};
        for (int column = 1; column <= m_headers.size(); ++column) {
            for (const QStringList &row : std::as_const(m_rows)) {
                if (column < row.size() && !row.at(column).isEmpty()) {
                    kept.append(column);
                    break;
                }
            }
        }
        ChartTableData data;
        const QStringList headers = QStringList{firstHeader} + m_headers;
        const QStringList columnKeys = QStringList{QStringLiteral("x")} + m_columnKeys;
        for (int column : kept) {
            data.headers.append(headers.at(column));
            data.columnKeys.append(columnKeys.at(column));
        }
        data.rowKeys = m_rowKeys;
        for (const QStringList &row : std::as_const(m_rows)) {
            QStringList cells;
            for (int column : kept)
                cells.append(column < row.size() ? row.at(column) : QString());
            data.rows.append(cells);
        }
        return data;
    }

private:
    QStringList m_headers;
    QStringList m_columnKeys;
    QList<QStringList> m_rows;
    QStringList m_rowKeys;
    QHash<QString, int> m_rowOf;
};

QString clean(QString text)
{
    text.remove(QChar(0x200B)); // zero-width spaces that let month labels break
    text.replace(QStringLiteral("<br>"), QStringLiteral(" ")); // lines of a wrapped axis label
    return text.simplified();
}

/// What an x value reads as on the series' horizontal axis.
QString xLabel(QAbstractSeries *series, double x)
{
    for (QAbstractAxis *axis : series->attachedAxes()) {
        if (axis->orientation() != Qt::Horizontal)
            continue;
        if (qobject_cast<QDateTimeAxis *>(axis))
            return QDateTime::fromMSecsSinceEpoch(qint64(x), Qt::UTC).date().toString(Qt::ISODate);
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
            const int index = qRound(x);
            if (index >= 0 && index < categories->count())
                return clean(categories->at(index));
        }
    }
    return ChartTable::number(x);
}

/// An x value as an untranslated key (a date axis's milliseconds; a category's number).
QString xKey(double x)
{
    return QString::number(x, 'g', 17);
}

/// A category's, a box's or a slice's number as an untranslated key.
QString indexKey(int index)
{
    return QStringLiteral("#%1").arg(index);
}

QStringList categoriesOf(QAbstractSeries *series)
{
    for (QAbstractAxis *axis : series->attachedAxes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    }
    return {};
}

QString categoryAt(const QStringList &categories, int index)
{
    return index < categories.size() ? clean(categories.at(index)) : QString::number(index + 1);
}

void readSeries(QChart *chart, Table *table)
{
    const QList<QAbstractSeries *> all = chart->series();
    for (int s = 0; s < all.size(); ++s) {
        QAbstractSeries *series = all.at(s);
        if (!series->isVisible() || series->name().isEmpty())
            continue;
        const QString name = clean(series->name());
        const QString key = QString::number(s);
        auto part = [&key](const char *what) { return key + QLatin1Char('/') + QLatin1String(what); };
        if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            const int upper = table->column(area->lowerSeries() ? ChartTable::tr("%1 (to)").arg(name) : name,
                                            area->lowerSeries() ? part("to") : key);
            for (const QPointF &p : area->upperSeries()->points())
                table->set(xLabel(series, p.x()), xKey(p.x()), upper, ChartTable::number(p.y()));
            if (area->lowerSeries()) {
                const int lower = table->column(ChartTable::tr("%1 (from)").arg(name), part("from"));
                for (const QPointF &p : area->lowerSeries()->points())
                    table->set(xLabel(series, p.x()), xKey(p.x()), lower, ChartTable::number(p.y()));
            }
        } else if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            const int column = table->column(name, key);
            for (const QPointF &p : xy->points())
                table->set(xLabel(series, p.x()), xKey(p.x()), column, ChartTable::number(p.y()));
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const QStringList categories = categoriesOf(series);
            const QList<QBarSet *> sets = bars->barSets();
            for (int b = 0; b < sets.size(); ++b) {
                QBarSet *set = sets.at(b);
                const int column =
                    table->column(clean(set->label()), key + QLatin1Char('/') + QString::number(b));
                for (int i = 0; i < set->count(); ++i)
                    table->set(categoryAt(categories, i), indexKey(i), column,
                               ChartTable::number(set->at(i)));
            }
        } else if (auto *boxes = qobject_cast<QBoxPlotSeries *>(series)) {
            const QString prefix = name.isEmpty() ? QString() : name + QStringLiteral(": ");
            const int low = table->column(prefix + ChartTable::tr("lowest"), part("lowest"));
            const int q1 = table->column(prefix + ChartTable::tr("lower quartile"), part("q1"));
            const int median = table->column(prefix + ChartTable::tr("median"), part("median"));
            const int q3 = table->column(prefix + ChartTable::tr("upper quartile"), part("q3"));
            const int high = table->column(prefix + ChartTable::tr("highest"), part("highest"));
            const QStringList categories = categoriesOf(series);
            const QList<QBoxSet *> sets = boxes->boxSets();
            for (int i = 0; i < sets.size(); ++i) {
                const QString row =
                    sets.at(i)->label().isEmpty() ? categoryAt(categories, i) : clean(sets.at(i)->label());
                const QString rowKey = indexKey(i);
                table->set(row, rowKey, low, ChartTable::number(sets.at(i)->at(QBoxSet::LowerExtreme)));
                table->set(row, rowKey, q1, ChartTable::number(sets.at(i)->at(QBoxSet::LowerQuartile)));
                table->set(row, rowKey, median, ChartTable::number(sets.at(i)->at(QBoxSet::Median)));
                table->set(row, rowKey, q3, ChartTable::number(sets.at(i)->at(QBoxSet::UpperQuartile)));
                table->set(row, rowKey, high, ChartTable::number(sets.at(i)->at(QBoxSet::UpperExtreme)));
            }
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            const int column = table->column(name, key);
            const QList<QPieSlice *> slices = pie->slices();
            for (int i = 0; i < slices.size(); ++i)
                table->set(clean(slices.at(i)->label()), indexKey(i), column,
                           ChartTable::number(slices.at(i)->value()));
        }
    }
}

QList<const QChartView *> viewsOf(const QWidget *chart)
{
    if (auto *view = qobject_cast<const QChartView *>(chart))
        return {view};
    QList<const QChartView *> views;
    for (const QChartView *view : chart->findChildren<const QChartView *>())
        views.append(view);
    return views;
}

QString titleOf(const QChartView *view)
{
    const QString title = clean(view->chart()->title());
    return title.isEmpty() ? view->accessibleName() : title;
}

} // namespace

QString ChartTable::number(double value)
{
    QString text = QLocale().toString(value, 'f', 2);
    const QChar point = QLocale().decimalPoint().at(0);
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

ChartTableData ChartTable::fromWidget(const QWidget *chart)
{
    const QList<const QChartView *> views = viewsOf(chart);
    ChartTableData all;
    for (int pane = 0; pane < views.size(); ++pane) {
        const QChartView *view = views.at(pane);
        Table table;
        readSeries(view->chart(), &table);
        ChartTableData part = table.take(QString());
        if (views.size() > 1) {
            // Several panes: one column says which pane a row belongs to, the columns are joined.
            for (QStringList &row : part.rows)
                row.prepend(titleOf(view));
            part.headers.prepend(tr("Chart"));
            part.columnKeys.prepend(QStringLiteral("pane"));
            const QString prefix = QString::number(pane) + QLatin1Char(':');
            for (QString &key : part.rowKeys)
                key.prepend(prefix);
            for (int c = 1; c < part.columnKeys.size(); ++c)
                part.columnKeys[c].prepend(prefix);
        }
        if (all.headers.isEmpty()) {
            all = part;
            continue;
        }
        // Columns of a later pane go under the same header when it is the same, else appended.
        QList<int> columnOf;
        for (const QString &header : std::as_const(part.headers)) {
            int at = int(all.headers.indexOf(header));
            if (at < 0) {
                all.headers.append(header);
                all.columnKeys.append(part.columnKeys.at(columnOf.size()));
                for (QStringList &row : all.rows)
                    row.append(QString());
                at = int(all.headers.size()) - 1;
            }
            columnOf.append(at);
        }
        for (const QStringList &row : std::as_const(part.rows)) {
            QStringList joined(all.headers.size());
            for (int i = 0; i < row.size(); ++i)
                joined[columnOf.at(i)] = row.at(i);
            all.rows.append(joined);
        }
        all.rowKeys.append(part.rowKeys);
    }
    if (!all.headers.isEmpty()) {
        // The first column is the charts' x axis: days on a date axis, else months or categories.
        bool days = false;
        for (const QChartView *view : views) {
            for (QAbstractAxis *axis : view->chart()->axes(Qt::Horizontal))
                days = days || qobject_cast<QDateTimeAxis *>(axis);
        }
        const int first = views.size() > 1 ? 1 : 0;
        all.headers[first] = days ? tr("Day") : tr("Category");
    }
    return all;
}

QString ChartTable::summary(const QWidget *chart)
{
    QStringList sentences;
    const QList<const QChartView *> views = viewsOf(chart);
    for (const QChartView *view : views) {
        Table table;
        readSeries(view->chart(), &table);
        const ChartTableData data = table.take(QString());
        QStringList parts;
        for (int column = 1; column < data.headers.size(); ++column) {
            QString last, lastRow;
            double low = 0, high = 0;
            bool any = false;
            for (const QStringList &row : data.rows) {
                bool ok = false;
                const double value = QLocale().toDouble(row.at(column), &ok);
                if (!ok)
                    continue;
                low = any ? qMin(low, value) : value;
                high = any ? qMax(high, value) : value;
                any = true;
                last = row.at(column);
                lastRow = row.at(0);
            }
            if (!any)
                continue;
            parts.append(low == high
                             ? tr("%1: %2 at %3").arg(data.headers.at(column), last, lastRow)
                             : tr("%1: %2 at %3 (lowest %4, highest %5)")
                                   .arg(data.headers.at(column), last, lastRow, number(low), number(high)));
        }
        const QString title = titleOf(view);
        sentences.append(parts.isEmpty() ? tr("%1: no data").arg(title)
                                         : tr("%1: %2").arg(title, parts.join(QStringLiteral("; "))));
    }
    return sentences.join(QStringLiteral(". ")) + QLatin1Char('.');
}

void ChartTable::reserveTop(QWidget *chart, int pixels)
{
    for (const QChartView *constView : viewsOf(chart)) {
        auto *view = const_cast<QChartView *>(constView); // viewsOf() serves the readers too
        QMargins margins = view->chart()->margins();
        margins.setTop(margins.top() + pixels);
        view->chart()->setMargins(margins);
        // Remembered so that an export can give the band back (ChartExport): it is the window's, not the
        // file's.
        view->setProperty(s_reservedTopProperty, view->property(s_reservedTopProperty).toInt() + pixels);
    }
}

int ChartTable::reservedTop(const QWidget *view)
{
    return view->property(s_reservedTopProperty).toInt();
}

void ChartTable::describe(QWidget *view, const QString &name, const QString &description)
{
    // Every chart comes here after it was drawn again (new axes included): one place for the theme.
    ChartTheme::apply(view);
    if (view->accessibleName() != name)
        view->setAccessibleName(name);
    if (view->accessibleDescription() != description)
        view->setAccessibleDescription(description);
    ChartTableContainer::chartChanged(view);
}

} // namespace Gui
