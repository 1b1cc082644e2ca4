#include "models/exchange/sources/servicenowincidentsource.h"

namespace Exchange {

ServiceNowIncidentSource::ServiceNowIncidentSource(const ImportSettings &settings)
    : TicketListSource(settings, DateTimeParser::Format::Iso8601, columns())
{
}

TicketColumns ServiceNowIncidentSource::columns()
{
    TicketColumns c;
    c.key = QStringList{QStringLiteral("number")};
    c.priority = QStringList{QStringLiteral("priority")};
    c.status = QStringList{QStringLiteral("state"), QStringLiteral("incident_state")};
    c.created = QStringList{QStringLiteral("opened_at"), QStringLiteral("opened"),
                            QStringLiteral("sys_created_on"), QStringLiteral("created")};
    c.resolved = QStringList{QStringLiteral("resolved_at"), QStringLiteral("resolved")};
    c.closed = QStringList{QStringLiteral("closed_at"), QStringLiteral("closed")};
    c.title = QStringList{QStringLiteral("short_description"), QStringLiteral("short description")};
    return c;
}

QString ServiceNowIncidentSource::missingPriorityHint() const
{
    return tr("In ServiceNow, open the list, choose Configure › List Layout from the column header's menu, "
              "add Priority to the selected columns and export again.");
}

bool ServiceNowIncidentSource::wantsPrescan() const
{
    return !m_settings.dateFormat.has_value();
}

bool ServiceNowIncidentSource::prescanRow(const CsvRow &row)
{
    // "dd-MM-yyyy" or "MM-dd-yyyy" (also / and .): a first number above 12 is a day, a second
    // number above 12 is a day too. Year-first values say nothing.
    for (const int c : {m_created, m_resolved, m_closed}) {
        const QStringView text = cell(row, c);
        if (m_numericLine == 0 && text.size() >= 4 && text.left(4).toInt() > 999)
            return false; // year-first: ISO throughout, nothing to decide
        if (text.size() < 10 || !text.at(0).isDigit() || !text.at(1).isDigit() || text.at(2).isDigit())
            continue;
        const int first = text.left(2).toInt();
        const int second = text.mid(3, 2).toInt();
        if (m_numericLine == 0) {
            m_numericLine = row.line;
            m_evidenceColumn = c;
        }
        if (first > 12 && m_dayFirstLine == 0)
            m_dayFirstLine = row.line;
        if (second > 12 && m_monthFirstLine == 0)
            m_monthFirstLine = row.line;
    }
    return true;
}

void ServiceNowIncidentSource::endPrescan(ImportBatch *batch)
{
    if (m_settings.dateFormat || m_numericLine == 0)
        return; // the import names the order, or every date is year-first
    if (m_dayFirstLine > 0 && m_monthFirstLine > 0) {
        batch->fileError =
            ExchangeError{m_fileName, qMax(m_dayFirstLine, m_monthFirstLine), m_evidenceColumn + 1,
                          tr("The dates mix day-first (line %1) and month-first (line %2) order.")
                              .arg(m_dayFirstLine)
                              .arg(m_monthFirstLine)};
        return;
    }
    if (m_dayFirstLine == 0 && m_monthFirstLine == 0) {
        batch->fileError = ExchangeError{
            m_fileName, m_numericLine, m_evidenceColumn + 1,
            tr("No date in the file tells whether it is day-month-year or month-day-year (no day above "
               "12). Choose the order: --date-order dmy or mdy, or the choice in the import wizard.")};
        return;
    }
    m_dates = DateTimeParser(m_dayFirstLine > 0 ? DateTimeParser::Format::DayMonthYear
                                                : DateTimeParser::Format::MonthDayYear,
                             m_settings.zone);
}

WorkClass ServiceNowIncidentSource::defaultClass(QStringView key) const
{
    using Domain::ServiceLevel;
    using Domain::TicketKind;
    if (key.startsWith(u"PRB", Qt::CaseInsensitive))
        return WorkClass{TicketKind::Problem, ServiceLevel::L2, QStringLiteral("problem-management")};
    if (key.startsWith(u"CHG", Qt::CaseInsensitive))
        return WorkClass{TicketKind::Change, ServiceLevel::L2, QStringLiteral("change-management")};
    if (key.startsWith(u"RITM", Qt::CaseInsensitive) || key.startsWith(u"REQ", Qt::CaseInsensitive) ||
        key.startsWith(u"SCTASK", Qt::CaseInsensitive))
        return WorkClass{TicketKind::ServiceRequest, ServiceLevel::L1, QStringLiteral("service-requests")};
    return incidentClass();
}

} // namespace Exchange
