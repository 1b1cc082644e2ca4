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

    qreal zoom() const { return m_zoom; }
    /// Whether the view is at its natural size (zoom 1, not fitted): the layout then follows its width.
    bool followsWidth() const { return m_followWidth; }
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    /// Back to zoom 1 with the layout following the view's width.
    void actualSize();

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
    void focusBox(int index);
    int nearest(int key) const;

    QVector<DiagramBox *> m_boxes;
    int m_current = -1;
    qreal m_zoom = 1.0;
    bool m_followWidth = true;
};

} // namespace Gui
