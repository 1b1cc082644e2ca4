#include "ui/heatmapview.h"

#include "models/allocationheatmapmodel.h"
#include "models/palette.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Gui {

using Band = Models::AllocationHeatmapModel::Band;

namespace {
bool isOver(Band band)
{
    return band == Band::Over || band == Band::NoCapacity;
}

void paintCell(QPainter *painter, const QRect &rect, const QColor &colour, bool hatched)
{
    painter->fillRect(rect, colour);
    if (hatched)
        painter->fillRect(rect, QBrush(colour.darker(170), Qt::BDiagPattern));
}

/// Paints the colour, the hatch over 100 % and the text on a plain background for contrast.
class HeatmapDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const auto band = Band(index.data(Models::AllocationHeatmapModel::BandRole).toInt());
        painter->save();
        paintCell(painter, option.rect.adjusted(1, 1, -1, -1), index.data(Qt::BackgroundRole).value<QColor>(),
                  isOver(band));
        const QString text = index.data().toString();
        QFont font = option.font;
        font.setBold(isOver(band));
        painter->setFont(font);
        const QRect textRect = option.fontMetrics.boundingRect(text).adjusted(-4, -1, 4, 1);
        QRect box(QPoint(0, 0), textRect.size());
        box.moveCenter(option.rect.center());
        painter->fillRect(box, Models::Palette::color(Models::Palette::Role::LoadLabelBacking));
        painter->setPen(Models::Palette::color(Models::Palette::Role::LoadText));
        painter->drawText(option.rect, Qt::AlignCenter, text);
        if (option.state & QStyle::State_Selected) {
            painter->setPen(QPen(option.palette.highlight(), 2));
            painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
        }
        // The keyboard's cell (WCAG 2.4.7): the painting above covers the style's focus frame.
        if (option.state & QStyle::State_HasFocus) {
            painter->setPen(QPen(option.palette.color(QPalette::Text), 1, Qt::DashLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(option.rect.adjusted(3, 3, -4, -4));
        }
        painter->restore();
    }
};

class Swatch : public QWidget
{
public:
    explicit Swatch(Band band, QWidget *parent = nullptr) : QWidget(parent), m_band(band)
    {
        setFixedSize(28, 16);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        paintCell(&painter, rect().adjusted(0, 0, -1, -1), Models::AllocationHeatmapModel::bandColour(m_band),
                  isOver(m_band));
        painter.setPen(Models::Palette::color(Models::Palette::Role::LoadSwatchBorder));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }

private:
    Band m_band;
};
} // namespace

HeatmapView::HeatmapView(QWidget *parent)
    : QWidget(parent), m_table(new QTableView), m_legendTitle(new QLabel), m_legend(new QWidget)
{
    m_table->setObjectName(QStringLiteral("heatmapTable"));
    m_table->setItemDelegate(new HeatmapDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setShowGrid(false);
    // The legend flows onto a second line where one is too narrow for it (1024 px in Swedish cut
    // "över 100 % (streckad, ▲)"): its entries sit in a grid that placeLegend() fills row by row.
    m_legendGrid = new QGridLayout(m_legend);
    m_legendGrid->setContentsMargins(0, 0, 0, 0);
    m_legendGrid->setHorizontalSpacing(8);
    m_legendEntries.append(m_legendTitle);
    for (Band band : {Band::None, Band::Low, Band::Balanced, Band::Full, Band::Over}) {
        auto *entry = new QWidget(m_legend); // a child at once: retranslate() finds its label
        auto *entryLayout = new QHBoxLayout(entry);
        entryLayout->setContentsMargins(0, 0, 0, 0);
        entryLayout->addWidget(new Swatch(band));
        auto *label = new QLabel;
        label->setProperty("band", int(band));
        entryLayout->addWidget(label);
        m_legendEntries.append(entry);
    }
    m_legend->setSizePolicy(QSizePolicy::Ignored,
                            QSizePolicy::Preferred); // it wraps rather than widen the page
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_legend);
    retranslate();
}

void HeatmapView::placeLegend()
{
    const int available = qMax(1, width());
    const int spacing = m_legendGrid->horizontalSpacing();
    int row = 0, column = 0, used = 0;
    QList<QPair<int, int>> cells;
    for (QWidget *entry : qAsConst(m_legendEntries)) {
        const int w = entry->sizeHint().width();
        if (column > 0 && used + spacing + w > available) {
            ++row;
            column = 0;
            used = 0;
        }
        cells.append({row, column});
        used += (column > 0 ? spacing : 0) + w;
        ++column;
    }
    bool same = true;
    for (int i = 0; i < m_legendEntries.size() && same; ++i) {
        const int index = m_legendGrid->indexOf(m_legendEntries.at(i));
        int r = -1, c = -1, rs = 0, cs = 0;
        if (index >= 0)
            m_legendGrid->getItemPosition(index, &r, &c, &rs, &cs);
        same = index >= 0 && r == cells.at(i).first && c == cells.at(i).second;
    }
    if (same)
        return;
    for (QWidget *entry : qAsConst(m_legendEntries))
        m_legendGrid->removeWidget(entry);
    for (int i = 0; i < m_legendEntries.size(); ++i)
        m_legendGrid->addWidget(m_legendEntries.at(i), cells.at(i).first, cells.at(i).second, Qt::AlignLeft);
    for (int c = 0; c <= m_legendEntries.size(); ++c)
        m_legendGrid->setColumnStretch(c, 0);
    m_legendGrid->setColumnStretch(m_legendEntries.size(), 1);
}

void HeatmapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeLegend();
}

void HeatmapView::setModel(QAbstractItemModel *model)
{
    m_table->setModel(model);
}

void HeatmapView::retranslate()
{
    m_legendTitle->setText(tr("Allocated vs capacity:"));
    m_table->setAccessibleName(tr("Heatmap of allocated hours against capacity"));
    m_table->setAccessibleDescription(
        tr("One row per person, one column per month; each cell says its share of the "
           "capacity and its band in words as well as in colour"));
    const auto labels = m_legend->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        const QVariant band = label->property("band");
        if (band.isValid())
            label->setText(Models::AllocationHeatmapModel::bandText(Band(band.toInt())));
    }
    placeLegend(); // the words' widths changed
}

void HeatmapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Gui
