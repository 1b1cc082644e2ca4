#include "ui/portfoliopage.h"

#include "models/portfolio.h"
#include "models/portfoliojob.h"
#include "ui/monthnavigator.h"
#include "ui/viewstatekeeper.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace Gui {

namespace {

/// The narrowest width that holds `heading` on two lines broken between words: the header is two
/// lines high when headings wrap, so a third line would be cut ("Left at / month / end").
int twoLineWidth(const QString &heading, const QFontMetrics &metrics)
{
    const QStringList words = heading.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    int best = words.isEmpty() ? 0 : metrics.horizontalAdvance(words.join(QLatin1Char(' ')));
    for (int split = 1; split < words.size(); ++split)
        best = qMin(best, qMax(metrics.horizontalAdvance(words.mid(0, split).join(QLatin1Char(' '))),
                               metrics.horizontalAdvance(words.mid(split).join(QLatin1Char(' ')))));
    return best;
}

} // namespace

PortfolioPage::PortfolioPage(Models::Portfolio *portfolio, QWidget *parent)
    : QWidget(parent), m_portfolio(portfolio), m_model(new Models::PortfolioBurnModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_months(new MonthNavigator(this)), m_hint(new QLabel(this)),
      m_problem(new QLabel(this)), m_table(new QTableView(this)),
      m_slaModel(new Models::PortfolioSlaModel(this)), m_slaProxy(new QSortFilterProxyModel(this)),
      m_slaHeading(new QLabel(this)), m_slaHint(new QLabel(this)), m_slaTable(new QTableView(this)),
      m_busy(new QProgressBar(this)),
      m_read(new BackgroundRead([this] { return new Models::PortfolioJob(*m_portfolio->database()); },
                                [this] { refresh(); },
                                [this](bool cancelled) {
                                    setBusy(false);
                                    if (!cancelled)
                                        display(m_read->job<Models::PortfolioJob>()->result());
                                },
                                this))
{
    setObjectName(QStringLiteral("portfolioPage"));
    m_hint->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Models::PortfolioBurnModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Models::PortfolioBurnModel::StatusColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->viewport()->installEventFilter(this);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_months);
    toolbar->addStretch();
    // While the rows are read off the GUI thread (most of a second on a million tickets).
    m_busy->setObjectName(QStringLiteral("portfolioBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    toolbar->addWidget(m_busy);
    m_slaProxy->setSourceModel(m_slaModel);
    m_slaProxy->setSortRole(Models::PortfolioSlaModel::SortRole);
    m_slaTable->setObjectName(QStringLiteral("portfolioSlaTable"));
    m_slaTable->setModel(m_slaProxy);
    m_slaTable->setSortingEnabled(true);
    m_slaTable->sortByColumn(Models::PortfolioSlaModel::EngagementColumn, Qt::AscendingOrder);
    m_slaTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_slaTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_slaTable->verticalHeader()->hide();
    m_slaTable->horizontalHeader()->setStretchLastSection(true);
    m_slaTable->setAlternatingRowColors(true);
    m_slaTable->viewport()->installEventFilter(this);
    m_slaTable->setWordWrap(false);
    QFont headingFont = m_slaHeading->font();
    headingFont.setBold(true);
    m_slaHeading->setFont(headingFont);
    m_slaHint->setWordWrap(true);

    auto *burn = new QWidget;
    auto *burnLayout = new QVBoxLayout(burn);
    burnLayout->setContentsMargins(0, 0, 0, 0);
    burnLayout->addWidget(m_hint);
    burnLayout->addWidget(m_problem);
    burnLayout->addWidget(m_table, 1);
    auto *sla = new QWidget;
    auto *slaLayout = new QVBoxLayout(sla);
    slaLayout->setContentsMargins(0, 0, 0, 0);
    slaLayout->addWidget(m_slaHeading);
    slaLayout->addWidget(m_slaHint);
    slaLayout->addWidget(m_slaTable, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(burn);
    split->addWidget(sla);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(split, 1);

    m_months->setToday([this] { return now().date(); });
    m_months->setMonth(now().date());
    connect(m_months, &MonthNavigator::monthChanged, this, &PortfolioPage::refresh);
    // activated: a double-click, and Enter for the keyboard.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit engagementActivated(index.data(Models::PortfolioBurnModel::EngagementIdRole).toLongLong(),
                                 month());
    });
    connect(m_slaTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit slaActivated(index.data(Models::PortfolioSlaModel::EngagementIdRole).toLongLong());
    });
    connect(m_portfolio, &Models::Portfolio::engagementChanged, this, &PortfolioPage::refresh);
    connect(m_portfolio, &Models::Portfolio::opened, this, &PortfolioPage::refresh);
    connect(m_portfolio, &Models::Portfolio::aboutToReleaseDatabase, this, [this] {
        m_read->release();
        setBusy(false);
    });
    retranslate();
    // Read when first shown (or asked): its SLA section alone was 0.63 s of the window's first
    // paint at a million tickets while the page was not even shown (issue 13).
    m_read->holdUntilShown(this);
}

QDateTime PortfolioPage::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void PortfolioPage::setNow(const QDateTime &now)
{
    m_now = now;
    refresh();
}

QDate PortfolioPage::month() const
{
    return m_months->month();
}

void PortfolioPage::setMonth(const QDate &month)
{
    if (!month.isValid())
        return;
    // Reloads also when the month stays.
    const QSignalBlocker quiet(m_months);
    m_months->setMonth(month);
    refresh();
}

void PortfolioPage::refresh()
{
    // A hidden page of the window reads when it is shown, as the SLA page does.
    if (m_read->holdWhileHidden(this))
        return;
    if (!m_portfolio->isOpen()) {
        display({});
        return;
    }
    const QVector<Domain::Engagement> engagements = m_portfolio->engagements()->engagements();
    if (!parentWidget()) {
        display(Models::PortfolioJob::read(*m_portfolio->database(), engagements, month(), now()));
        return;
    }
    setBusy(true);
    m_read->request([&] { m_read->job<Models::PortfolioJob>()->start(engagements, month(), now()); });
}

void PortfolioPage::display(const Models::PortfolioJob::Read &read)
{
    // Read again (others changed the database, another month): the tables stay where the user was.
    const ViewStateKeeper keeper(this);
    m_model->setRows(read.burnRows);
    m_slaModel->setRows(read.slaRows);
    const QString problem = read.problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    fitColumns();
    emit loaded();
}

void PortfolioPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

void PortfolioPage::fitColumns()
{
    // Every column readable without scrolling sideways (issue 12: Status at 1024 px in Swedish): the
    // widths the contents ask for, and where they are wider than the table, the client's name wraps
    // onto more lines (down to its longest word).
    for (QTableView *table : {m_table, m_slaTable}) {
        // Each column as wide as its values and its heading on one line where all fit; else as its
        // values or its heading on two lines ("Kvar vid / månadsslut", "Left at / month end").
        QHeaderView *columns = table->horizontalHeader();
        QFont bold = columns->font();
        bold.setBold(true);
        const QFontMetrics headerMetrics(bold);
        const int count = table->model()->columnCount();
        QVector<int> values(count, 0), words(count, 0), lines(count, 0);
        bool wraps = false; // a header of one line high does not wrap its headings
        for (int c = 0; c < count; ++c) {
            const QString heading = table->model()->headerData(c, Qt::Horizontal).toString();
            words[c] = twoLineWidth(heading, headerMetrics) + 20; // margins and the sort arrow
            for (const QString &line : heading.split(QLatin1Char('\n')))
                lines[c] = qMax(lines[c], headerMetrics.horizontalAdvance(line) + 20);
            for (int row = 0; row < table->model()->rowCount(); ++row)
                values[c] = qMax(values[c], table->fontMetrics().horizontalAdvance(
                                                table->model()->index(row, c).data().toString()) +
                                                12);
            wraps = wraps || heading.contains(QLatin1Char('\n'));
        }
        int oneLine = 0;
        for (int c = 0; c < count; ++c)
            oneLine += qMax(values[c], lines[c]);
        const bool headingsOnOneLine = oneLine <= table->viewport()->width() - 8;
        // Headings wrap on words, in a header two lines high.
        // (A TextFlag in an Alignment: built from the int, as casting 4096 to AlignmentFlag is UB.)
        columns->setDefaultAlignment(Qt::Alignment::fromInt(int(Qt::AlignCenter) | int(Qt::TextWordWrap)));
        columns->setMinimumHeight(headingsOnOneLine || wraps ? 0 : 2 * headerMetrics.height() + 10);
        for (int c = 0; c < count; ++c)
            columns->resizeSection(c, qMax(values[c], headingsOnOneLine ? lines[c] : words[c]));
        const int client = table == m_table ? int(Models::PortfolioBurnModel::ClientColumn)
                                            : int(Models::PortfolioSlaModel::ClientColumn);
        QHeaderView *header = table->horizontalHeader();
        // Room for a vertical scroll bar that taller, wrapped rows may bring.
        const int scrollBar = table->verticalScrollBar()->isVisible()
                                  ? 0
                                  : table->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
        // A few pixels to spare: the stretched last section and the header's own rounding left a
        // scroll bar for one or two pixels.
        const int available = table->viewport()->width() - scrollBar - 8;
        const int over = header->length() - available;
        if (over > 0 && available > 0) {
            int longestWord = 0;
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                const QString text = table->model()->index(row, client).data().toString();
                for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    longestWord = qMax(longestWord, table->fontMetrics().horizontalAdvance(word) + 12);
            }
            header->resizeSection(client, qMax(longestWord, header->sectionSize(client) - over));
        }
        // The last column stretches into what is left: a pixel or two of rounding is no reason for a
        // scroll bar (there was one, one pixel long, under the Status column).
        int total = 0;
        for (int c = 0; c < count; ++c)
            total +=
                c == columns->logicalIndex(count - 1) ? qMax(values[c], words[c]) : columns->sectionSize(c);
        table->setHorizontalScrollBarPolicy(total <= table->viewport()->width() ? Qt::ScrollBarAlwaysOff
                                                                                : Qt::ScrollBarAsNeeded);
        table->setWordWrap(true);
        table->resizeRowsToContents();
    }
}

void PortfolioPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void PortfolioPage::showEvent(QShowEvent *event)
{
    // A read owed while hidden has been asked for already (BackgroundRead::holdWhileHidden). The
    // tables were resized while another page was shown: their widths are known now.
    QWidget::showEvent(event);
    fitColumns();
}

bool PortfolioPage::eventFilter(QObject *watched, QEvent *event)
{
    // The tables' own width settles after the page's (splitter, scroll bars): fit again then.
    if (event->type() == QEvent::Resize && !m_fitting &&
        (watched == m_table->viewport() || watched == m_slaTable->viewport())) {
        m_fitting = true;
        fitColumns();
        m_fitting = false;
    }
    return QWidget::eventFilter(watched, event);
}

void PortfolioPage::retranslate()
{
    m_table->setAccessibleName(tr("Burn of every engagement this month"));
    m_table->setAccessibleDescription(tr("Enter or double-click opens the engagement's burn-down"));
    m_slaTable->setAccessibleName(tr("SLA of every engagement this month"));
    m_busy->setAccessibleName(tr("Reading the portfolio"));
    m_slaTable->setAccessibleDescription(tr("Enter or double-click opens the engagement's SLA page"));
    m_hint->setText(
        tr("Every running engagement's burn this month. At risk: the forecast runs past the budget, or "
           "the budget is used faster than the month passes. Double-click a row for its burn-down."));
    m_slaHeading->setText(tr("SLA this month"));
    m_slaHint->setText(
        tr("Per severity: the weaker of first response and resolution met this month against its "
           "target (✓ kept, ✗ missed), the six full months before this one as bars (higher is better) with "
           "the direction, and the open tickets breached or at risk now. Double-click a row for its SLA."));
}

void PortfolioPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
}

} // namespace Gui
