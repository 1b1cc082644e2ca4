#pragma once

#include <QStyledItemDelegate>

namespace Gui {

/// Edits allocation hours as a number in the current locale and marks cells where the person or the
/// engagement cannot be allocated (hatched), so the reason for a refusal is visible before typing.
class AllocationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace Gui
