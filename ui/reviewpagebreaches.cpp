// The Review page's breaches: read off the GUI thread, shown from compact rows, and their
// root-cause notes saved with undo and optimistic locking.
#include "models/portfolio.h"
#include "models/reviewbreachesjob.h"
#include "models/reviewbreachmodel.h"
#include "models/reviewnotesloader.h"
#include "models/slaoverviewloader.h"
#include "models/storagetext.h"
#include "ui/backgroundread.h"
#include "ui/reviewpage.h"
#include "ui/reviewperiodchooser.h"

#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QUndoStack>

namespace Gui {

// The first page of texts comes with the read (no read on the GUI thread for the first paint).
static_assert(Models::ReviewBreachesJob::FirstTexts == Models::ReviewBreachModel::PageRows);

namespace {

QTimeZone zoneOf(const Domain::Engagement &engagement)
{
    const QTimeZone zone(engagement.timeZone);
    return zone.isValid() ? zone : QTimeZone::utc();
}

} // namespace

void ReviewPage::loadBreaches()
{
    m_hasSla = m_engagement.id != 0 && Models::SlaOverviewLoader::hasSla(m_engagement);
    m_evaluatedAt.reset();
    m_breachesCancelled = false;
    m_breachCount = 0;
    // The rows of another period or engagement are never shown (nor edited) under this one.
    fitRows(0);
    m_model->setRows({}, {}, {}, m_rootCauses, zoneOf(m_engagement), m_rootCauseStamps);
    if (!m_hasSla || !m_portfolio->isOpen()) {
        m_read->cancel(); // its delivery finds nothing to read any more
        m_keptPlace.reset();
        setReading(false);
        fitColumns();
        return;
    }
    setReading(true);
    requestBreaches();
}

BackgroundRead *ReviewPage::createBreachesRead()
{
    return new BackgroundRead([this] { return new Models::ReviewBreachesJob(*m_portfolio->database()); },
                              [this] { requestBreaches(); },
                              [this](bool cancelled) { breachesRead(cancelled); }, this);
}

void ReviewPage::requestBreaches()
{
    m_read->request([this] { job()->start(m_engagement, periodStart(), periodEnd()); });
}

Models::ReviewBreachesJob *ReviewPage::job()
{
    return m_read->job<Models::ReviewBreachesJob>();
}

void ReviewPage::releaseJob()
{
    m_read->release();
    m_keptPlace.reset();
    // No text of the database that is going is read for a row any more.
    m_model->setRows({}, {}, {}, {}, QTimeZone::utc());
    m_breachCount = 0;
    setReading(false);
}

void ReviewPage::cancelRead()
{
    if (m_readingBreaches)
        m_read->cancel(); // the delivery reports it cancelled
}

void ReviewPage::breachesRead(bool cancelled)
{
    Models::ReviewBreachesJob *job = this->job();
    if (!m_readingBreaches || cancelled) {
        job->clear();
        if (m_readingBreaches) { // Cancel: nothing shown until read again
            m_breachesCancelled = true;
            m_keptPlace.reset();
            setReading(false);
        }
        return;
    }
    if (const Storage::StorageError &error = job->error())
        m_loadProblem = Models::StorageText::message(error);
    m_evaluatedAt = job->evaluatedAt();
    m_breachCount = int(job->rows().size());
    Models::Portfolio *portfolio = m_portfolio;
    const Domain::Engagement engagement = m_engagement;
    // The texts of the rows shown, a page at a time (a few milliseconds each).
    const auto source = [portfolio, engagement](const QVector<qint64> &ids,
                                                QHash<qint64, Models::ReviewBreachTexts> *out) {
        return portfolio->isOpen() &&
               Models::ReviewBreachesLoader(*portfolio->database()).loadTexts(engagement, ids, out).isNull();
    };
    fitRows(m_breachCount); // before the rows come: never every row measured
    m_model->setRows(job->rows(), source, job->firstTexts(), m_rootCauses, zoneOf(m_engagement),
                     m_rootCauseStamps);
    job->clear();
    fitColumns();
    fitRowHeight();
    if (m_keptPlace) {
        m_keptPlace->restore(m_table);
        m_keptPlace.reset();
    }
    setReading(false);
}

void ReviewPage::setReading(bool reading)
{
    m_readingBreaches = reading;
    m_busy->setVisible(reading);
    m_readButton->setVisible(reading || m_breachesCancelled);
    m_readButton->setText(reading ? tr("Cancel") : tr("Read again"));
    m_readButton->setAccessibleDescription(reading ? tr("Stops reading the breaches of the period")
                                                   : tr("Reads the breaches of the period again"));
    updateStatus();
}

void ReviewPage::fitRows(int count)
{
    // Explanations and notes wrap: a few rows are each as tall as their text at the columns'
    // widths; many rows (each row measured was 19 s of a month of a million tickets, and would
    // read every row's texts) have one height, the first rows' (fitColumns()), the rest of a
    // longer text elided and in its tooltip.
    QHeaderView *rows = m_table->verticalHeader();
    if (count <= m_sizedRowsLimit) {
        rows->setSectionResizeMode(QHeaderView::ResizeToContents);
    } else {
        rows->setSectionResizeMode(QHeaderView::Fixed);
        rows->setDefaultSectionSize(2 * m_table->fontMetrics().lineSpacing() + 6);
    }
}

void ReviewPage::fitRowHeight()
{
    QHeaderView *rows = m_table->verticalHeader();
    if (rows->sectionResizeMode(0) != QHeaderView::Fixed || m_model->rowCount() == 0)
        return;
    // The tallest of the first page's rows (their texts came with the read), two to five lines.
    const int line = m_table->fontMetrics().lineSpacing();
    int height = 2 * line + 6;
    for (int row = 0; row < qMin(m_model->rowCount(), m_model->pageRows()); ++row)
        height = qMax(height, static_cast<const QAbstractItemView *>(m_table)->sizeHintForRow(row));
    rows->setDefaultSectionSize(qMin(height, 5 * line + 6));
}

void ReviewPage::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    // The columns fit their first rows once (Qt would measure a thousand rows at every layout).
    header->setResizeContentsPrecision(Models::ReviewBreachModel::PageRows);
    for (int c : {Models::ReviewBreachModel::TicketColumn, Models::ReviewBreachModel::SeverityColumn,
                  Models::ReviewBreachModel::BreachedColumn}) {
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        m_table->resizeColumnToContents(c);
    }
    header->setSectionResizeMode(Models::ReviewBreachModel::TitleColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(Models::ReviewBreachModel::ExplanationColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(Models::ReviewBreachModel::RootCauseColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(Models::ReviewBreachModel::TitleColumn, 130);
}

QString ReviewPage::breachesText() const
{
    if (m_engagement.id == 0)
        return {};
    if (!m_hasSla)
        return tr("The contract of %1 has no SLA: there are no breaches to explain.").arg(m_engagement.key);
    if (m_readingBreaches)
        return tr("Reading the breaches of %1…").arg(m_period->periodText());
    if (m_breachesCancelled)
        return tr("Reading the breaches was cancelled.");
    if (!m_evaluatedAt)
        return tr("The SLA results of %1 have not been computed yet.").arg(m_engagement.key);
    const QString computed = QDateTime::fromSecsSinceEpoch(*m_evaluatedAt, zoneOf(m_engagement))
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return tr("%n breach(es) in %1 · SLA results computed %2", nullptr, m_breachCount)
        .arg(m_period->periodText(), computed);
}

void ReviewPage::rootCauseEdited(qint64 ticketId, const QString &before, const QString &after)
{
    const int row = m_model->rowOfTicket(ticketId);
    const QString key = row >= 0 ? m_model->rows().at(row).key : QString::number(ticketId);
    // An edit of the cell names the version the cell shows.
    const QPointer<ReviewPage> page(this);
    const auto again = [page, ticketId, before, after] {
        if (page)
            page->rootCauseEdited(ticketId, before, after);
    };
    if (!saveRootCause(m_engagement.key, ticketId, after, m_rootCauseStamps.value(ticketId), again))
        return;
    m_undoStack->push(new EditRootCauseCommand(this, m_engagement.key, ticketId, key, before, after));
}

bool ReviewPage::applyRootCause(const QString &engagementKey, qint64 ticketId, const QString &note)
{
    if (!m_portfolio->isOpen())
        return false;
    // An undo or redo names the version this page's own last save of the note left: if anyone
    // changed the note since, the step is refused, even when a reload already shows their text.
    const auto cell = qMakePair(engagementKey, ticketId);
    Domain::ChangeStamp read;
    if (m_ownRootCauseStamps.contains(cell)) {
        read = m_ownRootCauseStamps.value(cell);
    } else if (engagementKey == m_engagement.key) {
        read = m_rootCauseStamps.value(ticketId);
    } else {
        QString stored;
        Storage::StorageError error;
        if (!Models::ReviewNotesLoader(*m_portfolio->database())
                 .loadRootCause(engagementKey, ticketId, &stored, &read, &error)) {
            emit message(Models::StorageText::message(tr("The root cause was not saved"), error), true);
            return false;
        }
    }
    return saveRootCause(engagementKey, ticketId, note, read);
}

bool ReviewPage::saveRootCause(const QString &engagementKey, qint64 ticketId, const QString &note,
                               Domain::ChangeStamp read, const std::function<void()> &again)
{
    if (!m_portfolio->isOpen())
        return false;
    const Models::ReviewNotesLoader loader(*m_portfolio->database());
    Storage::StorageError error;
    if (!loader.saveRootCause(engagementKey, ticketId, note, now().toSecsSinceEpoch(), &read, &error)) {
        const QString text = Models::StorageText::message(tr("The root cause was not saved"), error);
        if (error.kind == Storage::StorageError::Kind::Busy && again)
            emit saveBusy(text, again);
        else
            emit message(text, true);
        // Someone else changed the note since it was read: show theirs, never overwrite it.
        if (error.kind == Storage::StorageError::Kind::Conflict && engagementKey == m_engagement.key) {
            QString stored;
            Domain::ChangeStamp stamp;
            if (loader.loadRootCause(engagementKey, ticketId, &stored, &stamp, nullptr))
                showRootCause(ticketId, stored, stamp);
        }
        return false;
    }
    m_ownRootCauseStamps.insert(qMakePair(engagementKey, ticketId), read);
    if (engagementKey == m_engagement.key)
        showRootCause(ticketId, note, read);
    return true;
}

void ReviewPage::showRootCause(qint64 ticketId, const QString &note, const Domain::ChangeStamp &stamp)
{
    if (note.isEmpty())
        m_rootCauses.remove(ticketId);
    else
        m_rootCauses.insert(ticketId, note);
    if (stamp.isStored())
        m_rootCauseStamps.insert(ticketId, stamp);
    else
        m_rootCauseStamps.remove(ticketId);
    m_model->setRootCause(ticketId, note, stamp);
}

} // namespace Gui
