#include "ui/slapage.h"

#include "models/portfolio.h"
#include "models/slaatriskmodel.h"
#include "models/slaoverviewjob.h"
#include "models/slastaleness.h"
#include "ui/charts/chartexport.h"
#include "ui/charts/compliancetrendchart.h"
#include "ui/charts/slabreacheschart.h"
#include "ui/charts/slachartstyle.h"
#include "ui/charts/sladistributionchart.h"
#include "ui/charttablecontainer.h"
#include "ui/messagebar.h"
#include "ui/ticketspanel.h"
#include "ui/viewstatekeeper.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <optional>

namespace Gui {

namespace {
/// How far back the month choices reach when the engagement started long ago.
constexpr int s_maxMonthsBack = 60;
/// The at-risk list is refreshed this often while the page is shown.
constexpr int s_refreshMilliseconds = 60 * 1000;

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

SlaPage::SlaPage(Models::Portfolio *portfolio, QWidget *parent)
    : QWidget(parent), m_portfolio(portfolio), m_fromLabel(new QLabel(this)), m_fromBox(new QComboBox(this)),
      m_toLabel(new QLabel(this)), m_toBox(new QComboBox(this)), m_severityLabel(new QLabel(this)),
      m_severityBox(new QComboBox(this)), m_export(new QPushButton(this)), m_evaluated(new QLabel(this)),
      m_stale(new QLabel(this)), m_problem(new QLabel(this)), m_content(new QWidget(this)),
      m_tabs(new QTabWidget(this)), m_trend(new ComplianceTrendChart(this)),
      m_breaches(new SlaBreachesChart(this)), m_distribution(new SlaDistributionChart(this)),
      m_atRiskModel(new Models::SlaAtRiskModel(this)), m_atRiskTable(new QTableView(this)),
      m_atRiskHint(new QLabel(this)), m_monthLabel(heading(this)), m_allMonths(new QToolButton(this)),
      m_minute(new QTimer(this)), m_busy(new QProgressBar(this)),
      m_read(new BackgroundRead([this] { return new Models::SlaOverviewJob(*m_portfolio->database()); },
                                [this] { refresh(); }, [this](bool cancelled) { readFinished(cancelled); },
                                this))
{
    setObjectName(QStringLiteral("slaPage"));
    m_problem->setWordWrap(true);
    m_problem->setAlignment(Qt::AlignCenter);
    m_problem->setObjectName(QStringLiteral("slaProblem"));
    m_problem->hide();
    m_stale->setObjectName(QStringLiteral("slaStale"));
    makeWarningBanner(m_stale);
    m_stale->hide();
    m_evaluated->setObjectName(QStringLiteral("slaEvaluated"));

    m_atRiskTable->setObjectName(QStringLiteral("atRiskTable"));
    m_atRiskTable->setModel(m_atRiskModel); // it sorts itself: 100k rows on a large engagement
    m_atRiskTable->setSortingEnabled(true);
    m_atRiskTable->sortByColumn(Models::SlaAtRiskModel::TimeLeftColumn, Qt::AscendingOrder);
    m_atRiskTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_atRiskTable->verticalHeader()->hide();
    m_atRiskTable->setAlternatingRowColors(true);
    m_atRiskTable->setWordWrap(false);
    // Fitted to the rows shown and 200 more, not Qt's 1,000 (of 100k), each column's texts made.
    m_atRiskTable->horizontalHeader()->setResizeContentsPrecision(200);
    m_atRiskTable->horizontalHeader()->setSectionResizeMode(Models::SlaAtRiskModel::TitleColumn,
                                                            QHeaderView::Stretch);
    m_atRiskHint->setWordWrap(true);
    auto *atRisk = new QWidget;
    auto *atRiskLayout = new QVBoxLayout(atRisk);
    atRiskLayout->setContentsMargins(4, 4, 4, 4);
    atRiskLayout->addWidget(m_atRiskHint);
    atRiskLayout->addWidget(m_atRiskTable, 1);

    m_tabs->setObjectName(QStringLiteral("slaTabs"));
    m_tabs->addTab(new ChartTableContainer(m_trend), QString());
    m_tabs->addTab(new ChartTableContainer(m_breaches), QString());
    m_tabs->addTab(new ChartTableContainer(m_distribution), QString());
    m_tabs->addTab(atRisk, QString());
    // Export sits with the charts it exports, so the filter row stays short in Swedish at 1024 px.
    m_tabs->setCornerWidget(m_export, Qt::TopRightCorner);

    m_tickets = new TicketsPanel(portfolio, this);
    m_allMonths->setObjectName(QStringLiteral("allMonths"));
    auto *ticketsBox = new QWidget;
    auto *ticketsLayout = new QVBoxLayout(ticketsBox);
    ticketsLayout->setContentsMargins(0, 0, 0, 0);
    m_ticketsHeader = new QHBoxLayout;
    m_ticketsHeader->addWidget(m_monthLabel);
    m_ticketsHeader->addWidget(m_allMonths);
    m_ticketsHeader->addStretch();
    m_ticketsHeader->addWidget(m_evaluated);
    ticketsLayout->addLayout(m_ticketsHeader);
    ticketsLayout->addWidget(m_tickets, 1);

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("slaSplitter"));
    split->addWidget(m_tabs);
    split->addWidget(ticketsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(split);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolbar());
    layout->addWidget(m_stale);
    layout->addWidget(m_problem, 1);
    layout->addWidget(m_content, 1);

    connect(m_trend, &ComplianceTrendChart::monthClicked, this, &SlaPage::selectMonth);
    connect(m_breaches, &SlaBreachesChart::monthClicked, this, &SlaPage::selectMonth);
    connect(m_allMonths, &QToolButton::clicked, this, [this] { selectMonth({}); });
    // The tickets' heading names the month the table shows, also when chosen in its own box.
    connect(m_tickets, &TicketsPanel::monthChosen, this, [this](const QDate &month) {
        m_selectedMonth = month;
        updateMonthLabel();
    });
    connect(m_export, &QPushButton::clicked, this, &SlaPage::exportDialog);
    connect(m_minute, &QTimer::timeout, this, &SlaPage::refreshAtRisk);
    m_minute->setInterval(s_refreshMilliseconds);
    connect(m_portfolio, &Models::Portfolio::engagementChanged, this, [this](qint64 id) {
        if (id == m_id)
            refresh();
    });
    connect(m_portfolio, &Models::Portfolio::aboutToReleaseDatabase, this, [this] {
        m_read->release();
        setBusy(false);
    });
    connect(m_portfolio, &Models::Portfolio::opened, this, [this] { refresh(); });
    retranslate();
    refresh();
}

SlaPage::~SlaPage() = default;

QWidget *SlaPage::createToolbar()
{
    auto *bar = new QWidget(this);
    auto *toolbar = new QHBoxLayout(bar);
    toolbar->setContentsMargins(0, 0, 0, 0);
    m_fromBox->setObjectName(QStringLiteral("fromMonth"));
    m_toBox->setObjectName(QStringLiteral("toMonth"));
    m_severityBox->setObjectName(QStringLiteral("severityFilter"));
    for (QComboBox *box : {m_fromBox, m_toBox, m_severityBox})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    toolbar->addWidget(m_fromLabel);
    toolbar->addWidget(m_fromBox);
    toolbar->addWidget(m_toLabel);
    toolbar->addWidget(m_toBox);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_severityLabel);
    toolbar->addWidget(m_severityBox);
    toolbar->addStretch();
    // While the overview is read off the GUI thread (a second or so on a million tickets).
    m_busy->setObjectName(QStringLiteral("slaBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    toolbar->addWidget(m_busy);
    const auto rangeChosen = [this] {
        setRange(m_fromBox->currentData().toDate(), m_toBox->currentData().toDate());
    };
    connect(m_fromBox, qOverload<int>(&QComboBox::activated), this, rangeChosen);
    connect(m_toBox, qOverload<int>(&QComboBox::activated), this, rangeChosen);
    connect(m_severityBox, qOverload<int>(&QComboBox::activated), this,
            [this] { setSeverity(m_severityBox->currentData().toInt()); });
    return bar;
}

void SlaPage::setRecomputeAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("recomputeButton"));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_ticketsHeader->addWidget(button);
}

QDateTime SlaPage::now() const
{
    // The wall clock is read in the UI, never below it.
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void SlaPage::setNow(const QDateTime &now)
{
    m_now = now;
    m_tickets->setNow(this->now().toSecsSinceEpoch());
    refresh();
}

void SlaPage::showEngagement(qint64 id)
{
    if (id != m_id) {
        m_from = {};
        m_to = {};
        m_selectedMonth = {};
    }
    m_id = id;
    refresh();
}

void SlaPage::setRange(const QDate &from, const QDate &to)
{
    m_from = from.isValid() ? QDate(from.year(), from.month(), 1) : QDate();
    m_to = to.isValid() ? QDate(to.year(), to.month(), 1) : QDate();
    if (m_from.isValid() && m_to.isValid() && m_from > m_to)
        std::swap(m_from, m_to);
    refresh();
}

void SlaPage::setSeverity(int severity)
{
    m_severity = severity >= 1 && severity <= 4 ? severity : 0;
    m_tickets->setSeverity(m_severity);
    refresh();
}

void SlaPage::selectMonth(const QDate &month)
{
    m_selectedMonth = month.isValid() ? QDate(month.year(), month.month(), 1) : QDate();
    m_tickets->setMonth(m_selectedMonth);
    updateMonthLabel();
}

QString SlaPage::problem() const
{
    return m_loaded ? QString() : m_problem->text();
}

void SlaPage::refresh()
{
    // Every page follows the engagement chosen in the list: a hidden page of the window reads the
    // overview when it is shown. A page of the window reads on a worker thread (on a million
    // tickets the overview is over a second of reading); a page of its own (no parent: tests,
    // `sla chart`) reads at once.
    if (m_read->holdWhileHidden(this))
        return;
    const Domain::Engagement engagement =
        m_portfolio->isOpen() ? m_portfolio->engagement(m_id) : Domain::Engagement();
    if (!m_portfolio->isOpen() || engagement.id == 0) {
        display(tr("Choose an engagement to see its SLA."), {}, engagement);
        return;
    }
    if (!parentWidget()) {
        Models::SlaOverview data;
        const Models::SlaOverviewLoader loader(*m_portfolio->database());
        const Models::SlaOverviewLoader::Error error =
            loader.load(engagement, m_from, m_to, m_severity, now().toSecsSinceEpoch(), &data);
        display(error ? error.message(engagement) : QString(), data, engagement);
        return;
    }
    if (!m_loaded || m_data.engagement.id != engagement.id) {
        // Another engagement's charts are not shown while this one's are read.
        m_loaded = false;
        m_problem->setText(tr("Reading the SLA results of %1…").arg(engagement.key));
        m_problem->show();
        m_content->hide();
        m_export->setEnabled(false);
    }
    setBusy(true);
    m_read->request([&] { job()->start(engagement, m_from, m_to, m_severity, now().toSecsSinceEpoch()); });
}

Models::SlaOverviewJob *SlaPage::job()
{
    return m_read->job<Models::SlaOverviewJob>();
}

void SlaPage::readFinished(bool cancelled)
{
    setBusy(false);
    const Models::SlaOverviewJob *job = this->job();
    const Models::SlaOverview &read = job->overview();
    if (cancelled || read.engagement.id != m_id)
        return;
    if (!job->wasAtRiskOnly()) {
        display(job->error() ? job->error().message(read.engagement) : QString(), read, read.engagement,
                job->ticketSummary());
    } else if (m_loaded && !job->error() && read.engagement.id == m_data.engagement.id) {
        // A failed minute's read leaves the list shown; the next minute tries again. The list
        // stays where the user was in it.
        const ViewStateKeeper keeper(m_atRiskTable);
        m_data.atRisk = read.atRisk;
        m_atRiskModel->setTickets(m_data.atRisk, QTimeZone(m_data.engagement.timeZone));
        updateAtRiskTab();
    }
    emit loaded();
}

void SlaPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    if (busy)
        m_evaluated->setText(tr("Reading the SLA results…"));
    else
        updateEvaluated();
}

void SlaPage::display(const QString &problem, const Models::SlaOverview &data,
                      const Domain::Engagement &engagement,
                      const std::optional<Models::TicketTableModel::Summary> &tickets)
{
    // The same engagement read again (others changed the database, a minute passed, a filter):
    // its tables stay where the user was. Another engagement starts at the top.
    std::optional<ViewStateKeeper> keeper;
    if (m_loaded && engagement.id != 0 && m_data.engagement.id == engagement.id)
        keeper.emplace(this);
    m_data = data;
    m_data.engagement = engagement;
    m_tickets->setEngagement(problem.isEmpty() ? engagement.id : 0, tickets);
    m_tickets->setSeverity(m_severity);
    m_tickets->setNow(now().toSecsSinceEpoch());
    m_tickets->setMonth(m_selectedMonth);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_content->setVisible(problem.isEmpty());
    m_export->setEnabled(problem.isEmpty());
    m_loaded = problem.isEmpty();
    fillMonthChoices();
    m_trend->setOverview(m_data);
    m_breaches->setOverview(m_data);
    m_distribution->setOverview(m_data);
    m_atRiskModel->setTickets(m_data.atRisk, QTimeZone(engagement.timeZone));
    m_atRiskTable->resizeColumnsToContents();
    updateAtRiskTab();
    updateMonthLabel();
    updateEvaluated();
}

void SlaPage::updateEvaluated()
{
    m_evaluated->setText(m_data.evaluatedAt
                             ? tr("SLA computed %1")
                                   .arg(QDateTime::fromSecsSinceEpoch(*m_data.evaluatedAt,
                                                                      QTimeZone(m_data.engagement.timeZone))
                                            .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                             : (m_loaded ? tr("SLA not computed yet") : QString()));
    // Which policy the figures count on, and who added each version (issue 15: who changed what).
    m_evaluated->setToolTip(m_loaded ? Models::SlaOverviewLoader::policyText(m_data) : QString());
    // Figures of an old calendar or policy are not read as today's: the Recompute button is below.
    const bool stale = m_loaded && m_data.staleBy;
    m_stale->setText(stale
                         ? Models::SlaStaleness::text(*m_data.staleBy, QTimeZone(m_data.engagement.timeZone))
                         : QString());
    m_stale->setVisible(stale);
}

void SlaPage::refreshAtRisk()
{
    if (!m_loaded)
        return;
    if (parentWidget()) {
        // A read under way brings the list with it.
        if (!m_read->isPending())
            m_read->request(
                [this] { job()->startAtRisk(m_data.engagement, m_severity, now().toSecsSinceEpoch()); });
        return;
    }
    QVector<Models::SlaAtRiskTicket> tickets;
    const Models::SlaOverviewLoader loader(*m_portfolio->database());
    if (loader.loadAtRisk(m_data.engagement, m_severity, now().toSecsSinceEpoch(), &tickets))
        return; // the list shown stays; the next minute tries again
    m_data.atRisk = tickets;
    m_atRiskModel->setTickets(tickets, QTimeZone(m_data.engagement.timeZone));
    updateAtRiskTab();
}

void SlaPage::fillMonthChoices()
{
    const QSignalBlocker blockFrom(m_fromBox);
    const QSignalBlocker blockTo(m_toBox);
    m_fromBox->clear();
    m_toBox->clear();
    if (!m_loaded)
        return;
    const QDate last =
        qMax(Models::SlaOverviewLoader::monthOf(m_data.engagement, now().toSecsSinceEpoch()), m_data.to);
    QDate first = last.addMonths(1 - s_maxMonthsBack);
    if (m_data.engagement.start.isValid())
        first = qMax(first, QDate(m_data.engagement.start.year(), m_data.engagement.start.month(), 1));
    first = qMin(first, m_data.from);
    const QLocale locale;
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        const QString text = SlaChartStyle::monthName(m);
        m_fromBox->addItem(text, m);
        m_toBox->addItem(text, m);
    }
    m_fromBox->setCurrentIndex(m_fromBox->findData(m_data.from));
    m_toBox->setCurrentIndex(m_toBox->findData(m_data.to));
}

void SlaPage::updateAtRiskTab()
{
    int breached = 0;
    for (const Models::SlaAtRiskTicket &t : qAsConst(m_data.atRisk))
        breached += t.breached ? 1 : 0;
    const int atRisk = int(m_data.atRisk.size()) - breached;
    m_tabs->setTabText(3, tr("At risk now (%1)").arg(m_data.atRisk.size()));
    m_atRiskHint->setText(
        m_data.atRisk.isEmpty()
            ? tr("No open ticket has passed its warning threshold.")
            : tr("%1 open ticket(s) past the warning threshold of a target and %2 breached and "
                 "still open, the most urgent first. Refreshed every minute.")
                  .arg(atRisk)
                  .arg(breached));
}

void SlaPage::updateMonthLabel()
{
    m_monthLabel->setText(m_selectedMonth.isValid()
                              ? tr("Tickets of %1").arg(SlaChartStyle::monthName(m_selectedMonth))
                              : tr("Every ticket"));
    m_allMonths->setVisible(m_selectedMonth.isValid());
}

QWidget *SlaPage::currentChart() const
{
    QWidget *current = m_tabs->currentWidget();
    if (auto *container = qobject_cast<ChartTableContainer *>(current))
        current = container->chart();
    return current == m_breaches || current == m_distribution ? current : m_trend;
}

bool SlaPage::exportChart(const QString &path, QString *reason)
{
    return ChartExport::save(currentChart(), path, reason);
}

void SlaPage::exportDialog()
{
    QString selected;
    const QString suggested = QStringLiteral("%1-sla.png").arg(m_data.engagement.key.toLower());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), suggested, tr("PNG image (*.png);;SVG drawing (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    QString file = path;
    if (QFileInfo(file).suffix().isEmpty())
        file += selected.contains(QLatin1String("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString reason;
    if (exportChart(file, &reason))
        emit message(tr("The chart was saved as %1.").arg(QDir::toNativeSeparators(file)), false);
    else
        emit message(reason, true);
}

void SlaPage::retranslate()
{
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("to"));
    m_severityLabel->setText(tr("Severity"));
    // Screen readers name a combo box by its label; the "to" box says more than its label.
    m_fromLabel->setBuddy(m_fromBox);
    m_severityLabel->setBuddy(m_severityBox);
    m_fromBox->setAccessibleName(tr("First month"));
    m_toBox->setAccessibleName(tr("Last month"));
    m_atRiskTable->setAccessibleName(tr("Open tickets at risk now"));
    m_busy->setAccessibleName(tr("Reading the SLA results"));
    m_export->setText(tr("Export chart…"));
    m_export->setToolTip(tr("Save the chart shown as a PNG image or an SVG drawing"));
    m_allMonths->setText(tr("Show every month"));
    const QSignalBlocker block(m_severityBox);
    m_severityBox->clear();
    m_severityBox->addItem(tr("All severities"), 0);
    for (int s = 1; s <= 4; ++s)
        m_severityBox->addItem(SlaChartStyle::severityName(s), s);
    m_severityBox->setCurrentIndex(m_severity);
    m_tabs->setTabText(0, tr("Compliance trend"));
    m_tabs->setTabText(1, tr("Breaches per month"));
    m_tabs->setTabText(2, tr("Time taken"));
    updateAtRiskTab();
    updateMonthLabel();
}

void SlaPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A read owed while hidden has been asked for (BackgroundRead::holdWhileHidden) and brings
    // the list with it; otherwise the list is read again for the minutes it was not shown.
    refreshAtRisk();
    m_minute->start();
}

void SlaPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_minute->stop();
}

void SlaPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
}

} // namespace Gui
