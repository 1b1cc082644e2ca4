#pragma once
// What a user sees cut on a page (issues 12 and 18): a label, button, combo box or placeholder
// narrower than its text, a wrapped label shorter than its lines, a table header word wider than
// its column, a chart's axis label or legend entry elided by Qt Charts ("J...", "Ti..."), and a
// table that scrolls sideways. Shared by the window's layout tests; header-only, tests alone.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringList>
#include <QTableView>
#include <QTextDocument>
#include <QWidget>

namespace CutText {

inline QString nameOf(const QWidget *w)
{
    return w->objectName().isEmpty()
               ? QString::fromLatin1(w->metaObject()->className())
               : w->objectName() + QLatin1Char('/') + QString::fromLatin1(w->metaObject()->className());
}

inline bool shown(const QWidget *w, const QWidget *top)
{
    return w->isVisibleTo(top) && w->width() > 0 && w->height() > 0;
}

/// Each piece of text cut inside `top` (only what is shown), as "what: text (needs N, has M)".
/// `wideTables` names item views allowed to scroll sideways (a table of many columns by nature).
inline QStringList find(QWidget *top, const QStringList &wideTables = {})
{
    QStringList cut;
    const auto report = [&](const QWidget *w, const QString &text, int needs, int has) {
        cut.append(QStringLiteral("%1 \"%2\" (needs %3 px, has %4)")
                       .arg(nameOf(w), text.left(60))
                       .arg(needs)
                       .arg(has));
    };
    for (QLabel *label : top->findChildren<QLabel *>()) {
        if (!shown(label, top) || label->text().isEmpty() || label->pixmap().cacheKey() != 0)
            continue;
        const QRect contents = label->contentsRect();
        if (label->wordWrap()) {
            const int needs = label->heightForWidth(label->width());
            if (needs > label->height() + 1)
                report(label, label->text(), needs, label->height());
            // One word longer than the line is cut even when wrapped.
            QTextDocument doc;
            doc.setDefaultFont(label->font());
            if (Qt::mightBeRichText(label->text()))
                doc.setHtml(label->text());
            else
                doc.setPlainText(label->text());
            const QStringList words =
                doc.toPlainText().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            for (const QString &word : words) {
                const int w = label->fontMetrics().horizontalAdvance(word);
                if (w > contents.width() + 1) {
                    report(label, word, w, contents.width());
                    break;
                }
            }
        } else {
            const QSize hint = label->sizeHint();
            if (hint.width() > label->width() + 1 || label->minimumSizeHint().height() > label->height() + 1)
                report(label, label->text(), hint.width(), label->width());
        }
    }
    for (QAbstractButton *button : top->findChildren<QAbstractButton *>()) {
        if (!shown(button, top) || button->text().isEmpty() || button->inherits("QTabBar"))
            continue;
        if (button->parentWidget() && button->parentWidget()->inherits("QTabBar"))
            continue;
        if (button->sizeHint().width() > button->width() + 1)
            report(button, button->text(), button->sizeHint().width(), button->width());
    }
    for (QComboBox *box : top->findChildren<QComboBox *>()) {
        if (!shown(box, top) || box->isEditable())
            continue;
        // The chosen item must be readable; a longer item may show in the open list only.
        const int text = box->fontMetrics().horizontalAdvance(box->currentText());
        const int needs = text + box->style()->pixelMetric(QStyle::PM_ComboBoxFrameWidth, nullptr, box) * 2 +
                          22; // the arrow
        if (needs > box->width() + 1)
            report(box, box->currentText(), needs, box->width());
    }
    for (QLineEdit *edit : top->findChildren<QLineEdit *>()) {
        if (!shown(edit, top) || !edit->text().isEmpty() || edit->placeholderText().isEmpty())
            continue;
        if (edit->parentWidget() && edit->parentWidget()->inherits("QAbstractSpinBox"))
            continue;
        const int needs = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 12;
        if (needs > edit->width())
            report(edit, edit->placeholderText(), needs, edit->width());
    }
    for (QAbstractItemView *view : top->findChildren<QAbstractItemView *>()) {
        if (!shown(view, top))
            continue;
        if (!wideTables.contains(view->objectName()) && view->horizontalScrollBar()->isVisible())
            report(view, QStringLiteral("scrolls sideways"),
                   view->horizontalScrollBar()->maximum() + view->viewport()->width(),
                   view->viewport()->width());
        auto *table = qobject_cast<QTableView *>(view);
        if (!table || !table->horizontalHeader()->isVisible() || !table->model())
            continue;
        QHeaderView *header = table->horizontalHeader();
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c) || header->sectionSize(c) <= 0)
                continue;
            const QString text = table->model()->headerData(c, Qt::Horizontal).toString();
            // A header wraps on words only when told to (Qt::TextWordWrap); else each line is whole.
            const bool wraps = int(header->defaultAlignment()) & Qt::TextWordWrap;
            const QRegularExpression breaks(wraps ? QStringLiteral("\\s+") : QStringLiteral("\n"));
            for (const QString &word : text.split(breaks, Qt::SkipEmptyParts)) {
                const int w = QFontMetrics(header->font()).horizontalAdvance(word);
                if (w > header->sectionSize(c)) {
                    report(header, word, w, header->sectionSize(c));
                    break;
                }
            }
        }
    }
    for (QChartView *chartView : top->findChildren<QChartView *>()) {
        if (!shown(chartView, top) || !chartView->scene())
            continue;
        for (QGraphicsItem *item : chartView->scene()->items()) {
            if (!item->isVisible())
                continue;
            QString text;
            if (auto *t = dynamic_cast<QGraphicsTextItem *>(item))
                text = t->toPlainText();
            else if (auto *s = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                text = s->text();
            if (text.endsWith(QLatin1String("...")) || text.endsWith(QChar(0x2026)))
                report(chartView, text, 0, 0);
        }
    }
    return cut;
}

} // namespace CutText
