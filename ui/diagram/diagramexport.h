#pragma once

#include "models/supportmodeldiagramloader.h"

#include <QCoreApplication>
#include <QString>

class QGraphicsScene;

namespace Gui {

/// Writes the support-model diagram to SVG (QSvgGenerator, text kept as text) or PNG. The page's
/// Export and `deliverydesk diagram` both go through here: the same data gives the same drawing.
class DiagramExport
{
    Q_DECLARE_TR_FUNCTIONS(DiagramExport)

public:
    /// The font exports are drawn in, fixed so that a file does not depend on the desktop's font.
    static QFont exportFont();
    /// Lays the diagram of `data` out at SupportModelDiagram::ExportWidth and writes it to `path`
    /// (".svg" or ".png"). Nothing is left at `path` on failure; `reason` says why.
    static bool write(const Models::SupportModelDiagramData &data, const QString &path, QString *reason);
    /// Writes an already built scene.
    static bool writeScene(QGraphicsScene *scene, const QString &path, const QString &title, QString *reason);
    /// The title written into the SVG: "KEY – model".
    static QString title(const Models::SupportModelDiagramData &data);
};

} // namespace Gui
