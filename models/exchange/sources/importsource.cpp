#include "models/exchange/sources/importsource.h"

#include "models/exchange/csv/numberparser.h"

namespace Exchange {

namespace {
constexpr int s_maxCollected = 1000;
constexpr int s_maxCachedNames = 10000;
} // namespace

ImportSource::ImportSource(const ImportSettings &settings, DateTimeParser::Format usualDateFormat)
    : m_settings(settings), m_dates(settings.dateFormat.value_or(usualDateFormat), settings.zone)
{
}

ImportSource::~ImportSource() = default;

bool ImportSource::begin(const QStringList &header, const QString &fileName, ImportBatch *batch)
{
    m_header = header;
    m_fileName = fileName;
    batch->sourceId = id();
    return findColumns(batch);
}

bool ImportSource::prescanRow(const CsvRow &)
{
    return false;
}

void ImportSource::endPrescan(ImportBatch *)
{
}

void ImportSource::prescanKey(const CsvRow &)
{
}

void ImportSource::endKeyPrescan()
{
}

void ImportSource::prescanRowAgain(const CsvRow &)
{
}

void ImportSource::finish(ImportBatch *)
{
}

namespace {
QStringList toList(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *name : names)
        out << QString::fromUtf8(name);
    return out;
}
} // namespace

int ImportSource::column(std::initializer_list<const char *> names, int occurrence) const
{
    return column(toList(names), occurrence);
}

int ImportSource::column(const QStringList &names, int occurrence) const
{
    for (const QString &name : names) {
        const QString wanted = name.trimmed();
        int left = occurrence;
        for (int i = 0; i < m_header.size(); ++i) {
            if (m_header.at(i).trimmed().compare(wanted, Qt::CaseInsensitive) == 0 && left-- == 0)
                return i;
        }
    }
    return -1;
}

int ImportSource::requireColumn(std::initializer_list<const char *> names, ImportBatch *batch)
{
    return requireColumn(toList(names), batch);
}

int ImportSource::requireColumn(const QStringList &names, ImportBatch *batch)
{
    const int index = names.isEmpty() ? -1 : column(names);
    if (index < 0 && batch->fileError.isNull()) {
        batch->fileError =
            ExchangeError{m_fileName, 1, 0,
                          tr("The column \"%1\" is missing: this does not look like a %2 export.")
                              .arg(names.value(0), displayName())};
    }
    return index;
}

QString ImportSource::columnName(int column) const
{
    return column >= 0 && column < m_header.size() ? m_header.at(column).trimmed() : QString();
}

QStringView ImportSource::cell(const CsvRow &row, int column)
{
    if (column < 0 || column >= row.fields.size())
        return QStringView();
    return QStringView(row.fields.at(column)).trimmed();
}

bool ImportSource::isMissing(const CsvRow &row, int column)
{
    return NumberParser::isMissing(cell(row, column));
}

void ImportSource::reject(ImportBatch *batch, const CsvRow &row, int column, const QString &reason) const
{
    batch->reject(ImportProblem{row.line, column >= 0 ? column + 1 : 0, columnName(column), reason});
}

void ImportSource::warn(ImportBatch *batch, const CsvRow &row, int column, const QString &reason) const
{
    batch->warn(ImportProblem{row.line, column >= 0 ? column + 1 : 0, columnName(column), reason});
}

bool ImportSource::readInstant(const CsvRow &row, int column, bool required, ImportBatch *batch,
                               std::optional<qint64> *value)
{
    value->reset();
    if (column < 0)
        return true;
    qint64 seconds = 0;
    switch (m_dates.parse(cell(row, column), &seconds)) {
    case DateTimeParser::Result::Ok:
        *value = seconds;
        return true;
    case DateTimeParser::Result::Missing:
        if (required)
            reject(batch, row, column, tr("%1 is empty.").arg(columnName(column)));
        return !required;
    case DateTimeParser::Result::Invalid:
        break;
    }
    reject(batch, row, column,
           tr("\"%1\" is not a date and time in the expected format (%2).")
               .arg(cell(row, column).toString(), DateTimeParser::formatId(m_dates.format())));
    return false;
}

bool ImportSource::readSeverity(const CsvRow &row, int column, ImportBatch *batch, int *severity) const
{
    if (isMissing(row, column)) {
        *severity = m_settings.mappings.defaultSeverity();
        warn(batch, row, column, tr("No priority; severity %1 assumed.").arg(*severity));
        return true;
    }
    // Exports repeat a handful of priority texts: look each up (and normalise it) once.
    const QString text = cell(row, column).toString();
    auto it = m_severityCache.constFind(text);
    if (it == m_severityCache.constEnd()) {
        it = m_severityCache.insert(text, m_settings.mappings.severity(text));
        collectOnce(&batch->priorities, text);
    }
    const std::optional<int> mapped = it.value();
    if (!mapped) {
        reject(batch, row, column,
               tr("Unknown priority \"%1\": map it to a severity first.").arg(cell(row, column).toString()));
        return false;
    }
    *severity = *mapped;
    return true;
}

WorkClass ImportSource::workClassFor(QStringView name, const WorkClass &fallback, ImportBatch *batch) const
{
    if (NumberParser::isMissing(name))
        return fallback;
    const QString text = name.toString();
    auto it = m_workClassCache.constFind(text);
    if (it == m_workClassCache.constEnd()) {
        if (m_workClassCache.size() >= s_maxCachedNames)
            m_workClassCache.clear();
        it = m_workClassCache.insert(text, m_settings.mappings.workClass(text));
        if (!it.value())
            collectOnce(&batch->unknownWorkTypes, text);
    }
    return it.value() ? *it.value() : fallback;
}

quint64 ImportSource::keyDigest(QStringView key)
{
    return quint64(qHash(key, size_t(0x51ed270b27e1a3f5ULL)));
}

void ImportSource::collectOnce(QStringList *list, const QString &value) const
{
    QSet<QString> &seen = m_collected[list];
    if (list->size() < s_maxCollected && !seen.contains(ImportMappings::normalized(value))) {
        seen.insert(ImportMappings::normalized(value));
        list->append(value);
    }
}

} // namespace Exchange
