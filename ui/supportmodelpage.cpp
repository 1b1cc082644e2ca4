#include "ui/supportmodelpage.h"

#include "models/palette.h"

#include "models/domaintext.h"
#include "models/portfolio.h"
#include "models/storagetext.h"
#include "ui/diagram/diagramexport.h"
#include "ui/diagram/diagramview.h"
#include "ui/diagram/supportmodeldiagram.h"
#include "ui/viewstatekeeper.h"

#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace Gui {

using Models::DomainText;

namespace {
// The catalogue tree's items by what they are, not by their (translated) texts: the refresh
// keeps its place by these, in any language.
constexpr int s_identityRole = Qt::UserRole + 1;

QTreeWidgetItem *withIdentity(QTreeWidgetItem *item, const QString &identity)
{
    item->setData(0, s_identityRole, identity);
    return item;
}
} // namespace

SupportModelPage::SupportModelPage(Models::Portfolio *portfolio, QWidget *parent)
    : QWidget(parent), m_portfolio(portfolio),
      m_month(QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1)),
      m_heading(new QLabel(this)), m_error(new QLabel(this)), m_monthEdit(new QDateEdit(this)),
      m_zoomIn(new QToolButton(this)), m_zoomOut(new QToolButton(this)), m_fit(new QToolButton(this)),
      m_actual(new QToolButton(this)), m_export(new QToolButton(this)), m_scene(new QGraphicsScene(this)),
      m_view(new DiagramView(this)), m_splitter(new QSplitter(Qt::Vertical, this)),
      m_features(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_heading->setFont(font);
    // A long Swedish model name wraps instead of widening the window past 1024 px.
    m_heading->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("color: %1;").arg(Models::Palette::status(Models::Palette::Status::Bad).name()));
    m_error->hide();
    m_monthEdit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_monthEdit->setCalendarPopup(true);
    m_monthEdit->setDate(m_month);
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomOut->setText(QStringLiteral("−"));
    m_view->setScene(m_scene);
    m_view->setObjectName(QStringLiteral("supportModelDiagram"));
    m_features->setWordWrap(true);
    m_features->setTextFormat(Qt::RichText);
    m_features->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_tree->setColumnCount(2);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setAlternatingRowColors(true);
    ViewState::setRowKey(m_tree, {s_identityRole});

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_heading, 1);
    bar->addWidget(m_monthEdit);
    for (QToolButton *button : {m_zoomOut, m_zoomIn, m_fit, m_actual, m_export})
        bar->addWidget(button);
    auto *details = new QWidget(this);
    auto *detailsLayout = new QHBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    // The list of what the model includes scrolls where the splitter leaves it too little height
    // (1024x700: its last line was cut, issue 12).
    auto *featuresScroll = new QScrollArea(details);
    featuresScroll->setObjectName(QStringLiteral("featuresScroll"));
    featuresScroll->setWidget(m_features);
    featuresScroll->setWidgetResizable(true);
    featuresScroll->setFrameShape(QFrame::NoFrame);
    featuresScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailsLayout->addWidget(featuresScroll, 2);
    detailsLayout->addWidget(m_tree, 3);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);

    connect(m_zoomIn, &QToolButton::clicked, m_view, &DiagramView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_view, &DiagramView::zoomOut);
    connect(m_fit, &QToolButton::clicked, m_view, &DiagramView::fitToWindow);
    connect(m_actual, &QToolButton::clicked, m_view, &DiagramView::actualSize);
    connect(m_export, &QToolButton::clicked, this, &SupportModelPage::exportDialog);
    connect(m_monthEdit, &QDateEdit::dateChanged, this, [this](const QDate &date) { setMonth(date); });
    // Resizing lays the diagram out again for the new width: a layout takes a few milliseconds,
    // so it is done at once (a screenshot taken right after showing gets the final layout too).
    connect(m_view, &DiagramView::layoutWidthChanged, this, [this](qreal width) {
        if (qAbs(width - m_layoutWidth) >= 1)
            rebuildDiagram(width);
    });
    connect(m_portfolio, &Models::Portfolio::engagementChanged, this, [this](qint64 id) {
        if (id == m_id)
            refresh();
    });
    // An engagement of another database is another engagement, whatever its id.
    connect(m_portfolio, &Models::Portfolio::opened, this, [this] { m_placeOf = 0; });
    connect(m_portfolio, &Models::Portfolio::closed, this, [this] { m_placeOf = 0; });
    retranslate();
    refresh();
}

void SupportModelPage::showEngagement(qint64 id)
{
    m_id = id;
    refresh();
}

void SupportModelPage::setMonth(const QDate &month)
{
    const QDate first(month.year(), month.month(), 1);
    if (!first.isValid() || first == m_month)
        return;
    m_month = first;
    m_monthEdit->setDate(first);
    refresh();
}

void SupportModelPage::retranslate()
{
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_monthEdit->setAccessibleName(tr("Month of the diagram"));
    // Until a box has the keyboard, the view says what it is; a focused box names itself.
    if (!m_view->currentBox()) {
        m_view->setAccessibleName(tr("Support model diagram"));
        m_view->setAccessibleDescription(
            tr("Tab and the arrow keys step through the boxes, each read out with its text"));
    }
    m_tree->setAccessibleName(tr("Details of the support model"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit the diagram to the window"));
    m_actual->setText(tr("100 %"));
    m_actual->setToolTip(tr("Actual size, laid out for the window's width"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the diagram as SVG or PNG"));
    m_monthEdit->setToolTip(tr("The month whose allocations and hours are drawn"));
    m_view->setToolTip(QString());
}

void SupportModelPage::refresh()
{
    // Drawn again for the engagement shown (others changed the database, it was edited, another
    // month): the diagram's zoom and centre and the tree's expanded and current items stay where
    // the user left them. Another engagement starts at the default, as the tables do.
    const bool again = m_id != 0 && m_id == m_placeOf;
    m_placeOf = m_id;
    const DiagramView::Place place = m_view->place();
    std::optional<ViewStateKeeper> treeKeeper;
    if (again)
        treeKeeper.emplace(m_tree);
    else
        m_view->resetZoom();
    const Domain::Engagement e = m_portfolio->engagement(m_id);
    const bool shown = e.id != 0;
    m_splitter->setVisible(shown);
    m_error->hide();
    m_loaded = false;
    for (QWidget *w : {static_cast<QWidget *>(m_monthEdit), static_cast<QWidget *>(m_zoomIn),
                       static_cast<QWidget *>(m_zoomOut), static_cast<QWidget *>(m_fit),
                       static_cast<QWidget *>(m_actual), static_cast<QWidget *>(m_export)})
        w->setVisible(shown);
    if (!shown) {
        m_heading->setText(tr("No engagement selected"));
        m_scene->clear();
        m_view->setBoxes({});
        return;
    }
    m_heading->setText(tr("%1: %2").arg(e.key, DomainText::supportModel(e.model)));
    if (m_portfolio->database()) {
        if (Storage::StorageError error =
                Models::SupportModelDiagramLoader(*m_portfolio->database()).load(e, m_month, &m_data)) {
            m_error->setText(Models::StorageText::message(error));
            m_error->show();
        } else {
            m_loaded = true;
        }
    }
    if (!m_loaded) {
        // Draw the catalogue for the engagement even when its people and hours cannot be read.
        m_data = {};
        m_data.engagement = e;
        m_data.month = m_month;
    }
    fillTree(e);
    // Zoomed or fitted, the drawing keeps the width it was laid out at (as when the window is
    // resized): drawn again, the same point is under the view's centre.
    const bool sameWidth = again && !m_view->followsWidth() && m_layoutWidth > 0;
    rebuildDiagram(sameWidth ? m_layoutWidth : m_view->viewport()->width());
    if (again)
        m_view->restorePlace(place);
}

void SupportModelPage::rebuildDiagram(qreal width)
{
    if (m_data.engagement.id == 0)
        return;
    m_layoutWidth = width;
    m_view->setBoxes(
        SupportModelDiagram::build(m_scene, m_data, m_layoutWidth, SupportModelDiagram::Mode::Full, font()));
}

bool SupportModelPage::exportTo(const QString &path, QString *reason) const
{
    if (m_data.engagement.id == 0) {
        *reason = tr("No engagement selected");
        return false;
    }
    return DiagramExport::write(m_data, path, reason);
}

void SupportModelPage::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the diagram"), m_data.engagement.key + QStringLiteral("-support-model.svg"),
        tr("SVG drawing (*.svg);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    QString reason;
    if (!exportTo(path, &reason)) {
        m_error->setText(reason);
        m_error->show();
    }
}

void SupportModelPage::fillTree(const Domain::Engagement &e)
{
    m_tree->clear();
    m_tree->setHeaderLabels({tr("Service level and activity"), tr("In this engagement")});
    const Domain::SupportModelInfo &info = Domain::SupportModelCatalogue::model(e.model);
    auto yesNo = [](bool value) { return value ? QStringLiteral("✔") : QStringLiteral("–"); };
    QString html = QStringLiteral("<table cellspacing='4'>");
    const QVector<QPair<QString, bool>> features = {
        {tr("Fixed capacity (committed hours per month)"), info.fixedCapacity},
        {DomainText::slaScope(info.slaScope), info.slaScope != Domain::SlaScope::None},
        {tr("24×7 cover for severity 1"), e.severity1Cover24x7},
        {tr("Unlimited operational support"), info.unlimitedOperationalSupport},
        {tr("Complete DevOps for hotfixes"), info.devOpsForHotfixes},
        {tr("Additional resources through the change-management process"), info.changeManagementProcess},
    };
    for (const auto &[text, on] : features)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(yesNo(on), text.toHtmlEscaped());
    m_features->setText(html + QStringLiteral("</table>"));

    const QVector<Domain::ServiceLevel> inForce = Domain::SupportModelCatalogue::levelsInForce(e.model);
    for (const Domain::ServiceLevelInfo &level : Domain::SupportModelCatalogue::serviceLevels()) {
        auto *levelItem = withIdentity(new QTreeWidgetItem(m_tree, {DomainText::catalogue(level.name)}),
                                       QLatin1String("level/") + QLatin1String(level.name));
        levelItem->setToolTip(0, DomainText::catalogue(level.summary));
        const bool levelIncluded = inForce.contains(level.level);
        int contracted = 0;
        for (const Domain::ActivityInfo &activity : Domain::SupportModelCatalogue::activities(level.level)) {
            const bool on = levelIncluded || e.optionalServices.contains(QLatin1String(activity.id));
            contracted += on ? 1 : 0;
            const QString state = levelIncluded ? tr("Included")
                                  : on          ? tr("Contracted")
                                                : tr("Not contracted");
            auto *item =
                withIdentity(new QTreeWidgetItem(levelItem, {DomainText::catalogue(activity.name), state}),
                             QLatin1String("activity/") + QLatin1String(activity.id));
            if (!on)
                item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        levelItem->setText(1, levelIncluded ? tr("Included") : tr("%n contracted", nullptr, contracted));
        levelItem->setExpanded(false);
    }
    auto *management =
        withIdentity(new QTreeWidgetItem(m_tree, {tr("Delivery and service management"), tr("Included")}),
                     QStringLiteral("management"));
    for (const char *activity : Domain::SupportModelCatalogue::serviceManagementActivities())
        withIdentity(new QTreeWidgetItem(management, {DomainText::catalogue(activity), tr("Included")}),
                     QLatin1String("management/") + QLatin1String(activity));
    auto *roles = withIdentity(new QTreeWidgetItem(m_tree, {tr("Roles")}), QStringLiteral("roles"));
    for (const Domain::RoleInfo &role : Domain::SupportModelCatalogue::roles()) {
        const bool covered = e.rolesCovered.contains(role.role);
        withIdentity(
            new QTreeWidgetItem(roles, {QStringLiteral("%1 (%2)").arg(DomainText::catalogue(role.name),
                                                                      Domain::roleId(role.role)),
                                        covered ? tr("Covered") : tr("Not covered")}),
            QStringLiteral("role/") + Domain::roleId(role.role));
    }
    roles->setExpanded(true);
}

void SupportModelPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace Gui
