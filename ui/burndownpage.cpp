#include "ui/burndownpage.h"

#include "models/capacitytext.h"
#include "models/changetext.h"
#include "models/domain/capacity/portfolioburn.h"
#include "models/domaintext.h"
#include "models/portfolio.h"
#include "models/portfolioburnmodel.h"
#include "ui/charts/burndownchart.h"
#include "ui/charts/historychart.h"
#include "ui/charts/stackedhourschart.h"
#include "ui/charttablecontainer.h"
#include "ui/monthnavigator.h"

#include <QAccessible>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Gui {

using Models::CapacityText;
using Models::DomainText;

namespace {
/// How many earlier months the chart overlays.
constexpr int s_overlayMonths = 3;

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

BurnDownPage::BurnDownPage(Models::Portfolio *portfolio, QWidget *parent)
    : QWidget(parent), m_portfolio(portfolio), m_months(new MonthNavigator(this)),
      m_burnUp(new QCheckBox(this)), m_overlay(new QCheckBox(this)), m_problem(new QLabel(this)),
      m_chart(new BurnDownChart(this)), m_dayHeading(heading(this)), m_dayTable(new QTableWidget(this)),
      m_summary(new QLabel(this)), m_ledgerHeading(heading(this)), m_ledger(new QLabel(this)),
      m_stacked(new StackedHoursChart(this)), m_history(new HistoryChart(this)), m_content(new QWidget(this))
{
    setObjectName(QStringLiteral("burnDownPage"));
    m_overlay->setChecked(true);
    m_problem->setWordWrap(true);
    m_problem->setAlignment(Qt::AlignCenter);
    m_problem->hide();

    auto *toolbar = new QHBoxLayout;
    m_toolbar = toolbar;
    toolbar->addWidget(m_months);
    toolbar->addStretch();
    toolbar->addWidget(m_burnUp);
    toolbar->addWidget(m_overlay);

    m_dayTable->setColumnCount(7);
    m_dayTable->verticalHeader()->hide();
    m_dayTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dayTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dayTable->horizontalHeader()->setStretchLastSection(true);
    // Visible focus also on a day without worklogs, where there is no current cell to frame.
    m_dayTable->setStyleSheet(QStringLiteral("QTableWidget:focus { border: 2px solid palette(highlight); }"));
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *vertical = new QSplitter(Qt::Vertical);
    auto *dayBox = new QWidget;
    auto *dayLayout = new QVBoxLayout(dayBox);
    dayLayout->setContentsMargins(0, 0, 0, 0);
    dayLayout->addWidget(m_dayHeading);
    dayLayout->addWidget(m_dayTable);
    // The 12 months under the month's burn-down (both hours over time): in the side panel, under the
    // budget's sentences and the month's hours, the page needed 745 px of height (issue 12: 700).
    vertical->addWidget(new ChartTableContainer(m_chart));
    vertical->addWidget(new ChartTableContainer(m_history));
    vertical->addWidget(dayBox);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setStretchFactor(2, 1);
    vertical->setSizes({440, 220, 160});
    leftLayout->addWidget(vertical);

    auto *columns = new QSplitter(Qt::Horizontal);
    columns->addWidget(left);
    columns->addWidget(createSidePanel());
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 2);
    columns->setSizes({620, 420});
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(columns);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_problem, 1);
    layout->addWidget(m_content, 1);

    m_months->setToday([this] { return Models::BurnDownLoader::todayIn(m_data.engagement, now()); });
    m_months->setMonth(now().date());
    connect(m_months, &MonthNavigator::monthChanged, this, &BurnDownPage::refresh);
    connect(m_burnUp, &QCheckBox::toggled, m_chart, &BurnDownChart::setBurnUp);
    connect(m_overlay, &QCheckBox::toggled, m_chart, &BurnDownChart::setShowPreviousMonths);
    connect(m_chart, &BurnDownChart::daySelected, this, &BurnDownPage::showDay);
    m_chart->installEventFilter(this);
    connect(m_portfolio, &Models::Portfolio::engagementChanged, this, [this](qint64 id) {
        if (id == m_id)
            refresh();
    });
    retranslate();
    refresh();
}

BurnDownPage::~BurnDownPage() = default;

QWidget *BurnDownPage::createSidePanel()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_ledger->setWordWrap(true);
    m_ledgerHeading->setWordWrap(true); // one line was as wide as the side panel could ever get
    layout->addWidget(m_summary);
    layout->addWidget(m_ledgerHeading);
    layout->addWidget(m_ledger);
    layout->addWidget(new ChartTableContainer(m_stacked), 1);
    return panel;
}

void BurnDownPage::setBudgetAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("budgetButton"));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->insertWidget(1, button);
}

QDateTime BurnDownPage::now() const
{
    // The wall clock is read in the UI, never below it.
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void BurnDownPage::setNow(const QDateTime &now)
{
    m_now = now;
    refresh();
}

void BurnDownPage::showEngagement(qint64 id)
{
    m_id = id;
    refresh();
}

void BurnDownPage::setMonth(const QDate &month)
{
    if (!month.isValid())
        return;
    // Reloads also when the month stays (the window asks on every engagement it opens).
    const QSignalBlocker quiet(m_months);
    m_months->setMonth(month);
    refresh();
}

QDate BurnDownPage::month() const
{
    return m_months->month();
}

QString BurnDownPage::problem() const
{
    return m_problem->isVisible() || !m_loaded ? m_problem->text() : QString();
}

void BurnDownPage::refresh()
{
    m_loaded = false;
    const Domain::Engagement engagement =
        m_portfolio->isOpen() ? m_portfolio->engagement(m_id) : Domain::Engagement();
    QString problem;
    if (!m_portfolio->isOpen() || engagement.id == 0) {
        problem = tr("Choose an engagement to see its burn-down.");
    } else {
        Models::BurnDownLoader loader(*m_portfolio->database());
        loader.setPreviousMonths(s_overlayMonths);
        Models::BurnDownData data;
        if (const Models::BurnDownLoader::Error error = loader.load(engagement, month(), now(), &data))
            problem = error.message(engagement, month());
        else
            m_data = data;
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_content->setVisible(problem.isEmpty());
    if (!problem.isEmpty()) {
        m_data = {};
        m_chart->setData(m_data);
        m_dayTable->setRowCount(0);
        return;
    }
    m_loaded = true;
    m_chart->setData(m_data);
    m_stacked->setBurnDown(m_data.burnDown);
    m_history->setLedger(m_data.ledger, m_data.month);
    fillSidePanel();
    showDay(m_shownDay.isValid() && m_shownDay.year() == month().year() &&
                    m_shownDay.month() == month().month()
                ? m_shownDay
                : qMin(m_data.today, month().addDays(month().daysInMonth() - 1)));
}

void BurnDownPage::fillSidePanel()
{
    const Domain::BurnDown &b = m_data.burnDown;
    const Domain::PortfolioBurnRow row = Domain::PortfolioBurn::row(m_data.engagement.key, b);
    const QLocale locale;
    QStringList lines;
    lines.append(tr("<b>%1</b> · <span style='color:%2'><b>%3</b></span>")
                     .arg(m_data.engagement.key.toHtmlEscaped(),
                          Models::PortfolioBurnModel::statusColor(row.status).name(),
                          CapacityText::burnStatus(row.status)));
    lines.append(
        tr("Budget %1 · used %2 · left %3")
            .arg(DomainText::hours(b.budget), DomainText::hours(b.used), DomainText::hours(b.remaining)));
    if (b.overrunDeducted > 0)
        lines.append(tr("Budget = %1 committed + %2 carried in − %3 deducted")
                         .arg(DomainText::hours(b.committed), DomainText::hours(b.carriedIn),
                              DomainText::hours(b.overrunDeducted)));
    else if (b.carriedIn > 0)
        lines.append(tr("Budget = %1 committed + %2 carried in")
                         .arg(DomainText::hours(b.committed), DomainText::hours(b.carriedIn)));
    // Work outside the contract is flagged, never silently left out.
    for (const QString &line : CapacityText::budgetSplit(m_data.split))
        lines.append(QStringLiteral("<span style='color:%1'>%2</span>")
                         .arg(Models::PortfolioBurnModel::statusColor(Domain::BurnStatus::AtRisk).name(),
                              line.toHtmlEscaped()));
    lines.append(
        tr("%1 % of the working days gone, %2 % of the budget used")
            .arg(locale.toString(row.elapsedPercent, 'f', 0), locale.toString(row.usedPercent, 'f', 0)));
    const QString forecast = DomainText::hours(qRound64(b.forecastAtMonthEnd));
    const QString low = DomainText::hours(qRound64(b.forecastLowAtMonthEnd));
    const QString high = DomainText::hours(qRound64(b.forecastHighAtMonthEnd));
    switch (m_data.ledgerMonth.state) {
    case Domain::LedgerMonth::State::Closed:
    case Domain::LedgerMonth::State::Ended:
        lines.append(tr("At month end: %1 left").arg(forecast));
        break;
    case Domain::LedgerMonth::State::Open:
        lines.append(tr("Forecast at month end: %1 left (range %2 to %3)").arg(forecast, low, high));
        break;
    case Domain::LedgerMonth::State::NotStarted:
        lines.append(tr("Not started: at today's pace %1 left at month end (range %2 to %3)")
                         .arg(forecast, low, high));
        break;
    }
    if (b.runOutDate)
        lines.append(tr("<span style='color:%1'>Runs out on %2</span>")
                         .arg(Models::PortfolioBurnModel::statusColor(Domain::BurnStatus::Overrun).name(),
                              locale.toString(*b.runOutDate, QLocale::LongFormat)));
    else if (b.budget > 0)
        lines.append(tr("The budget lasts the month."));
    if (b.overrunAtMonthEnd > 0)
        lines.append(tr("<span style='color:%1'>Overrun at month end: %2</span>")
                         .arg(Models::PortfolioBurnModel::statusColor(Domain::BurnStatus::Overrun).name(),
                              DomainText::hours(b.overrunAtMonthEnd)));
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    m_ledgerHeading->setText(
        tr("This month's budget (%1)").arg(CapacityText::ledgerMonthState(m_data.ledgerMonth.state)));
    m_ledger->setText(CapacityText::ledgerExplanation(m_data.ledgerMonth).join(QLatin1Char('\n')));
    // The rules, and who set them (issue 15: who changed what, in tooltips).
    const QString rules = Models::ChangeText::appended(
        CapacityText::budgetRules(m_data.policy).join(QLatin1Char('\n')), m_data.budgetStamp);
    m_ledger->setToolTip(rules);
    m_ledgerHeading->setToolTip(rules);
}

void BurnDownPage::showDay(const QDate &date)
{
    m_shownDay = date;
    const QVector<Domain::Worklog> worklogs = m_data.worklogsOn(date);
    qint64 total = 0;
    m_dayTable->setRowCount(int(worklogs.size()));
    for (int r = 0; r < worklogs.size(); ++r) {
        const Domain::Worklog &w = worklogs.at(r);
        total += w.seconds;
        const QStringList cells = {w.person,
                                   w.role ? DomainText::roleShort(*w.role) : QString(),
                                   DomainText::hours(w.minutes()),
                                   DomainText::serviceLevelShort(w.serviceLevel),
                                   DomainText::activity(w.activity),
                                   w.ticketKey,
                                   CapacityText::budgetClass(m_data.policy.classify(w))};
        for (int c = 0; c < cells.size(); ++c)
            m_dayTable->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        m_dayTable->item(r, 2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_dayTable->resizeColumnsToContents();
    m_dayHeading->setText(date.isValid() ? tr("Worklogs on %1: %2")
                                               .arg(QLocale().toString(date, QLocale::LongFormat),
                                                    DomainText::hours(Domain::Worklog::roundedMinutes(total)))
                                         : QString());
}

void BurnDownPage::retranslate()
{
    m_dayTable->setAccessibleName(tr("Worklogs of the selected day"));
    m_dayTable->setAccessibleDescription(tr(
        "Click a day on the burn-down chart, or press Left or Right on it, to list the day's worklogs here"));
    m_burnUp->setText(tr("Burn-up"));
    m_overlay->setText(tr("Previous months"));
    m_ledgerHeading->setText(tr("This month's budget"));
    m_dayTable->setHorizontalHeaderLabels(
        {tr("Person"), tr("Role"), tr("Hours"), tr("Level"), tr("Activity"), tr("Ticket"), tr("Counts")});
}

bool BurnDownPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_chart || event->type() != QEvent::KeyPress || !m_loaded)
        return QWidget::eventFilter(watched, event);
    const QDate first = month(), last = month().addDays(month().daysInMonth() - 1);
    const QDate current = m_shownDay.isValid() ? m_shownDay : first;
    QDate day;
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Left:
        day = current.addDays(-1);
        break;
    case Qt::Key_Right:
        day = current.addDays(1);
        break;
    case Qt::Key_Home:
        day = first;
        break;
    case Qt::Key_End:
        day = last;
        break;
    default:
        return QWidget::eventFilter(watched, event);
    }
    showDay(qBound(first, day, last));
    // Say which day is now listed, as a click's result is seen.
    m_dayTable->setAccessibleDescription(m_dayHeading->text());
    QAccessibleEvent changed(m_dayTable, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    return true;
}

void BurnDownPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
}

} // namespace Gui
