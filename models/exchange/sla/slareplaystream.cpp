#include "models/exchange/sla/slareplaystream.h"

#include "models/domain/sla/slapolicyevaluator.h"
#include "models/exchange/csv/csvbytereader.h"
#include "models/exchange/csv/csvreader.h"
#include "models/exchange/isoinstant.h"
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

constexpr qsizetype s_outputBlock = 1 << 20;

/// Two independent hashes of a key's bytes (96 bits): millions of keys are told apart without
/// keeping them.
struct Digest
{
    quint64 a = 0;
    quint32 b = 0;
};

Digest digestOf(QByteArrayView key)
{
    return Digest{quint64(qHashBits(key.data(), size_t(key.size()), 0x9e3779b97f4a7c15ULL)),
                  quint32(qHashBits(key.data(), size_t(key.size()), 0x2545f4914f6cdd1dULL))};
}

/// The tickets' keys by digest, each with its position in TICKETS.csv: an open-addressing
/// table of 16-byte slots.
class TicketKeys
{
public:
    static constexpr qint64 s_maxTickets = 0xfffffffe;

    /// Adds the ticket at `position`; false when a ticket with the same key is there already.
    bool insert(const Digest &d, qint64 position)
    {
        if ((m_count + 1) * 4 > m_slots.size() * 3)
            grow();
        Slot &slot = probe(d);
        if (slot.value != 0)
            return false;
        slot = Slot{d.a, d.b, quint32(position + 1)};
        ++m_count;
        return true;
    }
    /// How many tickets the file seems to hold: the table grows to their size at once (up to
    /// eight times larger), not by doubling, which held the old and the new table together.
    void expect(qint64 tickets) { m_expected = tickets; }
    /// The position of the ticket with this key, or -1.
    qint64 find(const Digest &d) const { return qint64(probe(d).value) - 1; }
    /// Asks the memory for the slot of `d` before it is needed.
    void prefetch(const Digest &d) const { __builtin_prefetch(&m_slots[size_t(d.a) & (m_slots.size() - 1)]); }

private:
    struct Slot
    {
        quint64 a = 0;
        quint32 b = 0;
        quint32 value = 0; // position + 1; 0: empty
    };
    Slot &probe(const Digest &d) { return const_cast<Slot &>(std::as_const(*this).probe(d)); }
    const Slot &probe(const Digest &d) const
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(d.a) & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.value == 0 || (slot.a == d.a && slot.b == d.b))
                return slot;
        }
    }
    void grow()
    {
        size_t size = m_slots.size() * 2;
        while (size < m_slots.size() * 8 && size_t(m_expected) * 4 > size * 3)
            size *= 2;
        std::vector<Slot> old(size);
        old.swap(m_slots);
        for (const Slot &slot : old) {
            if (slot.value != 0)
                probe(Digest{slot.a, slot.b}) = slot;
        }
    }

    std::vector<Slot> m_slots = std::vector<Slot>(size_t(1) << 16);
    size_t m_count = 0;
    qint64 m_expected = 0;
};

/// Keys handled a few rows behind the reading: the slot of each is prefetched when it is queued,
/// so that a million keys in a table larger than the caches cost memory bandwidth rather than a
/// wait each.
class KeyQueue
{
public:
    struct Item
    {
        Digest digest;
        qint64 position = 0;
    };

    /// Queues `item`; `handle` receives the item queued s_lag pushes before.
    template<typename Handle> void push(const TicketKeys &keys, const Item &item, Handle handle)
    {
        keys.prefetch(item.digest);
        if (m_count < s_lag) {
            m_items[(m_head + m_count++) % s_lag] = item;
            return;
        }
        handle(m_items[m_head]);
        m_items[m_head] = item;
        m_head = (m_head + 1) % s_lag;
    }
    /// Hands the queued items on, in order.
    template<typename Handle> void drain(Handle handle)
    {
        for (; m_count > 0; --m_count, m_head = (m_head + 1) % s_lag)
            handle(m_items[m_head]);
    }

private:
    static constexpr size_t s_lag = 16;
    std::array<Item, s_lag> m_items;
    size_t m_head = 0;
    size_t m_count = 0;
};

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

/// Checks TICKETS.csv completely and notes its keys. False when a value is wrong, a key repeats
/// or the file is a shape left to CsvReader: CsvReader reads it then and names the first error
/// as it always did (a file's errors are rare, their messages must not move).
bool checkTickets(QIODevice *device, TicketKeys *keys)
{
    ReplayFile file(device, QString());
    if (!file.open(SlaReplayRow::ticketColumns()))
        return false;
    QByteArray keyStorage;
    QByteArrayView key;
    Ticket t;
    KeyQueue queue;
    bool unique = true;
    const auto add = [&](const KeyQueue::Item &item) {
        unique = keys->insert(item.digest, item.position) && unique;
    };
    qint64 position = 0;
    CsvByteReader::Status status;
    while ((status = file.reader.next()) == CsvByteReader::Status::Record) {
        if (position == TicketKeys::s_maxTickets || !readTicket(file, &keyStorage, &key, &t) || !unique)
            return false;
        queue.push(*keys, {digestOf(key), position++}, add);
        if (position % 4096 == 0)
            keys->expect(position * device->size() / qMax<qint64>(1, file.reader.offset()));
    }
    queue.drain(add);
    return unique && status == CsvByteReader::Status::End;
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
          QVector<ExchangeError> *problems)
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
        if (problems && result.problems)
            SlaReplayRow::noteProblems(tickets.name, tickets.reader.line(), t.key, result, problems);
        if (text.size() >= s_outputBlock && !writeOut(out, &text, error))
            return false;
    }
    return writeOut(out, &text, error);
}

} // namespace

Outcome SlaReplayStream::run(const Domain::SlaPolicyEvaluator &evaluator, QIODevice *tickets,
                             const QString &ticketsName, QIODevice *history, const QString &historyName,
                             qint64 now, QIODevice *out, ExchangeError *error,
                             QVector<ExchangeError> *problems)
{
    TicketKeys keys;
    JoinPlan plan;
    if (!checkTickets(tickets, &keys) || (history && !checkHistory(history, keys, &plan)))
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
    return join(evaluator, ticketFile, cursor.get(), keys, plan, now, out, error, problems) ? Outcome::Written
                                                                                            : Outcome::Failed;
}

} // namespace Exchange
