#pragma once

#include "models/domain/calendar/businesscalendar.h"
#include "models/domain/sla/slaexplanation.h"
#include "models/domain/sla/slapolicyhistory.h"
#include "models/domain/ticket.h"
#include "models/exchange/exchangeerror.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>
#include <functional>

#include <optional>

class QIODevice;

namespace Exchange {

/// The engine of `deliverydesk sla replay`: evaluates tickets from CSV files against a calendar
/// and a policy without a database, for reviewing exports offline.
///
/// TICKETS.csv: `key,severity,created,first_response,resolved` (any column order, more columns
/// ignored); HISTORY.csv: `key,at,status` and optionally `severity`. Instants are ISO-8601 with an
/// offset or `Z`; an empty first_response/resolved means none; an empty created is evaluated as a
/// ticket without creation (state "invalid"). Severity is 1–4, also written "2 - High".
/// Output: a header and one CSV row per ticket in file order with the columns of columns().
/// Every input is checked before anything is written: on an error nothing is written and `error`
/// names the file, line and column.
class SlaReplay
{
    Q_DECLARE_TR_FUNCTIONS(SlaReplay)
public:
    /// The output columns.
    static QStringList columns();

    /// Reads the files and writes the result to `out`. `historyPath` may be empty. When `problem` is
    /// given it is called once per data problem of a ticket (file, line of the ticket, "KEY:
    /// reason") as the ticket's row is written, for the command line to print on stderr: such
    /// tickets are rows, not errors, and are never held until the end.
    static bool run(const QString &calendarPath, const QString &policyPath, const QString &ticketsPath,
                    const QString &historyPath, qint64 now, QIODevice *out, ExchangeError *error,
                    const std::function<void(const ExchangeError &)> &problem = {});

    /// The explanation of the ticket `key` from the same files, for `deliverydesk sla explain`
    /// (render it with SlaExplainText). Nothing, with `error`, when a file is wrong or the key unknown.
    static std::optional<Domain::SlaExplanation>
    explain(const QString &calendarPath, const QString &policyPath, const QString &ticketsPath,
            const QString &historyPath, const QString &key, qint64 now, ExchangeError *error);

    /// Reads TICKETS.csv (and HISTORY.csv, may be null) into tickets with their status history
    /// attached, in file order, and (when `lines` is given) the line each ticket starts on. False with
    /// `error` (file, line, column) on the first bad value.
    static bool readTickets(QIODevice *tickets, const QString &ticketsName, QIODevice *history,
                            const QString &historyName, QVector<Domain::Ticket> *out, ExchangeError *error,
                            QVector<qint64> *lines = nullptr);

    /// The same on open devices (`history` may be null); names only go into errors.
    static bool run(const Domain::BusinessCalendar &calendar, const Domain::SlaPolicyHistory &policy,
                    QIODevice *tickets, const QString &ticketsName, QIODevice *history,
                    const QString &historyName, qint64 now, QIODevice *out, ExchangeError *error,
                    const std::function<void(const ExchangeError &)> &problem = {});
};

} // namespace Exchange
