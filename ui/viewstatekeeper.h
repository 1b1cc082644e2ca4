#pragma once

#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QVariant>
#include <QVector>

class QAbstractItemView;
class QAbstractItemModel;
class QModelIndex;
class QTreeView;
class QWidget;

namespace Gui {

/// Where a user is in an item view: the scroll position and the current cell, remembered by the
/// rows' identity rather than their numbers, so that a reload of the model (others changed the
/// database, the page read again) puts the user back at the same rows even when rows came or went
/// above them. A row is identified by the data of its key column in its key roles (column 0's
/// text unless setRowKey() says otherwise; in a tree, with its parents' keys), a column by its
/// heading, or by its header data in a key role where setColumnKey() names one and the model gives
/// it. A row no longer there leaves the position by number (the current row too, unless the
/// reload chose one itself); so does a column.
/// A view whose rows or headings are translated, and whose model is filled again at a change of
/// language, names untranslated keys (an id, an ISO month) so that the change keeps its place:
/// the texts read before the change are in the old language where the model keeps texts (a
/// QStandardItemModel, a QTreeWidget), in the new one where it translates as it is read.
/// A row is looked for near its old number only (a few hundred rows each way), so that a table
/// that reads its rows as they are shown (the tickets) is never read through.
/// In a tree, which items are expanded and which collapsed is kept the same way, by the items'
/// key paths: an item gone is ignored, an item new takes what the reload gave it (the tree's
/// default); the current item stays hidden under a parent the user had collapsed.
/// An item whose path is no longer there is looked for by its own key, where that key names one
/// item only in the tree (before and after): an item moved under another parent keeps its
/// expanded state there, and a current item moved is current there with its new parents expanded
/// (if it was in sight). A tree whose texts are translated gives an untranslated key role
/// (setRowKey()), so that a change of language keeps its place too.
class ViewState
{
public:
    /// The row identity of `view`: the data in `roles` of `column` (a ticket's id role; a person,
    /// an engagement and the kind of row), kept on the view.
    static void setRowKey(QAbstractItemView *view, const QList<int> &roles, int column = 0);
    /// The column identity of `view`: the model's horizontal header data in `role` (a month's
    /// date where the heading is its translated name), kept on the view. A column whose header has
    /// no data in `role` is known by its heading's text.
    static void setColumnKey(QAbstractItemView *view, int role);

    /// Reads the place of `view` now.
    static ViewState of(const QAbstractItemView *view);
    /// Puts `view` back at the place read (after its model was reloaded); the current index is
    /// set again (and its row selected, if it was) only when it is not the current one already.
    void restore(QAbstractItemView *view) const;
    /// The top row of `view` as the user sees it: the first row shown whole where a view that
    /// scrolls by rows is at its end (its top row cut), else the row at its top.
    static QModelIndex firstWholeRow(const QAbstractItemView *view);

private:
    struct Row
    {
        QVector<QVariant> keys; ///< from the top level down to the row
        QVector<int> numbers;   ///< the row numbers, for when a key is not found
        bool isValid() const { return !keys.isEmpty(); }
    };

    struct Key
    {
        QList<int> roles{Qt::DisplayRole};
        int column = 0;
        int columnRole = -1; ///< the header's key role; -1: none
        QVariant of(const QAbstractItemModel *model, int row, const QModelIndex &parent) const;
        /// The column's key in columnRole, or else its heading.
        QVariant ofColumn(const QAbstractItemModel *model, int column) const;
    };
    static Key keyOf(const QAbstractItemView *view);
    static Row rowOf(const QModelIndex &index, const Key &key);
    /// The row by its keys from `firstLevel` down, starting under `under`.
    static QModelIndex find(const QAbstractItemModel *model, const Row &row, const Key &key,
                            const QModelIndex &under = QModelIndex(), int firstLevel = 0);
    /// find(), then in a tree below the nearest of the row and its parents whose own key is
    /// unique in the tree (moved items).
    class TreeItems;
    QModelIndex findMoved(const QAbstractItemModel *model, const Row &row, const Key &key,
                          TreeItems *items) const;
    void readExpanded(const QTreeView *tree, const Key &key);
    void restoreExpanded(QTreeView *tree, const Key &key, TreeItems *items) const;
    void restoreCurrent(QAbstractItemView *view, const Key &key, TreeItems *items) const;

    struct Expanded
    {
        Row row;
        bool expanded = false;
    };

    QVector<Expanded> m_expanded; ///< every item with children of a tree (up to a limit)
    QSet<QString> m_ambiguous;    ///< the keys of a tree that more than one item had
    bool m_currentInSight = true; ///< a tree's current item had its parents expanded
    Row m_top;
    int m_topOffset = 0;
    int m_vertical = 0;
    int m_horizontal = 0;
    Row m_current;
    QVariant m_currentHeading; ///< the current column's key (Key::ofColumn())
    int m_currentColumn = -1;
    bool m_currentSelected = false;
};

/// Keeps the place of item views across a reload: reads it when made, restores it when destroyed.
///
///     {
///         const ViewStateKeeper keeper(page); // every item view of the page's window under it
///         reload();
///     }
class ViewStateKeeper
{
public:
    explicit ViewStateKeeper(QAbstractItemView *view);
    /// Every item view under `root` in root's own window (not the lists of combo boxes' pop-ups nor
    /// the views of dialogs).
    explicit ViewStateKeeper(QWidget *root);
    ~ViewStateKeeper();

    ViewStateKeeper(const ViewStateKeeper &) = delete;
    ViewStateKeeper &operator=(const ViewStateKeeper &) = delete;

private:
    QVector<QPair<QPointer<QAbstractItemView>, ViewState>> m_views;
};

} // namespace Gui
