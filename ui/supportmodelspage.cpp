#include "ui/supportmodelspage.h"

#include "models/capacitytext.h"
#include "models/domaintext.h"
#include "models/palette.h"
#include "models/portfolio.h"
#include "models/supportmodelwhatifjob.h"
#include "models/supportmodelwhatifmodel.h"
#include "ui/backgroundread.h"
#include "ui/charts/whatifchart.h"
#include "ui/charttablecontainer.h"
#include "ui/diagram/diagramview.h"
#include "ui/diagram/supportmodeldiagram.h"
#include "ui/viewstatekeeper.h"

#include <QEvent>
#include <QGraphicsScene>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Gui {

using Domain::SupportModel;
using Models::DomainText;

namespace {
constexpr int PointCount = 7;
constexpr int MiniDiagramHeight = 230;
} // namespace

SupportModelsPage::SupportModelsPage(Models::Portfolio *portfolio, QWidget *parent)
    : QWidget(parent), m_portfolio(portfolio), m_heading(new QLabel(this)), m_whatIfHeading(new QLabel(this)),
      m_monthsLabel(new QLabel(this)), m_months(new QSpinBox(this)), m_period(new QLabel(this)),
      m_busy(new QProgressBar(this)), m_cancel(new QPushButton(this)),
      m_whatIf(new Models::SupportModelWhatIfModel(this)), m_table(new QTableView(this)),
      m_chart(new WhatIfChart(m_whatIf, this)),
      m_read(new BackgroundRead(
          [this] { return new Models::SupportModelWhatIfJob(*m_portfolio->database()); },
          [this] { refreshWhatIf(); }, [this](bool cancelled) { readFinished(cancelled); }, this))
{
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_heading->setFont(font);
    QFont sub = m_whatIfHeading->font();
    sub.setBold(true);
    m_whatIfHeading->setFont(sub);
    m_period->setWordWrap(true);
    m_busy->setRange(0, 0); // a read's length is not known: busy, not a fraction
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    m_cancel->hide();
    m_months->setRange(1, Models::SupportModelWhatIfLoader::MaxMonths);
    m_months->setValue(Models::SupportModelWhatIfLoader::DefaultMonths);
    m_monthsLabel->setBuddy(m_months);
    m_table->setModel(m_whatIf);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setObjectName(QStringLiteral("whatIfTable"));
    // The figures' names are the row headings: a row is known by its figure, a column by its model.
    ViewState::setRowKey(m_table, {Models::SupportModelWhatIfModel::KeyRole});
    ViewState::setColumnKey(m_table, Models::SupportModelWhatIfModel::KeyRole);
    buildComparison();

    auto *comparison = new QWidget;
    auto *grid = new QGridLayout(comparison);
    for (int m = 0; m < Domain::SupportModelCount; ++m) {
        grid->addWidget(m_modelNames[m], 0, m + 1);
        grid->addWidget(m_views[m], 1, m + 1);
        grid->setColumnStretch(m + 1, 1);
    }
    for (int p = 0; p < PointCount; ++p) {
        grid->addWidget(m_pointNames[p], p + 2, 0, Qt::AlignTop);
        for (int m = 0; m < Domain::SupportModelCount; ++m)
            grid->addWidget(m_points[p][m], p + 2, m + 1, Qt::AlignTop);
    }
    auto *scroll = new QScrollArea;
    scroll->setWidget(comparison);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *whatIf = new QWidget;
    auto *whatIfLayout = new QVBoxLayout(whatIf);
    whatIfLayout->setContentsMargins(0, 0, 0, 0);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_whatIfHeading);
    controls->addStretch(1);
    controls->addWidget(m_monthsLabel);
    controls->addWidget(m_months);
    whatIfLayout->addLayout(controls);
    auto *reading = new QHBoxLayout;
    reading->addWidget(m_period, 1);
    reading->addWidget(m_busy);
    reading->addWidget(m_cancel);
    whatIfLayout->addLayout(reading);
    // The chart under the table: its bars need the page's width for the models' names.
    auto *results = new QSplitter(Qt::Vertical);
    results->addWidget(m_table);
    results->addWidget(new ChartTableContainer(m_chart));
    results->setStretchFactor(0, 3);
    results->setStretchFactor(1, 2);
    results->setChildrenCollapsible(false);
    whatIfLayout->addWidget(results, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(scroll);
    splitter->addWidget(whatIf);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);

    connect(m_months, qOverload<int>(&QSpinBox::valueChanged), this, [this] { refreshWhatIf(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_reading) {
            m_read->cancel();
        } else {
            refreshWhatIf(); // "Replay again" after a cancel
        }
    });
    connect(m_portfolio, &Models::Portfolio::aboutToReleaseDatabase, this, [this] {
        m_read->release();
        setBusy(false);
    });
    connect(m_portfolio, &Models::Portfolio::engagementChanged, this, [this](qint64 id) {
        if (id == m_id)
            showEngagement(id);
    });
    retranslate();
    showEngagement(0);
}

void SupportModelsPage::buildComparison()
{
    for (int m = 0; m < Domain::SupportModelCount; ++m) {
        auto *name = new QLabel(this);
        name->setWordWrap(true);
        m_modelNames.append(name);
        auto *scene = new QGraphicsScene(this);
        auto *view = new DiagramView(this);
        view->setScene(scene);
        view->setMinimumHeight(MiniDiagramHeight);
        view->setMaximumHeight(MiniDiagramHeight);
        view->setMinimumWidth(160);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_scenes.append(scene);
        m_views.append(view);
    }
    for (int p = 0; p < PointCount; ++p) {
        auto *name = new QLabel(this);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        m_pointNames.append(name);
        QVector<QLabel *> row;
        for (int m = 0; m < Domain::SupportModelCount; ++m) {
            auto *label = new QLabel(this);
            label->setWordWrap(true);
            row.append(label);
        }
        m_points.append(row);
    }
}

QString SupportModelsPage::comparisonText(int point, int model) const
{
    const Domain::SupportModelInfo &info = Domain::SupportModelCatalogue::model(SupportModel(model));
    switch (point) {
    case 0:
        if (info.fixedCapacity && info.typicalMaxHours > 0)
            return tr("Fixed: typically %1–%2 h per month")
                .arg(info.typicalMinHours)
                .arg(info.typicalMaxHours);
        if (info.fixedCapacity)
            return tr("Fixed maintenance capacity and costs");
        return info.delivery == Domain::DeliveryResources::MonthlyAllocation
                   ? tr("Resources allocated month by month")
                   : tr("Dedicated delivery capacity");
    case 1:
        return DomainText::slaScope(info.slaScope);
    case 2:
        return info.always24x7Response      ? tr("Included: 24×7 response on every ticket")
               : info.optional24x7Severity1 ? tr("Optional, for severity 1")
                                            : tr("No");
    case 3:
        return DomainText::deliveryResources(info.delivery);
    case 4:
        return info.devOpsForHotfixes ? tr("Complete DevOps for hotfixes") : tr("No");
    case 5:
        return info.coversAllRoles ? tr("All roles (Dev/QA/SA/PM/RM) and operational support")
                                   : tr("The roles contracted");
    case 6:
        return info.changeManagementProcess
                   ? tr("Additional resources follow the agreed change-management process")
                   : tr("Within the committed hours");
    default:
        return {};
    }
}

void SupportModelsPage::retranslate()
{
    const QString points[PointCount] = {
        tr("Capacity"),           tr("SLA scope"),           tr("24×7"),
        tr("Delivery resources"), tr("DevOps for hotfixes"), tr("Roles covered"),
        tr("Change management")};
    for (int p = 0; p < PointCount; ++p) {
        m_pointNames[p]->setText(points[p]);
        for (int m = 0; m < Domain::SupportModelCount; ++m)
            m_points[p][m]->setText(comparisonText(p, m));
    }
    m_whatIfHeading->setText(tr("What if this engagement ran under each model?"));
    m_monthsLabel->setText(tr("&Months replayed:"));
    m_months->setToolTip(tr("The last complete months replayed under each model"));
    m_table->setAccessibleName(tr("What-if hours under each support model"));
}

void SupportModelsPage::setNow(const QDateTime &now)
{
    m_now = now;
    refreshWhatIf();
}

void SupportModelsPage::setMonths(int months)
{
    m_months->setValue(months);
}

void SupportModelsPage::showEngagement(qint64 id)
{
    m_id = id;
    updateHeadings();
    refreshDiagrams();
    refreshWhatIf();
}

void SupportModelsPage::updateHeadings()
{
    const Domain::Engagement e = m_portfolio->engagement(m_id);
    m_heading->setText(e.id ? tr("The four support models, and %1").arg(e.key)
                            : tr("The four support models"));
    for (int m = 0; m < Domain::SupportModelCount; ++m) {
        const bool own = e.id && e.model == SupportModel(m);
        QFont font = m_modelNames[m]->font();
        font.setBold(true);
        m_modelNames[m]->setFont(font);
        m_modelNames[m]->setText(
            own ? tr("★ %1 (this engagement)").arg(DomainText::supportModel(SupportModel(m)))
                : DomainText::supportModel(SupportModel(m)));
        m_views[m]->setStyleSheet(QStringLiteral("QGraphicsView { border: %1px solid %2; }")
                                      .arg(own ? 3 : 1)
                                      .arg(Models::Palette::color(own ? Models::Palette::Role::DiagramFocus
                                                                      : Models::Palette::Role::DiagramFrame)
                                               .name()));
        m_views[m]->setAccessibleName(m_modelNames[m]->text());
    }
}

void SupportModelsPage::refreshDiagrams()
{
    for (int m = 0; m < Domain::SupportModelCount; ++m) {
        Models::SupportModelDiagramData data;
        data.engagement.model = SupportModel(m);
        const qreal width = qMax<qreal>(SupportModelDiagram::CompactWidth, m_views[m]->viewport()->width());
        m_views[m]->setBoxes(
            SupportModelDiagram::build(m_scenes[m], data, width, SupportModelDiagram::Mode::Compact, font()));
        m_views[m]->fitToWindow();
    }
}

void SupportModelsPage::refreshWhatIf()
{
    // A page of the window replays on a worker thread, and only when shown (a quarter of a
    // million tickets a month is seconds of reading); a page of its own (tests) replays at once.
    if (m_read->holdWhileHidden(this))
        return;
    m_cancelledRead = false;
    const Domain::Engagement e = m_portfolio->engagement(m_id);
    if (e.id == 0 || !m_portfolio->database()) {
        m_read->cancel(); // its delivery is dropped: the engagement it read is not shown
        setBusy(false);
        display(e, {}, {});
        return;
    }
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    if (!parentWidget()) {
        Models::SupportModelWhatIfData data;
        const Models::SupportModelWhatIfLoader::Error error =
            Models::SupportModelWhatIfLoader(*m_portfolio->database()).load(e, m_months->value(), now, &data);
        display(e, error, error ? Models::SupportModelWhatIfData() : data);
        return;
    }
    if (m_shownId != e.id) {
        // Another engagement's figures are not shown while this one's are read; the headings
        // mark this engagement's model already.
        Models::SupportModelWhatIfData none;
        none.engagement = e;
        display(e, {}, none);
    }
    setBusy(true);
    m_read->request([&] { job()->start(e, m_months->value(), now); });
}

Models::SupportModelWhatIfJob *SupportModelsPage::job()
{
    return m_read->job<Models::SupportModelWhatIfJob>();
}

void SupportModelsPage::readFinished(bool cancelled)
{
    const Models::SupportModelWhatIfJob *job = this->job();
    setBusy(false);
    if (cancelled) {
        if (job->engagement().id == m_id) {
            m_cancelledRead = true;
            showCancelled();
        }
        return;
    }
    if (job->engagement().id != m_id || job->months() != m_months->value())
        return; // asked for something else meanwhile: that read follows
    display(job->engagement(), job->error(), job->data());
}

void SupportModelsPage::setBusy(bool busy)
{
    m_reading = busy;
    m_busy->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setText(tr("Cancel"));
    if (busy) {
        const Domain::Engagement e = m_portfolio->engagement(m_id);
        m_period->setText(
            tr("Replaying the last %n month(s) of %1 under each model…", nullptr, m_months->value())
                .arg(e.key));
    }
}

void SupportModelsPage::display(const Domain::Engagement &engagement,
                                const Models::SupportModelWhatIfLoader::Error &error,
                                const Models::SupportModelWhatIfData &data)
{
    m_shownId = engagement.id;
    m_shownError = error;
    m_shown = data;
    showPeriodText();
    m_whatIf->setWhatIf(data);
    m_chart->rebuild();
}

void SupportModelsPage::showCancelled()
{
    m_period->setText(tr("The replay was cancelled."));
    m_cancel->setText(tr("&Replay again"));
    m_cancel->show();
}

void SupportModelsPage::showPeriodText()
{
    const Domain::Engagement e = m_portfolio->engagement(m_shownId);
    if (m_shownId == 0 || e.id == 0)
        m_period->setText(tr("Select an engagement to replay its last months under each model."));
    else if (m_shownError)
        m_period->setText(m_shownError.message(e));
    else
        m_period->setText(
            tr("%1 to %2 (%n month(s)), business hours of %3. Hover a figure to see how it was counted.",
               nullptr, m_shown.months)
                .arg(Models::CapacityText::month(m_shown.firstMonth),
                     Models::CapacityText::month(m_shown.lastMonth),
                     m_shown.calendarName.isEmpty() ? tr("the engagement's calendar")
                                                    : m_shown.calendarName));
}

void SupportModelsPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    refreshDiagrams();
}

void SupportModelsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The what-if table is filled again in the new language: on the same figure and model.
        // The figures are not read again: only their texts change.
        const ViewStateKeeper keeper(m_table);
        retranslate();
        updateHeadings();
        refreshDiagrams();
        m_whatIf->setWhatIf(m_shown);
        m_chart->rebuild();
        if (m_reading)
            setBusy(true);
        else if (m_cancelledRead)
            showCancelled();
        else
            showPeriodText();
    }
    QWidget::changeEvent(event);
}

} // namespace Gui
