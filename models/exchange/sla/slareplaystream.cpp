#include "models/exchange/sla/slareplaystream.h"

#include "models/domain/sla/slapolicyevaluator.h"
#include "models/exchange/csv/csvbytereader.h"
#include "models/exchange/csv/csvreader.h"
#include "models/exchange/isoinstant.h"
#include "models/exchange/sla/replaykeys.h"
#include "models/exchange/sla/slareplayrow.h"

#include <QHash>
#include <QIODevice>

#include <array>
#include <cstring>
#include <memory>
#include <vector>

namespace Exchange {

using Domain::StatusChange;
using Domain::Ticket;
using Outcome = SlaReplayStream::Outcome;

namespace {

using ReplayKeys::digestOf;
using ReplayKeys::KeyQueue;
using ReplayKeys::KeySieve;
using ReplayKeys::TicketKeys;

constexpr qsizetype s_outputBlock = 1 << 20;

bool isSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/// The field as QString::trimmed() leaves it. ASCII white space is cut from the bytes; text that
/// starts or ends with a non-ASCII character (U+00A0 and other spaces) is trimmed as a QString,
/// into `storage`.
QByteArrayView trimmed(QByteArrayView field, QByteArray *storage)
{
    qsizetype from = 0;
    qsizetype to = field.size();
    while (from < to && isSpace(field[from]))
        ++from;
    while (to > from && isSpace(field[to - 1]))
        --to;
    const QByteArrayView text = field.sliced(from, to - from);
    if (!text.isEmpty() && (static_cast<unsigned char>(text.front()) >= 0x80 ||
                            static_cast<unsigned char>(text.back()) >= 0x80)) {
        *storage = CsvByteReader::text(text).trimmed().toUtf8();
        return *storage;
    }
    return text;
}

/// One file read with CsvByteReader, with its name and the column indexes of `names`.
struct ReplayFile
{
    explicit ReplayFile(QIODevice *device, const QString &fileName) : reader(device), name(fileName) {}

    /// The header and the columns of `names`; false for a shape left to CsvReader or a missing
    /// column (CsvReader's reading names it).
    bool open(const QStringList &names)
    {
        if (!reader.readHeader())
            return false;
        for (const QString &column : names) {
            columns.append(CsvReader::columnIn(reader.header(), column));
            if (columns.constLast() < 0)
                return false;
        }
        severityColumn = CsvReader::columnIn(reader.header(), QStringLiteral("severity"));
        return true;
    }

    /// The optional instant in column `index`; false when it is not one.
    bool readInstant(int index, std::optional<qint64> *out)
    {
        const QByteArrayView text = trimmed(reader.field(index), &storage);
        if (text.isEmpty()) {
            out->reset();
            return true;
        }
        *out = parseIsoInstantUtf8(text);
        return out->has_value();
    }

    CsvByteReader reader;
    QString name;
    QVector<int> columns;
    int severityColumn = -1;
    QByteArray storage; // a value trimmed as text
};

/// The row of TICKETS.csv read last: its key (trimmed, UTF-8) and its values in `t` (its key
/// too). False on a bad value.
bool readTicket(ReplayFile &file, QByteArray *keyStorage, QByteArrayView *key, Ticket *t)
{
    const QVector<int> &c = file.columns;
    *key = trimmed(file.reader.field(c[0]), keyStorage);
    std::optional<qint64> created;
    if (key->isEmpty() ||
        !SlaReplayRow::readSeverity(trimmed(file.reader.field(c[1]), &file.storage), &t->severity) ||
        !file.readInstant(c[2], &created) || !file.readInstant(c[3], &t->firstResponse) ||
        !file.readInstant(c[4], &t->resolved))
        return false;
    t->created = created.value_or(0);
    t->key = CsvByteReader::text(*key);
    return true;
}

/// The statuses of a history as QStrings, made once: a file has a handful of them.
class StatusNames
{
public:
    QString name(QByteArrayView bytes)
    {
        for (const auto &entry : std::as_const(m_names)) {
            if (entry.first == bytes)
                return entry.second;
        }
        QString text = CsvByteReader::text(bytes);
        if (m_names.size() < 64)
            m_names.append({bytes.toByteArray(), text});
        return text;
    }

private:
    QVector<QPair<QByteArray, QString>> m_names;
};

/// The row of HISTORY.csv read last: its key (trimmed, UTF-8) and its change. False on a bad value.
bool readChange(ReplayFile &file, StatusNames *statuses, QByteArray *keyStorage, QByteArrayView *key,
                StatusChange *change)
{
    const QVector<int> &c = file.columns;
    *key = trimmed(file.reader.field(c[0]), keyStorage);
    std::optional<qint64> at;
    if (key->isEmpty() || !file.readInstant(c[1], &at) || !at)
        return false;
    change->severity = 0;
    const QByteArrayView severity = trimmed(file.reader.field(file.severityColumn), &file.storage);
    if (!severity.isEmpty() && !SlaReplayRow::readSeverity(severity, &change->severity))
        return false;
    change->at = *at;
    change->status = statuses->name(trimmed(file.reader.field(c[2]), &file.storage));
    return true;
}

/// What the checking pass learnt about HISTORY.csv.
struct JoinPlan
{
    bool grouped = true;    ///< each ticket's changes together, in the tickets' order
    bool otherKeys = false; ///< changes of keys no ticket has (skipped)
};

/// Checks TICKETS.csv completely and sifts its keys for repeats (see KeySieve). False when a
/// value is wrong or the file is a shape left to CsvReader: CsvReader reads it then and names the
/// first error as it always did (a file's errors are rare, their messages must not move).
bool checkTickets(QIODevice *device, KeySieve *sieve)
{
    ReplayFile file(device, QString());
    if (!file.open(SlaReplayRow::ticketColumns()))
        return false;
    QByteArray keyStorage;
    QByteArrayView key;
    Ticket t;
    KeyQueue queue;
    const auto add = [sieve](const KeyQueue::Item &item) { sieve->add(item.digest); };
    qint64 position = 0;
    CsvByteReader::Status status;
    while ((status = file.reader.next()) == CsvByteReader::Status::Record) {
        if (position == TicketKeys::s_maxTickets || !readTicket(file, &keyStorage, &key, &t))
            return false;
        queue.push(*sieve, {digestOf(key), position++}, add);
        if (position == 4096)
            sieve->expect(position * device->size() / qMax<qint64>(1, file.reader.offset()) * 5 / 4);
    }
    queue.drain(add);
    sieve->finish();
    return status == CsvByteReader::Status::End;
}

/// The tickets' keys read again, one at a time, for the second look at them.
class TicketKeyCursor
{
public:
    explicit TicketKeyCursor(QIODevice *device) : m_file(device, QString())
    {
        m_open = device->seek(0) && m_file.open(SlaReplayRow::ticketColumns());
    }
    /// The next ticket's key, trimmed; false at the end.
    bool next(QByteArrayView *key)
    {
        if (!m_open || m_file.reader.next() != CsvByteReader::Status::Record)
            return false;
        *key = trimmed(m_file.reader.field(m_file.columns[0]), &m_storage);
        return true;
    }

private:
    ReplayFile m_file;
    QByteArray m_storage;
    bool m_open = false;
};

/// What the second look at the tickets found.
struct SecondLook
{
    bool valid = true;     ///< HISTORY.csv read without a bad value
    bool repeated = false; ///< a key of TICKETS.csv comes twice
    bool walked = true;    ///< every history group found its ticket after the previous group's
};

/// Checks HISTORY.csv completely while reading TICKETS.csv along it: each group of changes (a run
/// of one key) must find its ticket after the previous group's, which is the join's order. The
/// keys read on the way are counted against the sieve's suspects; the tickets no group needed are
/// read after the history when there are suspects. No key is kept: when the history is not in
/// the tickets' order or names a key no ticket has (`walked` false), checkHistory() decides with
/// the keys in a table.
SecondLook lookAgain(QIODevice *tickets, QIODevice *history, KeySieve *sieve)
{
    SecondLook look;
    TicketKeyCursor cursor(tickets);
    QByteArrayView ticketKey;
    const bool count = sieve->hasSuspects();
    const auto nextTicket = [&] {
        if (!cursor.next(&ticketKey))
            return false;
        if (count && !sieve->countAgain(digestOf(ticketKey)))
            look.repeated = true;
        return true;
    };
    if (history) {
        ReplayFile file(history, QString());
        if (!file.open(SlaReplayRow::historyColumns())) {
            look.valid = false;
            return look;
        }
        StatusNames statuses;
        QByteArray keyStorage;
        QByteArray previous;
        QByteArrayView key;
        StatusChange change;
        CsvByteReader::Status status;
        while ((status = file.reader.next()) == CsvByteReader::Status::Record) {
            if (!readChange(file, &statuses, &keyStorage, &key, &change)) {
                look.valid = false;
                return look;
            }
            if (!look.walked || (!previous.isNull() && key == previous))
                continue;
            previous.resize(key.size());
            std::memcpy(previous.data(), key.data(), size_t(key.size()));
            bool found = false;
            while (!found && nextTicket())
                found = ticketKey == key;
            look.walked = found;
        }
        look.valid = status == CsvByteReader::Status::End;
    }
    if (count) {
        while (!look.repeated && nextTicket()) {
        }
    }
    return look;
}

/// Notes the keys of TICKETS.csv with their positions, for a history not in the tickets' order.
bool tableKeys(QIODevice *device, TicketKeys *keys)
{
    TicketKeyCursor cursor(device);
    QByteArrayView key;
    KeyQueue queue;
    bool unique = true;
    const auto add = [&](const KeyQueue::Item &item) {
        unique = keys->insert(item.digest, item.position) && unique;
    };
    keys->expect(qint64(device->size() / 64));
    for (qint64 position = 0; cursor.next(&key); ++position)
        queue.push(*keys, {digestOf(key), position}, add);
    queue.drain(add);
    return unique;
}

/// Checks HISTORY.csv completely (false as checkTickets()) and how it joins the tickets.
bool checkHistory(QIODevice *device, const TicketKeys &keys, JoinPlan *plan)
{
    ReplayFile file(device, QString());
    if (!file.open(SlaReplayRow::historyColumns()))
        return false;
    StatusNames statuses;
    QByteArray keyStorage;
    QByteArray previous;
    QByteArrayView key;
    StatusChange change;
    // The tickets' changes are together and in their order when the tickets of consecutive
    // groups (runs of one key) come in strictly increasing positions.
    qint64 lastPosition = -1;
    KeyQueue queue;
    const auto follow = [&](const KeyQueue::Item &item) {
        const qint64 position = keys.find(item.digest);
        if (position < 0) {
            plan->otherKeys = true;
            return;
        }
        plan->grouped = plan->grouped && position > lastPosition;
        lastPosition = position;
    };
    CsvByteReader::Status status;
    while ((status = file.reader.next()) == CsvByteReader::Status::Record) {
        if (!readChange(file, &statuses, &keyStorage, &key, &change))
            return false;
        if (!plan->grouped || (!previous.isNull() && key == previous))
            continue;
        previous.resize(key.size());
        std::memcpy(previous.data(), key.data(), size_t(key.size()));
        queue.push(keys, {digestOf(key), 0}, follow);
    }
    queue.drain(follow);
    return status == CsvByteReader::Status::End;
}

/// HISTORY.csv read along TICKETS.csv in the second pass: the change read ahead and its key.
struct HistoryCursor
{
    HistoryCursor(QIODevice *device, const QString &name) : file(device, name) {}

    /// Reads the next change (`available` says whether there was one); false when it does not
    /// read as it did in the check.
    bool advance()
    {
        available = file.reader.next() == CsvByteReader::Status::Record;
        return !available || readChange(file, &statuses, &keyStorage, &key, &change);
    }

    ReplayFile file;
    StatusNames statuses;
    QByteArray keyStorage;
    bool available = false;
    QByteArrayView key;
    StatusChange change;
};

bool writeOut(QIODevice *out, QByteArray *text, ExchangeError *error)
{
    if (out->write(*text) != text->size()) {
        *error = SlaReplayRow::writeError(out);
        return false;
    }
    text->resize(0); // keeps the block: clear() would free it
    return true;
}

/// The second pass over checked files: joins and writes row by row.
bool join(const Domain::SlaPolicyEvaluator &evaluator, ReplayFile &tickets, HistoryCursor *history,
          const TicketKeys &keys, const JoinPlan &plan, qint64 now, QIODevice *out, ExchangeError *error,
          const std::function<void(const ExchangeError &)> &problem)
{
    QByteArray text = SlaReplayRow::headerLine();
    text.reserve(s_outputBlock + 4096);
    QByteArray keyStorage;
    QByteArrayView key;
    Ticket t;
    for (qint64 position = 0; tickets.reader.next() == CsvByteReader::Status::Record; ++position) {
        if (!readTicket(tickets, &keyStorage, &key, &t)) {
            *error = SlaReplayRow::cannotReadAgain(tickets.name);
            return false;
        }
        t.history.clear();
        while (history && history->available) {
            if (history->key == key) {
                t.history.append(history->change);
            } else {
                // Another ticket's changes come next, unless the history has keys of no ticket
                // (skipped, as the join in memory does).
                if (!plan.otherKeys)
                    break;
                if (keys.find(digestOf(history->key)) > position)
                    break;
            }
            if (!history->advance()) {
                *error = SlaReplayRow::cannotReadAgain(history->file.name);
                return false;
            }
        }
        const Domain::SlaResult result = evaluator.evaluate(t, now);
        SlaReplayRow::append(&text, key, t, result);
        if (problem && result.problems)
            SlaReplayRow::noteProblems(tickets.name, tickets.reader.line(), t.key, result, problem);
        if (text.size() >= s_outputBlock && !writeOut(out, &text, error))
            return false;
    }
    return writeOut(out, &text, error);
}

} // namespace

Outcome SlaReplayStream::run(const Domain::SlaPolicyEvaluator &evaluator, QIODevice *tickets,
                             const QString &ticketsName, QIODevice *history, const QString &historyName,
                             qint64 now, QIODevice *out, ExchangeError *error,
                             const std::function<void(const ExchangeError &)> &problem)
{
    KeySieve sieve;
    if (!checkTickets(tickets, &sieve))
        return Outcome::Unsupported;
    const SecondLook look = lookAgain(tickets, history, &sieve);
    if (!look.valid || look.repeated)
        return Outcome::Unsupported;
    // Only a history out of the tickets' order (or with keys of no ticket) needs the keys kept.
    TicketKeys keys;
    JoinPlan plan;
    if (!look.walked &&
        (!tableKeys(tickets, &keys) || !history->seek(0) || !checkHistory(history, keys, &plan)))
        return Outcome::Unsupported;
    if (!plan.grouped)
        return Outcome::NotGrouped;
    // The second pass: the files read alike a moment ago; a difference now means they changed.
    ReplayFile ticketFile(tickets, ticketsName);
    std::unique_ptr<HistoryCursor> cursor;
    if (history)
        cursor = std::make_unique<HistoryCursor>(history, historyName);
    if (!tickets->seek(0) || (history && !history->seek(0)) ||
        !ticketFile.open(SlaReplayRow::ticketColumns()) ||
        (cursor && (!cursor->file.open(SlaReplayRow::historyColumns()) || !cursor->advance()))) {
        *error = SlaReplayRow::cannotReadAgain(ticketsName);
        return Outcome::Failed;
    }
    return join(evaluator, ticketFile, cursor.get(), keys, plan, now, out, error, problem) ? Outcome::Written
                                                                                           : Outcome::Failed;
}

} // namespace Exchange
