#pragma once

#include <QRectF>
#include <QSize>
#include <functional>

class QPainter;

namespace Gui {

/// Paints something laid out for the screen (a chart, the diagram scene) into a rectangle of a
/// high-resolution device (a PDF page) as vectors. Drawing straight onto the PDF's painter would
/// size the fonts for the PDF's resolution while the geometry is scaled from screen pixels; so the
/// drawing is recorded as SVG at its screen size and replayed scaled into `target`: lines, areas
/// and text keep their proportions and stay vectors (text stays text).
class VectorCanvas
{
public:
    static void paint(QPainter *painter, const QRectF &target, const QSize &logicalSize,
                      const std::function<void(QPainter *)> &draw);
};

} // namespace Gui
