#include "ui/overviewpage.h"

#include "models/palette.h"

#include "models/capacitytext.h"
#include "models/domaintext.h"
#include "models/portfolio.h"
#include "models/storagetext.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gui {

using Models::DomainText;

namespace {
QLabel *makeHeading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

OverviewPage::OverviewPage(Models::Portfolio *portfolio, QWidget *parent)
    : QWidget(parent), m_portfolio(portfolio), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_facts(new QFormLayout), m_includesHeading(makeHeading(this)), m_includes(new QLabel(this)),
      m_monthsHeading(makeHeading(this)), m_months(new QTableWidget(this)), m_empty(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_includes->setWordWrap(true);
    m_includes->setTextFormat(Qt::RichText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    // The facts beside what the model includes; the budget per month below across the whole width,
    // so its six columns fit without scrolling in a small window.
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addLayout(m_facts);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_includesHeading);
    right->addWidget(m_includes);
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(columns);
    layout->addWidget(m_monthsHeading);
    layout->addWidget(m_months, 1);
    layout->addWidget(m_empty, 1);

    m_months->setColumnCount(6);
    m_months->verticalHeader()->hide();
    m_months->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_months->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_months->horizontalHeader()->setStretchLastSection(true);
    m_months->setSelectionMode(QAbstractItemView::NoSelection);
    connect(m_portfolio, &Models::Portfolio::engagementChanged, this, [this](qint64 id) {
        if (id == m_id)
            refresh();
    });
    refresh();
}

void OverviewPage::showEngagement(qint64 id)
{
    m_id = id;
    refresh();
}

void OverviewPage::setNow(const QDateTime &now)
{
    m_now = now;
    refresh();
}

QDateTime OverviewPage::now() const
{
    // The wall clock is read in the UI, never below it.
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void OverviewPage::refresh()
{
    const Domain::Engagement e = m_portfolio->engagement(m_id);
    const bool has = e.id != 0;
    m_months->setAccessibleName(tr("The budget per month"));
    m_months->setAccessibleDescription(
        tr("One row per month, the latest first: hours used, budget, share of the budget, "
           "hours carried in and hours outside the contract"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_subtitle, m_includesHeading, m_includes,
                                                       m_monthsHeading, m_months})
        w->setVisible(has);
    m_empty->setVisible(!has);
    m_empty->setText(m_portfolio->isOpen() ? tr("Select an engagement in the list, or create one with "
                                                "Edit › New engagement.")
                                           : tr("Open a database with File › Open database, or create one."));
    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    if (!has)
        return;
    m_title->setText(e.client);
    m_subtitle->setText(e.name.isEmpty() ? e.key : QStringLiteral("%1 · %2").arg(e.key, e.name));
    fillFacts(e);
    fillMonths(e);
}

void OverviewPage::fillFacts(const Domain::Engagement &e)
{
    const QLocale locale;
    const Domain::SupportModelInfo &info = Domain::SupportModelCatalogue::model(e.model);
    auto add = [this](const QString &label, const QString &value) {
        auto *field = new QLabel(value);
        field->setWordWrap(true);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_facts->addRow(label, field);
    };
    add(tr("Support model:"), DomainText::supportModel(e.model));
    add(tr("Committed hours per month:"), DomainText::hours(e.committedMinutesPerMonth));
    add(tr("Period:"), e.end.isValid()
                           ? tr("%1 – %2").arg(locale.toString(e.start, QLocale::LongFormat),
                                               locale.toString(e.end, QLocale::LongFormat))
                           : tr("From %1, open-ended").arg(locale.toString(e.start, QLocale::LongFormat)));
    add(tr("Time zone:"), QString::fromUtf8(e.timeZone));
    add(tr("SLA:"), DomainText::slaScope(info.slaScope));
    add(tr("24×7 cover for severity 1:"), e.severity1Cover24x7 ? tr("Yes") : tr("No"));
    add(tr("Delivery resources:"), DomainText::deliveryResources(info.delivery));
    QStringList roles;
    for (Domain::Role role : e.rolesCovered)
        roles.append(DomainText::role(role));
    add(tr("Roles covered:"), roles.isEmpty() ? tr("None selected") : roles.join(QStringLiteral(", ")));
    if (!e.notes.isEmpty())
        add(tr("Notes:"), e.notes);

    m_includesHeading->setText(tr("What the model includes"));
    QString html = QStringLiteral("<p>%1</p><ul>").arg(DomainText::catalogue(info.summary).toHtmlEscaped());
    for (const char *item : info.includes)
        html += QStringLiteral("<li>%1</li>").arg(DomainText::catalogue(item).toHtmlEscaped());
    m_includes->setText(html + QStringLiteral("</ul>"));
}

void OverviewPage::fillMonths(const Domain::Engagement &e)
{
    Models::EngagementActivity activity;
    if (const Storage::StorageError error = m_portfolio->activity(e.id, now(), &activity)) {
        // Say why where the months would be, rather than an empty table that looks like no work.
        m_monthsHeading->setText(Models::StorageText::message(error));
        m_months->setRowCount(0);
        return;
    }
    m_monthsHeading->setText(
        tr("The budget per month (%n ticket(s) in all)", nullptr, int(activity.tickets)));
    m_months->setHorizontalHeaderLabels(
        {tr("Month"), tr("Used"), tr("Budget"), tr("Of budget"), tr("Carried in"), tr("Outside contract")});
    const auto &months = activity.months;
    const int shown = qMin(12, int(months.size()));
    m_months->setRowCount(shown);
    const QLocale locale;
    const QColor overrun = Models::Palette::status(Models::Palette::Status::Bad);
    const QColor outside = Models::Palette::status(Models::Palette::Status::Warning);
    auto number = [](const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int row = 0; row < shown; ++row) {
        const Models::ActivityMonth &month = months.at(months.size() - 1 - row);
        const Domain::LedgerMonth &l = month.ledger;
        QString monthText = locale.toString(l.month, QStringLiteral("MMMM yyyy"));
        if (l.state == Domain::LedgerMonth::State::Open)
            monthText = tr("%1 (so far)").arg(monthText);
        else if (l.state == Domain::LedgerMonth::State::Ended)
            monthText = tr("%1 (ended)").arg(monthText);
        auto *monthItem = new QTableWidgetItem(monthText);
        monthItem->setToolTip(Models::CapacityText::ledgerExplanation(l).join(QLatin1Char('\n')));
        auto *percentItem =
            number(l.available > 0 ? locale.toString(100.0 * double(l.used) / double(l.available), 'f', 0) +
                                         QStringLiteral(" %")
                                   : QStringLiteral("–"));
        if (l.used > l.available)
            percentItem->setForeground(overrun);
        auto *outsideItem =
            number(month.split.outsideContract() > 0 ? DomainText::hours(month.split.outsideContract())
                                                     : QStringLiteral("–"));
        if (month.split.outsideContract() > 0) {
            outsideItem->setForeground(outside);
            outsideItem->setToolTip(Models::CapacityText::budgetSplit(month.split).join(QLatin1Char('\n')));
        }
        m_months->setItem(row, 0, monthItem);
        m_months->setItem(row, 1, number(DomainText::hours(l.used)));
        m_months->setItem(row, 2, number(DomainText::hours(l.available)));
        m_months->setItem(row, 3, percentItem);
        m_months->setItem(row, 4,
                          number(l.carriedIn > 0 ? DomainText::hours(l.carriedIn) : QStringLiteral("–")));
        m_months->setItem(row, 5, outsideItem);
    }
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace Gui
