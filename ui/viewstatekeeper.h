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
/// heading. A row no longer there leaves the position by number (the current row too, unless the
/// reload chose one itself).
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

    /// Reads the place of `view` now.
    static ViewState of(const QAbstractItemView *view);
    /// Puts `view` back at the place read (after its model was reloaded); the current index is
    /// set again (and its row selected, if it was) only when it is not the current one already.
    void restore(QAbstractItemView *view) const;

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
        QVariant of(const QAbstractItemModel *model, int row, const QModelIndex &parent) const;
    };
    static Key keyOf(const QAbstractItemView *view);
    static QModelIndex firstWholeRow(const QAbstractItemView *view);
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
    QVariant m_currentHeading;
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
