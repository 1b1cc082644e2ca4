#include "ui/ticketspanel.h"

#include "models/portfolio.h"
#include "models/ticketexplanationloader.h"
#include "models/tickettablemodel.h"
#include "ui/backgroundread.h"
#include "ui/tickettimelinedialog.h"
#include "ui/viewstatekeeper.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Gui {

namespace {

const char *const s_stateIds[] = {"met",    "breached", "at-risk",      "running",
                                  "paused", "invalid",  "not-evaluated"};

/// Selects the item whose data is `value` without emitting a change when it is already current.
void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    if (index >= 0 && index != combo->currentIndex())
        combo->setCurrentIndex(index);
}

} // namespace

TicketsPanel::TicketsPanel(Models::Portfolio *portfolio, QWidget *parent)
    : QWidget(parent), m_portfolio(portfolio), m_model(new Models::TicketTableModel(this)),
      m_now(QDateTime::currentSecsSinceEpoch()), m_text(new QLineEdit(this)), m_severity(new QComboBox(this)),
      m_state(new QComboBox(this)), m_kind(new QComboBox(this)), m_months(new QComboBox(this)),
      m_export(new QPushButton(this)), m_count(new QLabel(this)), m_problem(new QLabel(this)),
      m_table(new QTableView(this)), m_textDelay(new QTimer(this)), m_read(createFilterRead()),
      m_orderRead(createOrderRead()), m_busyDelay(new QTimer(this)), m_cancel(new QPushButton(this)),
      m_cancelKey(new QAction(this))
{
    setObjectName(QStringLiteral("ticketsPanel"));
    m_text->setObjectName(QStringLiteral("ticketFilterText"));
    m_text->setProperty("findField", true); // Ctrl+F on the SLA page lands here
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 18); // the hint stays readable at 1024 px
    m_severity->setObjectName(QStringLiteral("ticketFilterSeverity"));
    m_state->setObjectName(QStringLiteral("ticketFilterState"));
    m_kind->setObjectName(QStringLiteral("ticketFilterKind"));
    m_months->setObjectName(QStringLiteral("ticketFilterMonth"));
    m_count->setObjectName(QStringLiteral("ticketCount"));
    m_problem->setObjectName(QStringLiteral("ticketProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_table->setObjectName(QStringLiteral("ticketTable"));
    m_export->setObjectName(QStringLiteral("ticketExport"));
    m_cancel->setObjectName(QStringLiteral("ticketFilterCancel"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &TicketsPanel::cancelFiltering);
    // Escape in the panel (typing in the text field) does what Cancel does, while a filter is read.
    m_cancelKey->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancelKey->setEnabled(false);
    addAction(m_cancelKey);
    connect(m_cancelKey, &QAction::triggered, this, &TicketsPanel::cancelFiltering);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(200);
    connect(m_busyDelay, &QTimer::timeout, this, [this] {
        m_export->setVisible(!m_filtering);
        m_cancel->setVisible(m_filtering);
        updateCount();
    });
    // A push button with a menu keeps room for its arrow (a tool button's arrow sat on the text).
    auto *menu = new QMenu(m_export);
    QAction *csv = menu->addAction(QString());
    csv->setObjectName(QStringLiteral("exportCsv"));
    QAction *xlsx = menu->addAction(QString());
    xlsx->setObjectName(QStringLiteral("exportXlsx"));
    m_export->setMenu(menu);
    connect(csv, &QAction::triggered, this, [this] { exportShown(false); });
    connect(xlsx, &QAction::triggered, this, [this] { exportShown(true); });

    m_table->setModel(m_model);
    ViewState::setRowKey(m_table, {Models::TicketTableModel::TicketIdRole});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Nothing may ask every row for its size: a million rows are read only as they are shown.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    // Widths from what the columns hold (no ResizeToContents: it would read every row).
    const QFontMetrics metrics = fontMetrics();
    const auto widest = [&metrics](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + 24;
    };
    QStringList kinds, states;
    for (int k = 0; k < Domain::TicketKindCount; ++k)
        kinds << Models::TicketTableModel::kindText(Domain::TicketKind(k));
    for (const char *id : s_stateIds)
        states << Models::TicketTableModel::stateText(QString::fromLatin1(id));
    const int instant = widest({QStringLiteral("2026-12-31 23:59")});
    const int duration = widest({QStringLiteral("999 h 59 min")});
    using M = Models::TicketTableModel;
    header->resizeSection(M::KeyColumn, widest({QStringLiteral("INC0012345")}));
    header->resizeSection(M::TitleColumn, metrics.averageCharWidth() * 30);
    header->resizeSection(M::SeverityColumn,
                          widest({m_model->headerData(M::SeverityColumn, Qt::Horizontal).toString()}));
    header->resizeSection(M::KindColumn, widest(kinds));
    header->resizeSection(M::ServiceLevelColumn,
                          widest({QStringLiteral("L1"),
                                  m_model->headerData(M::ServiceLevelColumn, Qt::Horizontal).toString()}));
    header->resizeSection(M::StatusColumn, metrics.averageCharWidth() * 14);
    for (int c : {M::CreatedColumn, M::RespondedColumn, M::ResolvedColumn})
        header->resizeSection(c, instant);
    for (int c : {M::ResponseTimeColumn, M::ResolutionTimeColumn, M::PausedTimeColumn})
        header->resizeSection(c, duration);
    header->resizeSection(M::StateColumn, widest(states) + 16); // the colour swatch
    // The SLA state (words and colour) is what the table is read for: shown right after the title.
    header->moveSection(header->visualIndex(M::StateColumn), M::TitleColumn + 1);
    header->setSortIndicator(Models::TicketTableModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);

    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(250);
    connect(m_textDelay, &QTimer::timeout, this, &TicketsPanel::applyFilters);
    connect(m_text, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, &TicketsPanel::applyFilters);
    for (QComboBox *combo : {m_severity, m_state, m_kind, m_months})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &TicketsPanel::applyFilters);
    connect(m_table, &QTableView::activated, this, &TicketsPanel::openTimeline);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TicketsPanel::updateCount);
    // Dragging the scroll bar far into a large filter waits for its order, blank, not the window.
    m_model->setReadsOrderElsewhere(m_portfolio != nullptr);
    connect(m_model, &Models::TicketTableModel::orderNeeded, this, &TicketsPanel::readOrder);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_orderRead->cancel(); // its order is of the rows before
        m_table->viewport()->unsetCursor();
        m_placeAfterOrder.reset();
    });
    connect(m_model, &Models::TicketTableModel::errorOccurred, this, &TicketsPanel::showProblem);
    if (m_portfolio) {
        // The database behind the model goes away with these: forget it first.
        connect(m_portfolio, &Models::Portfolio::aboutToReleaseDatabase, this, [this] {
            releaseExport();
            m_read->release();
            m_orderRead->release();
            m_requested = {};
            setFiltering(false);
        });
        connect(m_portfolio, &Models::Portfolio::closed, this, [this] { setEngagement(0); });
        connect(m_portfolio, &Models::Portfolio::opened, this, [this] { setEngagement(0); });
        connect(m_portfolio, &Models::Portfolio::engagementChanged, this, [this](qint64 id) {
            if (id == m_engagementId)
                setEngagement(id);
        });
    }

    // The filter row: the text, the four boxes, the count and Export on one line where their full
    // texts fit; where they do not (1024 px in Swedish, a 150 % font) the boxes take a line of their
    // own below the text (placeFilters), never cut (issues 12, 18).
    m_filterBoxes = new QWidget(this);
    // Its width is not a minimum of the page: below its natural width it moves to the next line.
    m_filterBoxes->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    auto *boxes = new QHBoxLayout(m_filterBoxes);
    boxes->setContentsMargins(0, 0, 0, 0);
    for (QComboBox *combo : {m_severity, m_state, m_kind, m_months}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        boxes->addWidget(combo, 1);
    }
    m_filters = new QGridLayout;
    m_filters->addWidget(m_text, 0, 0);
    m_filters->addWidget(m_count, 0, 2);
    m_filters->addWidget(m_export, 0, 3);
    m_filters->addWidget(m_cancel, 0, 3); // in Export's place while a filter is read
    setTabOrder(m_export, m_cancel);      // and in its place in the Tab order
    placeFilters();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_filters);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    retranslate();
}

TicketsPanel::~TicketsPanel() = default;

void TicketsPanel::placeFilters()
{
    const int spacing = qMax(6, style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing));
    int boxesWidth = spacing * 3;
    for (QComboBox *combo : {m_severity, m_state, m_kind, m_months})
        boxesWidth += combo->sizeHint().width();
    // The count says "Filtering…" and Cancel stands in Export's place while a filter is read.
    const int count =
        qMax(m_count->sizeHint().width(),
             m_count->fontMetrics().horizontalAdvance(tr("Filtering…")) + 2 * m_count->margin());
    const int others = count + qMax(m_export->sizeHint().width(), m_cancel->sizeHint().width()) + spacing * 4;
    const int textWidth = m_text->fontMetrics().horizontalAdvance(m_text->placeholderText()) + 40;
    const bool twoLines = width() < textWidth + boxesWidth + others;
    // On one line the boxes get their full width and the text field the rest: the boxes ignore
    // their size hint (so that they never make the page wider), so the columns' stretch factors
    // share the width in proportion to what each needs.
    m_filters->setColumnStretch(0, twoLines ? 1 : qMax(1, width() - boxesWidth - others));
    m_filters->setColumnStretch(1, twoLines ? 0 : boxesWidth);
    const int row = twoLines ? 1 : 0;
    int current = -1, column = -1, rowSpan = 0, columnSpan = 0;
    const int index = m_filters->indexOf(m_filterBoxes);
    if (index >= 0)
        m_filters->getItemPosition(index, &current, &column, &rowSpan, &columnSpan);
    if (index >= 0 && current == row)
        return;
    m_filters->removeWidget(m_filterBoxes);
    if (twoLines)
        m_filters->addWidget(m_filterBoxes, 1, 0, 1, 4);
    else
        m_filters->addWidget(m_filterBoxes, 0, 1);
}

void TicketsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeFilters();
}

void TicketsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Headings and words are translated as they are read: ask for them again.
        emit m_model->headerDataChanged(Qt::Horizontal, 0, Models::TicketTableModel::ColumnCount - 1);
        m_table->viewport()->update();
    }
    QWidget::changeEvent(event);
}

void TicketsPanel::retranslate()
{
    m_applying = true;
    m_text->setPlaceholderText(tr("Filter by key or title"));
    m_text->setToolTip(tr("Shows tickets whose key or title contains this text (letter case ignored)"));
    m_text->setAccessibleName(tr("Filter tickets by key or title"));
    m_severity->setAccessibleName(tr("Severity filter"));
    m_state->setAccessibleName(tr("SLA state filter"));
    m_kind->setAccessibleName(tr("Ticket kind filter"));
    m_months->setAccessibleName(tr("Month filter"));
    m_table->setAccessibleName(tr("Tickets"));
    m_table->setAccessibleDescription(tr("Enter or double-click opens the ticket's SLA timeline"));
    m_export->setAccessibleName(tr("Export the tickets shown"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleDescription(
        tr("Stops reading the tickets of the new filter; the filter goes back to the tickets shown"));
    const QVariant severity = m_severity->currentData();
    m_severity->clear();
    m_severity->addItem(tr("Every severity"), 0);
    for (int s = 1; s <= 4; ++s)
        m_severity->addItem(tr("Severity %1").arg(s), s);
    m_severity->setCurrentIndex(qMax(0, m_severity->findData(severity)));
    const QVariant state = m_state->currentData();
    m_state->clear();
    m_state->addItem(tr("Every SLA state"), QString());
    for (const char *id : s_stateIds) {
        const QString stateId = QString::fromLatin1(id);
        m_state->addItem(Models::TicketTableModel::stateText(stateId), stateId);
        m_state->setItemData(m_state->count() - 1, Models::TicketTableModel::stateColor(stateId),
                             Qt::DecorationRole);
    }
    m_state->setCurrentIndex(qMax(0, m_state->findData(state)));
    const QVariant kind = m_kind->currentData();
    m_kind->clear();
    m_kind->addItem(tr("Every kind"), -1);
    for (int k = 0; k < Domain::TicketKindCount; ++k)
        m_kind->addItem(Models::TicketTableModel::kindText(Domain::TicketKind(k)), k);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    m_months->setToolTip(tr("Tickets resolved in this month (the month they count in for SLA compliance)"));
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Export the tickets shown (filter and order as in the table)"));
    m_export->menu()->actions().at(0)->setText(tr("As CSV…"));
    m_export->menu()->actions().at(1)->setText(tr("As XLSX…"));
    fillMonths();
    m_applying = false;
    updateCount();
    if (m_filters)
        placeFilters(); // the texts' widths changed
}

void TicketsPanel::fillMonths()
{
    const bool applying = m_applying;
    m_applying = true;
    m_months->clear();
    m_months->addItem(tr("Every month"), QDate());
    const Domain::Engagement engagement =
        m_portfolio && m_engagementId ? m_portfolio->engagement(m_engagementId) : Domain::Engagement();
    QTimeZone zone(engagement.timeZone);
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDate today = QDateTime::fromSecsSinceEpoch(m_now, zone).date();
    QDate month(today.year(), today.month(), 1);
    const QDate first = engagement.start.isValid()
                            ? QDate(engagement.start.year(), engagement.start.month(), 1)
                            : month.addMonths(-11);
    // Newest first, at most ten years back.
    for (int i = 0; i < 120 && month >= first; ++i, month = month.addMonths(-1))
        m_months->addItem(QLocale().standaloneMonthName(month.month()) + QLatin1Char(' ') +
                              QString::number(month.year()),
                          month);
    if (m_month.isValid() && m_months->findData(m_month) < 0)
        m_months->addItem(QLocale().standaloneMonthName(m_month.month()) + QLatin1Char(' ') +
                              QString::number(m_month.year()),
                          m_month);
    m_months->setCurrentIndex(qMax(0, m_months->findData(m_month)));
    m_applying = applying;
}

void TicketsPanel::setEngagement(qint64 engagementId,
                                 const std::optional<Models::TicketTableModel::Summary> &summary)
{
    m_engagementId = m_portfolio && m_portfolio->isOpen() ? engagementId : 0;
    const Domain::Engagement engagement =
        m_engagementId ? m_portfolio->engagement(m_engagementId) : Domain::Engagement();
    if (m_engagementId && engagement.id == 0)
        m_engagementId = 0;
    m_problem->hide();
    dropRead(); // the filter shown is read with the engagement
    setFiltering(false);
    m_readAgain.reset();
    fillMonths();
    // Under a filter its count comes with its first rows off this thread (0.2-0.4 s for a text
    // filter over a million titles). The engagement shown read again (others changed the database,
    // the page's range) keeps its rows until then; another one shows none.
    const QTimeZone zone(engagement.timeZone);
    const QTimeZone shownZone = zone.isValid() ? zone : QTimeZone::utc();
    const Storage::TicketBrowseFilter chosen = chosenFilter();
    if (m_engagementId != 0 && summary && !chosen.isEmpty()) {
        if (m_engagementId == m_model->engagementId() && shownZone == m_model->zone())
            m_readAgain = summary;
        else
            m_model->setEngagementUncounted(m_portfolio->database(), m_engagementId, shownZone, *summary,
                                            chosen);
        applyFilters();
        return;
    }
    m_model->setEngagement(m_engagementId ? m_portfolio->database() : nullptr, m_engagementId, shownZone,
                           summary);
    updateCount();
    if (chosen != m_model->filter()) // chosen while the engagement before was read
        applyFilters();
}

void TicketsPanel::setMonth(const QDate &month)
{
    m_month = month.isValid() ? QDate(month.year(), month.month(), 1) : QDate();
    fillMonths();
    applyFilters();
}

void TicketsPanel::setSeverity(int severity)
{
    selectData(m_severity, severity >= 1 && severity <= 4 ? severity : 0);
}

void TicketsPanel::setNow(qint64 utcSeconds)
{
    m_now = utcSeconds;
    fillMonths();
}

void TicketsPanel::updateCount()
{
    const int rows = m_model->rowCount();
    if (m_engagementId == 0)
        m_count->setText(tr("No engagement"));
    else if (m_filtering && (!m_cancel->isHidden() || !m_model->isCounted())) // not "0 tickets"
        m_count->setText(tr("Filtering…"));
    else
        m_count->setText(tr("%Ln ticket(s)", nullptr, rows));
    // What the table shows is exported: not while another filter is being read, nor twice at once.
    m_export->setEnabled(m_engagementId != 0 && rows > 0 && !m_filtering && !m_exporting);
}

void TicketsPanel::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void TicketsPanel::openTimeline(const QModelIndex &index)
{
    if (!index.isValid() || !m_portfolio || !m_portfolio->isOpen() || m_engagementId == 0)
        return;
    const QString key = index.data(Models::TicketTableModel::TicketKeyRole).toString();
    if (key.isEmpty())
        return; // a blank row, waiting for the filter's order: nothing to open yet
    const Domain::Engagement engagement = m_portfolio->engagement(m_engagementId);
    Models::TicketExplanationLoader::Result result;
    const Models::TicketExplanationLoader::Error error =
        Models::TicketExplanationLoader(*m_portfolio->database())
            .loadAsStored(engagement, key, m_now, &result);
    if (error) {
        showProblem(error.message(engagement, key));
        return;
    }
    auto *dialog = new TicketTimelineDialog(result, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Gui
