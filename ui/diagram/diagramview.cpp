#include "ui/diagram/diagramview.h"

#include "models/palette.h"
#include "ui/diagram/diagrambox.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace Gui {

DiagramView::DiagramView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFocusPolicy(Qt::StrongFocus);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setBackgroundBrush(Models::Palette::color(Models::Palette::Role::DiagramCanvas));
}

void DiagramView::setBoxes(const QVector<DiagramBox *> &boxes)
{
    m_boxes = boxes;
    m_current = -1;
    if (m_mode == ZoomMode::Fit) {
        fitToWindow();
        return;
    }
    if (m_mode == ZoomMode::Set) {
        // The zoom the user set stays; restorePlace() puts the view back where it was.
        horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
        verticalScrollBar()->setValue(verticalScrollBar()->minimum());
        return;
    }
    // A layout wider than the view (long words need wide columns) is scaled to its width, down to
    // 60 %; below that the view scrolls rather than shrink text past reading.
    const qreal sceneWidth = scene() ? scene()->sceneRect().width() : 0;
    const qreal available = viewport()->width();
    setZoom(sceneWidth > available && available > 0 ? qMax(0.6, available / sceneWidth) : 1.0);
    // A new drawing starts at its top-left corner (the labels of the arrows), not where the
    // previous one was scrolled to.
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
}

DiagramBox *DiagramView::currentBox() const
{
    return m_current >= 0 && m_current < m_boxes.size() ? m_boxes.at(m_current) : nullptr;
}

void DiagramView::setZoom(qreal zoom)
{
    m_zoom = qBound(0.2, zoom, 5.0);
    setTransform(QTransform::fromScale(m_zoom, m_zoom));
}

void DiagramView::zoomIn()
{
    m_mode = ZoomMode::Set;
    setZoom(m_zoom * 1.25);
}

void DiagramView::zoomOut()
{
    m_mode = ZoomMode::Set;
    setZoom(m_zoom / 1.25);
}

void DiagramView::fitToWindow()
{
    m_mode = ZoomMode::Fit;
    if (!scene())
        return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    m_zoom = transform().m11();
}

void DiagramView::actualSize()
{
    m_mode = ZoomMode::FollowWidth;
    setZoom(1.0);
    emit layoutWidthChanged(viewport()->width());
}

DiagramView::Place DiagramView::place() const
{
    return {m_mode, m_zoom, mapToScene(viewport()->rect().center())};
}

void DiagramView::restorePlace(const Place &place)
{
    if (place.mode == ZoomMode::Fit || place.mode != m_mode)
        return; // fitted to the new drawing; or another mode chosen since
    if (place.mode == ZoomMode::Set)
        setZoom(place.zoom);
    centerOn(place.centre);
}

void DiagramView::focusBox(int index)
{
    if (index < 0 || index >= m_boxes.size())
        return;
    m_current = index;
    DiagramBox *box = m_boxes.at(index);
    if (scene())
        scene()->setFocusItem(box, Qt::TabFocusReason);
    ensureVisible(box, 16, 16);
    // Announce the box: the name is its text, the description its state and what the model says.
    setAccessibleName(box->accessibleName());
    setAccessibleDescription(box->accessibleDescription());
    QAccessibleEvent focus(this, QAccessible::Focus);
    QAccessible::updateAccessibility(&focus);
    viewport()->update();
}

bool DiagramView::focusNextPrevChild(bool next)
{
    // Step through the boxes; past the last (or before the first) focus leaves the diagram, so
    // the keyboard is never trapped.
    const int target = m_current + (next ? 1 : -1);
    if (hasFocus() && !m_boxes.isEmpty() && target >= 0 && target < m_boxes.size()) {
        focusBox(target);
        return true;
    }
    m_current = -1;
    // Past QGraphicsView's, which would step through the scene's items: Tab leaves the diagram.
    return QWidget::focusNextPrevChild(next); // NOLINT(bugprone-parent-virtual-call)
}

void DiagramView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    if (m_boxes.isEmpty())
        return;
    if (event->reason() == Qt::BacktabFocusReason)
        focusBox(m_boxes.size() - 1);
    else if (m_current < 0)
        focusBox(0);
    else
        focusBox(m_current);
}

int DiagramView::nearest(int key) const
{
    const DiagramBox *from = currentBox();
    if (!from)
        return 0;
    const QPointF c = from->sceneBoundingRect().center();
    int best = -1;
    qreal bestScore = 0;
    for (int i = 0; i < m_boxes.size(); ++i) {
        if (i == m_current)
            continue;
        const QPointF d = m_boxes.at(i)->sceneBoundingRect().center() - c;
        qreal along = 0;
        qreal across = 0;
        switch (key) {
        case Qt::Key_Right:
            along = d.x();
            across = d.y();
            break;
        case Qt::Key_Left:
            along = -d.x();
            across = d.y();
            break;
        case Qt::Key_Down:
            along = d.y();
            across = d.x();
            break;
        case Qt::Key_Up:
            along = -d.y();
            across = d.x();
            break;
        default:
            return m_current;
        }
        if (along <= 1)
            continue;
        const qreal score = along + 2 * qAbs(across);
        if (best < 0 || score < bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best < 0 ? m_current : best;
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!m_boxes.isEmpty()) {
            focusBox(nearest(event->key()));
            event->accept();
            return;
        }
        break;
    case Qt::Key_Home:
        focusBox(0);
        return;
    case Qt::Key_End:
        focusBox(m_boxes.size() - 1);
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

QPointF DiagramView::topLeftShare() const
{
    const QRectF rect = scene() ? scene()->sceneRect() : QRectF();
    if (rect.width() <= 0 || rect.height() <= 0)
        return {};
    const QPointF topLeft = mapToScene(QPoint(0, 0));
    return {qBound(0.0, (topLeft.x() - rect.left()) / rect.width(), 1.0),
            qBound(0.0, (topLeft.y() - rect.top()) / rect.height(), 1.0)};
}

void DiagramView::scrollToShare(const QPointF &share)
{
    const QRectF rect = scene() ? scene()->sceneRect() : QRectF();
    if (rect.isEmpty())
        return;
    // The scroll bars count the drawing's pixels at the zoom, from the scene rect's corner.
    const QPointF target(rect.left() + share.x() * rect.width(), rect.top() + share.y() * rect.height());
    const QPointF shown = mapToScene(QPoint(0, 0));
    QScrollBar *h = horizontalScrollBar();
    QScrollBar *v = verticalScrollBar();
    h->setValue(h->value() + qRound((target.x() - shown.x()) * m_zoom));
    v->setValue(v->value() + qRound((target.y() - shown.y()) * m_zoom));
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    // At the width's zoom the drawing is laid out again for the new width (a window resized, a
    // scroll bar come or gone after a redraw); the part of it in view stays in view: the same
    // share of the drawing's height and width at the view's top-left corner (the new layout's
    // points are not the old one's: boxes wrap differently).
    const QPointF share = topLeftShare();
    QGraphicsView::resizeEvent(event);
    if (m_mode != ZoomMode::FollowWidth)
        return;
    emit layoutWidthChanged(viewport()->width());
    scrollToShare(share);
}

} // namespace Gui
