#include "ui/viewstatekeeper.h"

#include <QAbstractItemView>
#include <QHash>
#include <QHeaderView>
#include <QScrollBar>
#include <QStringList>
#include <QTableView>
#include <QTreeView>

#include <optional>

namespace Gui {

namespace {
const char *const s_keyRoles = "ddViewStateKeyRoles";
const char *const s_keyColumn = "ddViewStateKeyColumn";
const char *const s_columnKeyRole = "ddViewStateColumnKeyRole";
// How far from its old number a row is looked for (each way): rows that came or went above it
// move it by a few; a million-row table (the tickets) is never read through.
constexpr int s_searchRows = 500;
// How many rows of a tree are looked at for their expanded state: a tree of the window has a
// few dozen; one of a million rows keeps the state of its first ones only.
constexpr int s_treeRows = 20000;

/// A key as text, to know it again in a hash (a key of several roles: their texts joined); empty
/// for no key.
QString keyText(const QVariant &key)
{
    if (key.userType() != QMetaType::QVariantList)
        return key.toString();
    QStringList parts;
    for (const QVariant &part : key.toList())
        parts.append(part.toString());
    return parts.join(QChar(0x1f));
}

/// Calls `visit(index)` for every row of `model` under `root` (column 0), parents before their
/// children, up to s_treeRows rows.
template<typename Visit>
void forEachTreeRow(const QAbstractItemModel *model, const QModelIndex &root, Visit visit)
{
    QVector<QModelIndex> parents{root};
    int budget = s_treeRows;
    while (!parents.isEmpty() && budget > 0) {
        const QModelIndex parent = parents.takeLast();
        const int count = qMin(model->rowCount(parent), budget);
        budget -= count;
        for (int r = 0; r < count; ++r) {
            const QModelIndex index = model->index(r, 0, parent);
            visit(index);
            if (model->hasChildren(index))
                parents.append(index);
        }
    }
}
} // namespace

/// The rows of a reloaded tree by their own key, read once, when an item is not found by its
/// path; keys that more than one row has are left out (which of them moved is not known).
class ViewState::TreeItems
{
public:
    TreeItems(const QTreeView *tree, const Key &key) : m_tree(tree), m_key(key) {}

    QModelIndex of(const QString &text)
    {
        if (!m_read) {
            m_read = true;
            QSet<QString> ambiguous;
            forEachTreeRow(m_tree->model(), m_tree->rootIndex(), [&](const QModelIndex &index) {
                const QString key = keyText(m_key.of(index.model(), index.row(), index.parent()));
                if (key.isEmpty() || ambiguous.contains(key))
                    return;
                if (m_unique.contains(key)) {
                    m_unique.remove(key);
                    ambiguous.insert(key);
                } else {
                    m_unique.insert(key, index);
                }
            });
        }
        return m_unique.value(text);
    }

private:
    const QTreeView *m_tree;
    Key m_key;
    bool m_read = false;
    QHash<QString, QPersistentModelIndex> m_unique; // persistent: expanding may fetch rows
};

void ViewState::setRowKey(QAbstractItemView *view, const QList<int> &roles, int column)
{
    view->setProperty(s_keyRoles, QVariant::fromValue(roles));
    view->setProperty(s_keyColumn, column);
}

void ViewState::setColumnKey(QAbstractItemView *view, int role)
{
    view->setProperty(s_columnKeyRole, role);
}

ViewState::Key ViewState::keyOf(const QAbstractItemView *view)
{
    Key key;
    const QList<int> roles = view->property(s_keyRoles).value<QList<int>>();
    if (!roles.isEmpty())
        key.roles = roles;
    const QVariant column = view->property(s_keyColumn);
    if (column.isValid())
        key.column = column.toInt();
    const QVariant columnRole = view->property(s_columnKeyRole);
    if (columnRole.isValid())
        key.columnRole = columnRole.toInt();
    return key;
}

QVariant ViewState::Key::ofColumn(const QAbstractItemModel *model, int column) const
{
    if (columnRole >= 0) {
        const QVariant key = model->headerData(column, Qt::Horizontal, columnRole);
        if (key.isValid())
            return key;
    }
    return model->headerData(column, Qt::Horizontal, Qt::DisplayRole);
}

QVariant ViewState::Key::of(const QAbstractItemModel *model, int row, const QModelIndex &parent) const
{
    const QModelIndex index = model->index(row, column, parent);
    if (roles.size() == 1)
        return index.data(roles.first());
    QVariantList values;
    for (const int role : roles)
        values.append(index.data(role));
    return values;
}

ViewState::Row ViewState::rowOf(const QModelIndex &index, const Key &key)
{
    Row row;
    for (QModelIndex at = index; at.isValid(); at = at.parent()) {
        row.keys.prepend(key.of(at.model(), at.row(), at.parent()));
        row.numbers.prepend(at.row());
    }
    return row;
}

QModelIndex ViewState::find(const QAbstractItemModel *model, const Row &row, const Key &key,
                            const QModelIndex &under, int firstLevel)
{
    QModelIndex parent = under;
    for (int level = firstLevel; level < row.keys.size(); ++level) {
        const int count = model->rowCount(parent);
        if (count == 0)
            return {};
        const QVariant &wanted = row.keys.at(level);
        const int start = qBound(0, row.numbers.at(level), count - 1);
        int found = -1;
        if (!wanted.isValid()) {
            found = start; // nothing to know the row by: its number
        } else {
            for (int distance = 0; found < 0 && distance <= s_searchRows; ++distance) {
                for (const int r : {start - distance, start + distance}) {
                    if (r >= 0 && r < count && key.of(model, r, parent) == wanted) {
                        found = r;
                        break;
                    }
                }
                if (start - distance < 0 && start + distance >= count)
                    break;
            }
        }
        if (found < 0)
            return {};
        parent = model->index(found, 0, parent);
    }
    return parent;
}

QModelIndex ViewState::findMoved(const QAbstractItemModel *model, const Row &row, const Key &key,
                                 TreeItems *items) const
{
    const QModelIndex index = find(model, row, key);
    if (index.isValid() || !items || !row.isValid())
        return index;
    // Not on its path: below the nearest of the row and its parents whose key is unique in the
    // tree, wherever that one is now (a task under a person moved to another team).
    for (int level = row.keys.size() - 1; level >= 0; --level) {
        const QString text = keyText(row.keys.at(level));
        if (text.isEmpty() || m_ambiguous.contains(text))
            continue;
        const QModelIndex moved = items->of(text);
        if (moved.isValid())
            return level + 1 == row.keys.size() ? moved : find(model, row, key, moved, level + 1);
    }
    return {};
}

QModelIndex ViewState::firstWholeRow(const QAbstractItemView *view)
{
    // A table's spans (a person's name over its rows) would give the span's first cell: by row.
    QModelIndex top;
    int rowTop = 0;
    if (const auto *table = qobject_cast<const QTableView *>(view)) {
        const int row = table->rowAt(0);
        const int column = table->columnAt(0);
        if (row >= 0 && column >= 0) {
            top = view->model()->index(row, column, view->rootIndex());
            rowTop = table->rowViewportPosition(row);
        }
    } else {
        top = view->indexAt(QPoint(0, 0));
        rowTop = view->visualRect(top).top();
    }
    if (!top.isValid() || rowTop >= 0 || view->verticalScrollMode() != QAbstractItemView::ScrollPerItem)
        return top;
    // Scrolled to the end, a view shows its last row whole and the top one cut: the first whole
    // row is where the user is (restored by that cut row, the view would be one row higher).
    QModelIndex below;
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        below = tree->indexBelow(top);
    else
        below = top.sibling(top.row() + 1, top.column());
    return below.isValid() ? below : top;
}

ViewState ViewState::of(const QAbstractItemView *view)
{
    ViewState state;
    const QAbstractItemModel *model = view->model();
    if (!model)
        return state;
    const Key key = keyOf(view);
    state.m_vertical = view->verticalScrollBar()->value();
    state.m_horizontal = view->horizontalScrollBar()->value();
    const QModelIndex top = firstWholeRow(view);
    if (top.isValid()) {
        state.m_top = rowOf(top, key);
        const auto *table = qobject_cast<const QTableView *>(view);
        state.m_topOffset = table ? table->rowViewportPosition(top.row()) : view->visualRect(top).top();
    }
    const QModelIndex current = view->currentIndex();
    if (current.isValid()) {
        state.m_current = rowOf(current, key);
        state.m_currentColumn = current.column();
        state.m_currentHeading = key.ofColumn(model, current.column());
        state.m_currentSelected = view->selectionModel() && view->selectionModel()->isSelected(current);
    }
    if (const auto *tree = qobject_cast<const QTreeView *>(view)) {
        state.readExpanded(tree, key);
        for (QModelIndex parent = current.parent(); parent.isValid(); parent = parent.parent())
            state.m_currentInSight = state.m_currentInSight && tree->isExpanded(parent);
    }
    return state;
}

void ViewState::readExpanded(const QTreeView *tree, const Key &key)
{
    // Collapsed items are kept too: a default-expanded item the user collapsed stays collapsed.
    // Every row's key is counted: one that several rows had does not find a moved item.
    const QAbstractItemModel *model = tree->model();
    QSet<QString> seen;
    forEachTreeRow(model, tree->rootIndex(), [&](const QModelIndex &index) {
        const QString text = keyText(key.of(model, index.row(), index.parent()));
        if (!text.isEmpty() && !seen.contains(text))
            seen.insert(text);
        else if (!text.isEmpty())
            m_ambiguous.insert(text);
        if (model->hasChildren(index))
            m_expanded.append({rowOf(index, key), tree->isExpanded(index)});
    });
}

void ViewState::restoreExpanded(QTreeView *tree, const Key &key, TreeItems *items) const
{
    // Each item is found by its whole path, or else by its own key (moved under another parent):
    // expanded where it now is; its new parents keep their own state.
    for (const Expanded &item : m_expanded) {
        const QModelIndex index = findMoved(tree->model(), item.row, key, items);
        if (index.isValid() && tree->isExpanded(index) != item.expanded)
            tree->setExpanded(index, item.expanded);
    }
}

void ViewState::restore(QAbstractItemView *view) const
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const Key key = keyOf(view);
    auto *tree = qobject_cast<QTreeView *>(view);
    std::optional<TreeItems> items;
    if (tree) {
        items.emplace(tree, key);
        restoreExpanded(tree, key, &*items);
    }
    // A reset lays the view out later (on the next event loop turn): the scroll ranges now.
    view->doItemsLayout();

    if (m_current.isValid() && view->selectionModel()) {
        // A tree scrolls to its current item by expanding its parents: one the user had collapsed
        // stays so (the scroll position is put back below anyway).
        const bool autoScroll = view->hasAutoScroll();
        if (tree)
            view->setAutoScroll(false);
        restoreCurrent(view, key, items ? &*items : nullptr);
        view->setAutoScroll(autoScroll);
    }

    // The scroll position after the current index, which scrolls to itself when set.
    const QModelIndex top =
        m_top.isValid() ? findMoved(model, m_top, key, items ? &*items : nullptr) : QModelIndex();
    if (top.isValid()) {
        view->scrollTo(top, QAbstractItemView::PositionAtTop);
        if (view->verticalScrollMode() == QAbstractItemView::ScrollPerPixel)
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() - m_topOffset);
    } else {
        view->verticalScrollBar()->setValue(m_vertical);
    }
    view->horizontalScrollBar()->setValue(m_horizontal);
}

void ViewState::restoreCurrent(QAbstractItemView *view, const Key &key, TreeItems *items) const
{
    const QAbstractItemModel *model = view->model();
    QModelIndex row = findMoved(model, m_current, key, items);
    // Moved under another parent, an item the user had in sight is shown there: its new parents
    // open (one hidden under a parent the user collapsed stays hidden).
    auto *tree = qobject_cast<QTreeView *>(view);
    if (tree && row.isValid() && m_currentInSight && rowOf(row, key).keys != m_current.keys) {
        for (QModelIndex parent = row.parent(); parent.isValid(); parent = parent.parent())
            tree->expand(parent);
    }
    // The row is gone: the same number, unless the reload chose a current row itself (the
    // engagement list selects the next engagement by its own rules).
    if (!row.isValid() && !view->currentIndex().isValid() && m_current.keys.size() == 1 &&
        model->rowCount() > 0)
        row = model->index(qMin(m_current.numbers.first(), model->rowCount() - 1), 0);
    if (!row.isValid())
        return;
    int column = -1;
    for (int c = 0; column < 0 && c < model->columnCount(row.parent()); ++c) {
        if (m_currentHeading.isValid() && key.ofColumn(model, c) == m_currentHeading)
            column = c;
    }
    if (column < 0)
        column = qBound(0, m_currentColumn, model->columnCount(row.parent()) - 1);
    const QModelIndex target = model->index(row.row(), column, row.parent());
    if (!target.isValid() || target == view->currentIndex())
        return;
    QItemSelectionModel::SelectionFlags flags = QItemSelectionModel::NoUpdate;
    if (m_currentSelected) {
        flags = QItemSelectionModel::ClearAndSelect;
        if (view->selectionBehavior() == QAbstractItemView::SelectRows)
            flags |= QItemSelectionModel::Rows;
        else if (view->selectionBehavior() == QAbstractItemView::SelectColumns)
            flags |= QItemSelectionModel::Columns;
    }
    // Being put back where one was opens no editor (a grid that edits on CurrentChanged).
    const QAbstractItemView::EditTriggers triggers = view->editTriggers();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->selectionModel()->setCurrentIndex(target, flags);
    view->setEditTriggers(triggers);
}

ViewStateKeeper::ViewStateKeeper(QAbstractItemView *view)
{
    if (view && view->model())
        m_views.append({view, ViewState::of(view)});
}

ViewStateKeeper::ViewStateKeeper(QWidget *root)
{
    if (!root)
        return;
    QList<QAbstractItemView *> views = root->findChildren<QAbstractItemView *>();
    if (auto *self = qobject_cast<QAbstractItemView *>(root))
        views.prepend(self);
    for (QAbstractItemView *view : qAsConst(views)) {
        if (view->model() && view->window() == root->window() && !qobject_cast<QHeaderView *>(view))
            m_views.append({view, ViewState::of(view)});
    }
}

ViewStateKeeper::~ViewStateKeeper()
{
    for (const auto &[view, state] : qAsConst(m_views)) {
        if (view)
            state.restore(view);
    }
}

} // namespace Gui
