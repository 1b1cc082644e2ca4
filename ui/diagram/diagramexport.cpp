#include "ui/diagram/diagramexport.h"

#include "models/domaintext.h"
#include "models/palette.h"
#include "ui/diagram/supportmodeldiagram.h"

#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace Gui {

QFont DiagramExport::exportFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.0);
    return font;
}

QString DiagramExport::title(const Models::SupportModelDiagramData &data)
{
    return tr("%1 – %2").arg(data.engagement.key, Models::DomainText::supportModel(data.engagement.model));
}

bool DiagramExport::write(const Models::SupportModelDiagramData &data, const QString &path, QString *reason)
{
    QGraphicsScene scene;
    SupportModelDiagram::build(&scene, data, SupportModelDiagram::ExportWidth,
                               SupportModelDiagram::Mode::Full, exportFont());
    return writeScene(&scene, path, title(data), reason);
}

bool DiagramExport::writeScene(QGraphicsScene *scene, const QString &path, const QString &title,
                               QString *reason)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("png")) {
        *reason = tr("%1: the file name must end in .svg or .png").arg(path);
        return false;
    }
    QGraphicsItem *focus = scene->focusItem();
    scene->setFocusItem(nullptr); // no focus ring in a file
    const QRectF source = scene->sceneRect();
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok && suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(title);
        svg.setDescription(tr("Support model diagram drawn by Delivery Desk"));
        QPainter painter(&svg);
        scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        ok = painter.end();
    } else if (ok) {
        const qreal scale = 2.0;
        QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Models::Palette::color(Models::Palette::Role::DiagramCanvas));
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene->render(&painter, QRectF(QPointF(0, 0), source.size() * scale), source);
        painter.end();
        ok = image.save(&file, "PNG");
    }
    if (focus)
        scene->setFocusItem(focus);
    if (!ok || !file.commit()) {
        *reason = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Gui
