#pragma once

#include <QGraphicsView>
#include <QVector>

namespace Gui {

class DiagramBox;

/// Shows a diagram: zoom (Ctrl+wheel, zoomIn/zoomOut), fit to window, and keyboard stepping
/// through its boxes — Tab/Shift+Tab in reading order, arrow keys to the nearest box in that
/// direction — each announced through the view's accessible name and description.
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(QWidget *parent = nullptr);

    /// The boxes of the scene just built, in reading order; resets the keyboard position.
    void setBoxes(const QVector<DiagramBox *> &boxes);
    const QVector<DiagramBox *> &boxes() const { return m_boxes; }
    DiagramBox *currentBox() const;

    /// How the zoom is chosen: by the view's width (the default: zoom 1, or less for a drawing
    /// wider than the view), fitted to the window, or set by the user (zoom in, zoom out).
    enum class ZoomMode { FollowWidth, Fit, Set };

    /// Where the user is in the drawing: kept when the same drawing is drawn again (others
    /// changed the database), by the zoom mode, the zoom and the scene point at the view's centre.
    struct Place
    {
        ZoomMode mode = ZoomMode::FollowWidth;
        qreal zoom = 1.0;
        QPointF centre;
    };

    qreal zoom() const { return m_zoom; }
    ZoomMode zoomMode() const { return m_mode; }
    /// Whether the view is at its natural size (zoom 1, not fitted): the layout then follows its width.
    bool followsWidth() const { return m_mode == ZoomMode::FollowWidth; }
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    /// Back to zoom 1 with the layout following the view's width.
    void actualSize();

    Place place() const;
    /// After setBoxes() of the drawing redrawn: the zoom set and the centre again; a fitted view
    /// stays fitted to the new drawing (setBoxes() fits it).
    void restorePlace(const Place &place);
    /// The default for a drawing of something else: the zoom follows the width again (no new
    /// layout asked for: the caller is drawing one).
    void resetZoom() { m_mode = ZoomMode::FollowWidth; }

signals:
    /// The width the diagram should be laid out at changed (the view was resized at zoom 1).
    void layoutWidthChanged(qreal width);

protected:
    bool focusNextPrevChild(bool next) override;
    void focusInEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setZoom(qreal zoom);
    /// Where the view's top-left corner is in the drawing, as shares of its width and height.
    QPointF topLeftShare() const;
    void scrollToShare(const QPointF &share);
    void focusBox(int index);
    int nearest(int key) const;

    QVector<DiagramBox *> m_boxes;
    int m_current = -1;
    qreal m_zoom = 1.0;
    ZoomMode m_mode = ZoomMode::FollowWidth;
};

} // namespace Gui
