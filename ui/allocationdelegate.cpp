#include "ui/allocationdelegate.h"

#include "models/allocationgridmodel.h"
#include "models/palette.h"

#include <QDoubleValidator>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>

namespace Gui {

using Models::AllocationGridModel;

namespace {
bool isBlockedCell(const QModelIndex &index)
{
    return index.data(AllocationGridModel::RowKindRole).toInt() ==
               int(AllocationGridModel::RowKind::Allocation) &&
           index.data(AllocationGridModel::MonthRole).toDate().isValid() &&
           !index.data(AllocationGridModel::CanAllocateRole).toBool();
}
} // namespace

QWidget *AllocationDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("allocationEditor"));
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Negative and absurd values are typed on purpose: the model refuses them with the reason.
    auto *validator = new QDoubleValidator(-100000.0, 100000.0, 2, editor);
    validator->setNotation(QDoubleValidator::StandardNotation);
    editor->setValidator(validator);
    return editor;
}

void AllocationDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const qint64 minutes = index.data(AllocationGridModel::MinutesRole).toLongLong();
    static_cast<QLineEdit *>(editor)->setText(minutes == 0 ? QString()
                                                           : AllocationGridModel::hoursText(minutes));
}

void AllocationDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    const QString text = static_cast<QLineEdit *>(editor)->text().trimmed();
    // An emptied cell means no allocation.
    model->setData(index, text.isEmpty() ? QStringLiteral("0") : text, Qt::EditRole);
}

void AllocationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    if (isBlockedCell(index)) {
        painter->save();
        const bool dark = Models::Palette::isDark(option.palette);
        painter->fillRect(option.rect,
                          QBrush(Models::Palette::color(Models::Palette::Role::BlockedCellFill, dark)));
        painter->fillRect(
            option.rect,
            QBrush(Models::Palette::color(Models::Palette::Role::BlockedCellHatch, dark), Qt::BDiagPattern));
        painter->restore();
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace Gui
