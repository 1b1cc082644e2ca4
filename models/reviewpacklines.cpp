#include "models/reviewpacklines.h"

#include <QDataStream>
#include <QDir>
#include <QTemporaryFile>

#include <algorithm>
#include <queue>

namespace Models {

namespace {

/// What a held line costs beyond its texts (the struct, five string headers, the list's slot).
constexpr qsizetype s_lineOverhead = qsizetype(sizeof(ReviewTicket)) + 5 * 24;

qsizetype bytesOf(const ReviewTicket &t)
{
    return s_lineOverhead +
           2 * (t.key.size() + t.title.size() + t.status.size() + t.explanation.size() + t.rootCause.size());
}

void write(QDataStream &out, const ReviewTicket &t)
{
    out << t.id << t.key << t.title << qint32(t.kind) << qint32(t.level) << qint32(t.severity) << t.created
        << bool(t.resolved) << qint64(t.resolved.value_or(0)) << t.status << t.breachedAt << t.explanation
        << t.rootCause;
}

bool read(QDataStream &in, ReviewTicket *t)
{
    qint32 kind = 0;
    qint32 level = 0;
    qint32 severity = 0;
    bool resolved = false;
    qint64 resolvedAt = 0;
    in >> t->id >> t->key >> t->title >> kind >> level >> severity >> t->created >> resolved >> resolvedAt >>
        t->status >> t->breachedAt >> t->explanation >> t->rootCause;
    t->kind = Domain::TicketKind(kind);
    t->level = Domain::ServiceLevel(level);
    t->severity = severity;
    t->resolved = resolved ? std::optional<qint64>(resolvedAt) : std::nullopt;
    return in.status() == QDataStream::Ok;
}

/// One run read back a line at a time.
class RunReader
{
public:
    RunReader(QTemporaryFile *file, qsizetype count) : m_in(file), m_left(count)
    {
        m_in.setVersion(QDataStream::Qt_6_0);
    }
    /// False at the end of the run or on a short read (`failed`).
    bool next(ReviewTicket *line)
    {
        if (m_left == 0)
            return false;
        --m_left;
        if (!read(m_in, line)) {
            m_failed = true;
            return false;
        }
        return true;
    }
    bool failed() const { return m_failed; }

private:
    QDataStream m_in;
    qsizetype m_left;
    bool m_failed = false;
};

QString writeFailure(const QString &reason)
{
    return ReviewPackLines::tr("Cannot write a temporary file for the data appendix in %1: %2")
        .arg(QDir::toNativeSeparators(QDir::tempPath()), reason);
}

} // namespace

bool reviewBreachBefore(const ReviewTicket &a, const ReviewTicket &b)
{
    return a.breachedAt != b.breachedAt ? a.breachedAt < b.breachedAt : a.key < b.key;
}

ReviewPackLines::ReviewPackLines(qsizetype budget) : m_budget(budget)
{
}

ReviewPackLines::~ReviewPackLines() = default;

int ReviewPackLines::runsWritten() const
{
    int runs = 0;
    for (const Lines &lines : m_tables)
        runs += int(lines.runs.size());
    return runs;
}

void ReviewPackLines::append(Table table, const ReviewTicket &line)
{
    Lines &lines = m_tables[std::size_t(table)];
    lines.held.append(line);
    ++lines.count;
    m_held += bytesOf(line);
    if (m_held >= m_budget && m_error.isEmpty())
        writeRuns();
}

bool ReviewPackLines::writeRuns()
{
    for (int t = 0; t < TableCount; ++t) {
        if (!m_tables[std::size_t(t)].held.isEmpty() && !writeRun(Table(t), &m_tables[std::size_t(t)]))
            return false;
    }
    m_held = 0;
    return true;
}

bool ReviewPackLines::writeRun(Table table, Lines *lines)
{
    if (table == Table::Breaches)
        std::sort(lines->held.begin(), lines->held.end(), reviewBreachBefore);
    auto file = std::make_unique<QTemporaryFile>(
        QDir(QDir::tempPath()).filePath(QStringLiteral("deliverydesk-appendix-XXXXXX")));
    if (!file->open()) {
        m_error = writeFailure(file->errorString());
        return false;
    }
    QDataStream out(file.get());
    out.setVersion(QDataStream::Qt_6_0);
    for (const ReviewTicket &line : std::as_const(lines->held))
        write(out, line);
    const bool written = out.status() == QDataStream::Ok && file->flush();
    if (!written) {
        m_error = writeFailure(file->errorString());
        return false;
    }
    lines->runs.push_back(std::move(file));
    lines->runCounts.push_back(lines->held.size());
    lines->held.clear();
    lines->held.squeeze();
    return true;
}

bool ReviewPackLines::forEach(Table table, const std::function<bool(const ReviewTicket &)> &visit,
                              QString *error) const
{
    if (!m_error.isEmpty()) {
        *error = m_error;
        return false;
    }
    const Lines &lines = m_tables[std::size_t(table)];
    const bool merged = table == Table::Breaches;
    QVector<ReviewTicket> held = lines.held; // shared, sorted below without touching the pack's
    if (merged)
        std::sort(held.begin(), held.end(), reviewBreachBefore);
    std::vector<std::unique_ptr<RunReader>> readers;
    readers.reserve(lines.runs.size());
    for (std::size_t r = 0; r < lines.runs.size(); ++r) {
        if (!lines.runs[r]->seek(0)) {
            *error = tr("Cannot read back a temporary file of the data appendix.");
            return false;
        }
        readers.push_back(std::make_unique<RunReader>(lines.runs[r].get(), lines.runCounts[r]));
    }
    const auto failed = [&]() {
        for (const std::unique_ptr<RunReader> &reader : readers) {
            if (reader->failed()) {
                *error = tr("Cannot read back a temporary file of the data appendix.");
                return true;
            }
        }
        return false;
    };
    if (!merged) {
        ReviewTicket line;
        for (const std::unique_ptr<RunReader> &reader : readers) {
            while (reader->next(&line)) {
                if (!visit(line))
                    return false;
            }
        }
        for (const ReviewTicket &t : std::as_const(held)) {
            if (!visit(t))
                return false;
        }
        return !failed();
    }
    // A k-way merge of the runs and the lines still held (source readers.size()); equal lines
    // cannot occur (a ticket breaches once a pack), the source breaks ties all the same.
    using Head = std::pair<ReviewTicket, std::size_t>;
    const auto later = [](const Head &a, const Head &b) {
        if (reviewBreachBefore(a.first, b.first) || reviewBreachBefore(b.first, a.first))
            return reviewBreachBefore(b.first, a.first);
        return b.second < a.second;
    };
    std::priority_queue<Head, std::vector<Head>, decltype(later)> heads(later);
    qsizetype nextHeld = 0;
    const auto pull = [&](std::size_t source) {
        ReviewTicket line;
        if (source < readers.size()) {
            if (readers[source]->next(&line))
                heads.emplace(std::move(line), source);
        } else if (nextHeld < held.size()) {
            heads.emplace(held.at(nextHeld++), source);
        }
    };
    for (std::size_t source = 0; source <= readers.size(); ++source)
        pull(source);
    while (!heads.empty()) {
        const std::size_t source = heads.top().second;
        if (!visit(heads.top().first))
            return false;
        heads.pop();
        pull(source);
    }
    return !failed();
}

} // namespace Models
