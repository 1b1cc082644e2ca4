#include "models/exchange/sources/mappedworklogsource.h"

namespace Exchange {

MappedWorklogSource::MappedWorklogSource(const ColumnMapping &mapping, const ImportSettings &settings)
    : WorklogSource(settings, mapping.dateFormat), m_mapping(mapping)
{
}

int MappedWorklogSource::find(ColumnMapping::Field field, bool required, ImportBatch *batch)
{
    const QString header = m_mapping.header(field);
    if (header.isEmpty()) {
        if (required && batch->fileError.isNull())
            batch->fileError =
                ExchangeError{m_fileName, 1, 0,
                              tr("The profile maps no column to \"%1\".").arg(ColumnMapping::fieldId(field))};
        return -1;
    }
    return required ? requireColumn(QStringList{header}, batch) : column(QStringList{header});
}

bool MappedWorklogSource::findColumns(ImportBatch *batch)
{
    using F = ColumnMapping::Field;
    m_date = find(F::Date, true, batch);
    m_person = find(F::Person, true, batch);
    m_duration = find(F::Duration, true, batch);
    m_id = find(F::WorklogId, false, batch);
    m_activity = find(F::Activity, false, batch);
    m_description = find(F::Description, false, batch);
    m_ticket = find(F::TicketKey, false, batch);
    m_role = find(F::Role, false, batch);
    return batch->fileError.isNull();
}

void MappedWorklogSource::addRow(const CsvRow &row, ImportBatch *batch)
{
    Domain::Worklog w;
    Duration duration;
    if (!readDate(row, m_date, batch, &w.date) ||
        !readDuration(row, m_duration, m_mapping.durationUnit, batch, &duration))
        return;
    w.person = cell(row, m_person).toString();
    if (w.person.isEmpty()) {
        reject(batch, row, m_person, tr("The worklog has no person."));
        return;
    }
    w.ticketKey = cell(row, m_ticket).toString();
    w.description = cell(row, m_description).toString();
    const WorkClass wc = workClassFor(
        cell(row, m_activity), WorkClass{Domain::TicketKind::Enhancement, w.serviceLevel, QString()}, batch);
    w.serviceLevel = wc.level;
    w.activity = wc.activity;
    emitWorklog(std::move(w), duration, row, m_id, m_duration,
                ImportMappings::roleFromTitle(cell(row, m_role)), batch);
}

} // namespace Exchange
