#include "models/exchange/sources/mappedticketsource.h"

namespace Exchange {

namespace {
QStringList one(const QString &header)
{
    return header.isEmpty() ? QStringList() : QStringList{header};
}
} // namespace

MappedTicketSource::MappedTicketSource(const ColumnMapping &mapping, const ImportSettings &settings)
    : TicketListSource(settings, mapping.dateFormat, columnsOf(mapping)), m_mapping(mapping)
{
}

TicketColumns MappedTicketSource::columnsOf(const ColumnMapping &m)
{
    using F = ColumnMapping::Field;
    TicketColumns c;
    c.key = one(m.header(F::Key));
    c.type = one(m.header(F::Type));
    c.priority = one(m.header(F::Priority));
    c.status = one(m.header(F::Status));
    c.created = one(m.header(F::Created));
    c.resolved = one(m.header(F::Resolved));
    c.title = one(m.header(F::Title));
    c.firstResponse = one(m.header(F::FirstResponse));
    return c;
}

} // namespace Exchange
