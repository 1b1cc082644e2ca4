#include "ui/report/vectorcanvas.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>
#include <QSvgRenderer>

namespace Gui {

void VectorCanvas::paint(QPainter *painter, const QRectF &target, const QSize &logicalSize,
                         const std::function<void(QPainter *)> &draw)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(logicalSize);
    generator.setViewBox(QRect(QPoint(0, 0), logicalSize));
    QPainter recorder;
    if (!recorder.begin(&generator))
        return;
    draw(&recorder);
    recorder.end();
    QSvgRenderer renderer(buffer.data());
    renderer.setAspectRatioMode(Qt::KeepAspectRatio);
    renderer.render(painter, target);
}

} // namespace Gui
