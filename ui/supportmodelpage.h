#pragma once

#include "models/supportmodeldiagramloader.h"

#include <QDate>
#include <QWidget>

class QDateEdit;
class QGraphicsScene;
class QLabel;
class QSplitter;
class QToolButton;
class QTreeWidget;

namespace Models {
class Portfolio;
}

namespace Gui {

class DiagramView;

/// The support model of one engagement: the playbook's diagram drawn from the engagement's data
/// (levels, activities, optional services, people allocated, SLA targets, hours logged), with
/// zoom, fit and export; under it what the model includes and the catalogue as a tree.
class SupportModelPage : public QWidget
{
    Q_OBJECT

public:
    explicit SupportModelPage(Models::Portfolio *portfolio, QWidget *parent = nullptr);

    void showEngagement(qint64 id);
    /// The month whose people and hours are drawn (first day); the current month by default.
    void setMonth(const QDate &month);
    QDate month() const { return m_month; }

    QTreeWidget *tree() const { return m_tree; }
    DiagramView *diagram() const { return m_view; }
    const Models::SupportModelDiagramData &diagramData() const { return m_data; }
    /// Writes the diagram shown to `path` (.svg or .png), as `deliverydesk diagram` does.
    bool exportTo(const QString &path, QString *reason) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    /// Lays the diagram out at `width` (the view's, unless the drawing keeps its own).
    void rebuildDiagram(qreal width);
    void fillTree(const Domain::Engagement &e);
    void retranslate();
    void exportDialog();

    Models::Portfolio *m_portfolio;
    qint64 m_id = 0;
    qint64 m_placeOf = 0; ///< the engagement whose drawing the diagram's zoom and scroll are of
    QDate m_month;
    Models::SupportModelDiagramData m_data;
    bool m_loaded = false;
    qreal m_layoutWidth = 0;
    QLabel *m_heading;
    QLabel *m_error;
    QDateEdit *m_monthEdit;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QToolButton *m_fit;
    QToolButton *m_actual;
    QToolButton *m_export;
    QGraphicsScene *m_scene;
    DiagramView *m_view;
    QSplitter *m_splitter;
    QLabel *m_features;
    QTreeWidget *m_tree;
};

} // namespace Gui
