#include "ui/engagementlistpanel.h"

#include "models/engagementlistmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Gui {

EngagementListPanel::EngagementListPanel(Models::EngagementListModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new QLineEdit(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter->setObjectName(QStringLiteral("engagementFilter"));
    m_view->setObjectName(QStringLiteral("engagementTable"));
    m_view->setTabKeyNavigation(false); // Tab leaves the list for the page; arrows move between rows
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);

    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Models::EngagementListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(Models::EngagementListModel::KeyColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(Models::EngagementListModel::ClientColumn,
                                                     QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The model's name is long; the overview shows it, the tooltip too.
    for (int column : {Models::EngagementListModel::ModelColumn, Models::EngagementListModel::StartColumn,
                       Models::EngagementListModel::EndColumn})
        m_view->setColumnHidden(column, true);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    // The client's name wraps at the width its column has: the rows are measured again when that
    // column's width changes. The header stretches it after the view is laid out (a shown window,
    // a moved splitter); rows measured before, at the header's default width, kept a height that
    // did not fit the name (two lines' for one) until a refresh measured them again: the rows
    // "shrank" at the first refresh. Queued: the header tells of the new width before it has it.
    connect(
        m_view->horizontalHeader(), &QHeaderView::sectionResized, this,
        [this](int section) {
            if (section == Models::EngagementListModel::ClientColumn)
                m_view->resizeRowsToContents();
        },
        Qt::QueuedConnection);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentEngagementChanged(currentEngagementId()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit activated(index.data(Models::EngagementListModel::IdRole).toLongLong());
    });
    // A reset (another database) or a removed row leaves no current row: select the first.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        if (m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        else
            emit currentEngagementChanged(0);
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        emit currentEngagementChanged(currentEngagementId());
    });
    retranslate();
}

void EngagementListPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void EngagementListPanel::fitColumns()
{
    using M = Models::EngagementListModel;
    const auto needed = [this](int column) {
        const QAbstractItemView *view = m_view; // sizeHintForColumn is public there
        return qMax(view->sizeHintForColumn(column), m_view->horizontalHeader()->sectionSizeHint(column));
    };
    // The client's name wraps onto two lines; below a dozen characters it is cut. The hours per
    // month and the client are on the Overview page and in the row's tooltip.
    const int client = qMax(needed(M::ClientColumn) / 2, m_view->fontMetrics().averageCharWidth() * 12);
    const int chrome = 2 * m_view->frameWidth() + m_view->verticalScrollBar()->sizeHint().width();
    // The keys stay whole however narrow the window (a 150 % font at 1024 px squeezed them to "ATLANT").
    setMinimumWidth(needed(M::KeyColumn) + chrome);
    const int width = m_view->width() - chrome;
    m_view->setColumnHidden(M::CommittedColumn,
                            needed(M::KeyColumn) + client + needed(M::CommittedColumn) > width);
    // Narrower still (a 150 % font at 1024 px): the keys alone, the client in the row's tooltip.
    m_view->setColumnHidden(M::ClientColumn, needed(M::KeyColumn) + client > width);
    // The client's name wraps at the width it now has (rows were only measured when filled).
    m_view->resizeRowsToContents();
}

qint64 EngagementListPanel::currentEngagementId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(Models::EngagementListModel::IdRole).toLongLong() : 0;
}

void EngagementListPanel::selectEngagement(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        return selectEngagement(id);
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void EngagementListPanel::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter engagements"));
    m_filter->setAccessibleName(tr("Filter engagements"));
    m_filter->setAccessibleDescription(
        tr("Shows only the engagements whose key, client or model contains the text (Ctrl+F)"));
    m_view->setAccessibleName(tr("Engagements"));
    m_view->setAccessibleDescription(
        tr("Select an engagement to show it on the pages; Enter edits it; F6 moves to the page"));
}

void EngagementListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Rows show translated model names: let the view fetch them again.
        m_view->viewport()->update();
        m_view->horizontalHeader()->viewport()->update();
        fitColumns();
    }
    QWidget::changeEvent(event);
}

} // namespace Gui
