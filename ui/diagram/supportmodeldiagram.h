#pragma once

#include "models/supportmodeldiagramloader.h"

#include <QCoreApplication>
#include <QFont>
#include <QVector>

class QGraphicsScene;

namespace Gui {

class DiagramBox;

/// Draws the playbook's support-model picture for one engagement into a QGraphicsScene: the
/// client's side, L1–L3 with their activities, the optional services, delivery and service
/// management spanning the levels, and arrows for escalation, change management and governance.
/// The layout is computed for a width: text wraps at word boundaries and boxes grow to hold it,
/// so nothing overlaps and no text is cut at any width from MinimumWidth up.
class SupportModelDiagram
{
    Q_DECLARE_TR_FUNCTIONS(SupportModelDiagram)

public:
    enum class Mode {
        Full,    ///< every activity, the people, SLA targets and hours (the Support model page)
        Compact, ///< levels and marks only (the four models side by side)
    };
    static constexpr qreal MinimumWidth = 960;
    static constexpr qreal MaximumWidth = 2400;
    static constexpr qreal CompactWidth = 200;
    /// The width the SVG/PNG export and `deliverydesk diagram` lay out at.
    static constexpr qreal ExportWidth = 1600;

    /// Clears `scene` and draws `data` laid out for `width` (clamped to the mode's range).
    /// Returns the boxes in reading order (the keyboard's order).
    static QVector<DiagramBox *> build(QGraphicsScene *scene, const Models::SupportModelDiagramData &data,
                                       qreal width, Mode mode = Mode::Full, const QFont &font = QFont());

    /// The text under a level's title: roles, people with hours, SLA targets, hours logged.
    static QString levelBody(const Models::SupportModelDiagramData &data, Domain::ServiceLevel level);
    /// A business-minutes duration in words ("30 min", "4 h", "1 h 30 min").
    static QString duration(int minutes);
};

} // namespace Gui
