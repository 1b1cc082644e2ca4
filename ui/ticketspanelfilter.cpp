// The tickets panel's filter: a new one is read off the GUI thread (its count and first page: a
// text filter over a million titles is half a second, seconds on a cold disk), the table showing
// the filter before until the read comes; a newer choice wins; Cancel puts the filter back.
#include "models/portfolio.h"
#include "models/ticketfilterjob.h"
#include "ui/backgroundread.h"
#include "ui/ticketspanel.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <utility>

namespace Gui {

BackgroundRead *TicketsPanel::createFilterRead()
{
    return new BackgroundRead([this] { return new Models::TicketFilterJob(*m_portfolio->database()); },
                              [this] {
                                  m_requested = {}; // superseded: the newest choice is read
                                  applyFilters();
                              },
                              [this](bool cancelled) { filterRead(cancelled); }, this);
}

Models::TicketFilterJob *TicketsPanel::filterJob()
{
    return m_read->job<Models::TicketFilterJob>();
}

Storage::TicketBrowseFilter TicketsPanel::chosenFilter() const
{
    Storage::TicketBrowseFilter filter;
    filter.text = m_text->text().trimmed();
    const int severity = m_severity->currentData().toInt();
    filter.severity = severity >= 1 && severity <= 4 ? severity : 0;
    Models::TicketTableModel::setStateId(&filter, m_state->currentData().toString());
    const int kind = m_kind->currentData().toInt();
    if (kind >= 0 && kind < Domain::TicketKindCount)
        filter.kind = Domain::TicketKind(kind);
    const QDate month = m_months->currentData().toDate();
    if (month.isValid())
        filter.month = QDate(month.year(), month.month(), 1);
    return filter;
}

void TicketsPanel::applyFilters()
{
    if (m_applying)
        return;
    m_textDelay->stop();
    const QDate month = m_months->currentData().toDate();
    if (month != std::exchange(m_month, month))
        emit monthChosen(m_month);
    const Storage::TicketBrowseFilter next = chosenFilter();
    // Nothing to read: no engagement, every ticket (counted with the engagement), or the filter
    // shown and counted, unless the engagement was read again (a read of another one under way is
    // dropped).
    if (m_model->engagementId() == 0 || next.isEmpty() ||
        (next == m_model->filter() && m_model->isCounted() && !m_readAgain)) {
        dropRead();
        setFiltering(false);
        m_model->setFilter(next);
        if (m_readAgain && m_model->engagementId() != 0) // every ticket: the summary's count
            m_model->setEngagement(m_model->database(), m_model->engagementId(), m_model->zone(),
                                   m_readAgain);
        m_readAgain.reset();
        updateCount();
        return;
    }
    if (m_read->isPending() && next == m_requested)
        return; // asked for again (Return after the text's delay, the page's filters set again)
    m_requested = next;
    setFiltering(true);
    m_read->request([this, next] {
        filterJob()->start(m_model->engagementId(), m_readAgain.value_or(m_model->summary()), next,
                           m_model->sortColumn(), m_model->sortOrder());
    });
}

void TicketsPanel::dropRead()
{
    m_read->cancel(); // its delivery shows nothing
    m_requested = {};
}

void TicketsPanel::filterRead(bool cancelled)
{
    m_requested = {};
    // Cancelled (by Cancel, a choice of the filter shown, another engagement): nothing to show.
    Models::TicketFilterJob *job = filterJob();
    if (!cancelled) {
        // The filter shown read again: the user stays on their ticket (another filter starts at
        // the top). A read of an engagement no longer shown changes nothing.
        std::optional<ViewState> place;
        if (job->read().filter == m_model->filter() && m_model->isCounted())
            place = ViewState::of(m_table);
        m_model->setFilter(job->read());
        m_readAgain.reset();
        if (place) {
            place->restore(m_table);
            // Far inside a large filter the rows are blank until the order is read: put back by
            // number for now, by the ticket once they come.
            if (m_model->isWaitingForOrder())
                m_placeAfterOrder =
                    PlaceAfterOrder{*place, m_table->currentIndex(), m_table->verticalScrollBar()->value()};
        }
    }
    job->clear();
    setFiltering(false);
}

void TicketsPanel::setFiltering(bool filtering)
{
    m_filtering = filtering;
    m_cancelKey->setEnabled(filtering);
    if (!filtering) {
        m_busyDelay->stop();
        m_cancel->hide();
        m_export->show();
    } else if (m_cancel->isHidden() && !m_busyDelay->isActive()) {
        m_busyDelay->start();
    }
    updateCount();
}

void TicketsPanel::cancelFiltering()
{
    if (!m_filtering)
        return;
    // At once: the read's statement is stopped on its connection (WorkerJob::cancel()), and its
    // delivery then shows nothing.
    dropRead();
    if (!m_model->isCounted()) // another engagement, no rows read yet: every ticket, counted
        m_model->setFilter(Storage::TicketBrowseFilter());
    setFiltering(false);
    showFilter(m_model->filter());
}

BackgroundRead *TicketsPanel::createOrderRead()
{
    return new BackgroundRead([this] { return new Models::TicketOrderJob(*m_portfolio->database()); },
                              [this] { readOrder(); }, [this](bool cancelled) { orderRead(cancelled); },
                              this);
}

void TicketsPanel::readOrder()
{
    if (!m_model->isWaitingForOrder() || !m_portfolio || !m_portfolio->database())
        return;
    const Models::TicketTableModel::OrderRead request = m_model->orderRequest();
    m_table->viewport()->setCursor(Qt::BusyCursor); // over the blank rows, until they come
    m_orderRead->request([this, request] { m_orderRead->job<Models::TicketOrderJob>()->start(request); });
}

void TicketsPanel::orderRead(bool cancelled)
{
    auto *job = m_orderRead->job<Models::TicketOrderJob>();
    // A read for a filter or sort no longer shown changes nothing; the model asks again for its own.
    if (!cancelled)
        m_model->setOrder(job->read());
    job->clear();
    if (m_model->isWaitingForOrder())
        return;
    m_table->viewport()->unsetCursor();
    if (const std::optional<PlaceAfterOrder> after = std::exchange(m_placeAfterOrder, std::nullopt)) {
        if (m_table->currentIndex() == after->current &&
            m_table->verticalScrollBar()->value() == after->scroll)
            after->place.restore(m_table);
    }
}

void TicketsPanel::showFilter(const Storage::TicketBrowseFilter &filter)
{
    const bool applying = m_applying;
    m_applying = true;
    if (m_text->text().trimmed() != filter.text)
        m_text->setText(filter.text);
    m_textDelay->stop();
    const auto select = [](QComboBox *combo, const QVariant &value) {
        combo->setCurrentIndex(qMax(0, combo->findData(value)));
    };
    select(m_severity, filter.severity);
    select(m_state, Models::TicketTableModel::stateIdOf(filter));
    select(m_kind, filter.kind ? int(*filter.kind) : -1);
    const bool monthChanged = filter.month != std::exchange(m_month, filter.month);
    fillMonths();
    m_applying = applying;
    if (monthChanged)
        emit monthChosen(m_month);
}

} // namespace Gui
