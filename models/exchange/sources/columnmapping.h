#pragma once

#include "models/exchange/csv/datetimeparser.h"
#include "models/exchange/csv/numberparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace Exchange {

/// How the columns of "any other CSV" map to ticket or worklog fields, saved by the user as a
/// named profile ("Acme monthly export") and reused next month.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    enum class RowKind { Tickets, Worklogs };
    enum class Field {
        // tickets
        Key,
        Title,
        Type,
        Priority,
        Status,
        Created,
        FirstResponse,
        Resolved,
        // worklogs
        WorklogId,
        Date,
        Person,
        Duration,
        Activity,
        Description,
        TicketKey,
        Role,
    };

    QString name;
    RowKind rowKind = RowKind::Tickets;
    DateTimeParser::Format dateFormat = DateTimeParser::Format::Iso8601;
    NumberParser::DurationUnit durationUnit = NumberParser::DurationUnit::Hours;

    /// The header mapped to `field`, empty when unmapped.
    QString header(Field field) const { return m_headers.value(field); }
    void setHeader(Field field, const QString &header);
    QHash<Field, QString> headers() const { return m_headers; }

    /// Guesses the row kind, the columns (English and Swedish names) and the duration unit from
    /// a header row. Each header is used for one field at most.
    static ColumnMapping suggest(const QStringList &header);
    /// The day/month order that reads most of `samples` (ties: ISO, day-first, Jira, US).
    static DateTimeParser::Format suggestDateFormat(const QStringList &samples);

    /// Fields the row kind needs that have no column yet: empty when the mapping can import.
    QVector<Field> missingFields() const;
    static QVector<Field> fields(RowKind kind);
    static QString fieldId(Field field);
    static bool fieldFromId(const QString &id, Field *field);

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, ColumnMapping *mapping, QString *error);

    bool operator==(const ColumnMapping &o) const;
    bool operator!=(const ColumnMapping &o) const { return !(*this == o); }

private:
    QHash<Field, QString> m_headers;
};

} // namespace Exchange
