#pragma once
// The keys of `sla replay`'s TICKETS.csv, told apart without keeping them (SlaReplayStream only).

#include <QByteArrayView>
#include <QHash>

#include <array>
#include <vector>

namespace Exchange::ReplayKeys {

/// Two independent hashes of a key's bytes (96 bits): millions of keys are told apart without
/// keeping them.
struct Digest
{
    quint64 a = 0;
    quint32 b = 0;
};

inline Digest digestOf(QByteArrayView key)
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
    bool isEmpty() const { return m_count == 0; }
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

/// Keys handled a few rows behind the reading: the slot of each (in TicketKeys or KeySieve) is
/// prefetched when it is queued,
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
    template<typename Table, typename Handle> void push(const Table &keys, const Item &item, Handle handle)
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

/// The duplicate check of a file's keys in 12 bits a key instead of a 16-byte slot: a blocked
/// Bloom filter (one 64-byte block a key, six bits in it) tells nearly every key it has not seen
/// before; a key it cannot tell is a suspect, kept exactly, and the second pass over the file
/// (countAgain()) finds whether a suspect's key really comes twice. Keys are their digests, as in
/// TicketKeys. A filter made too small for the file only makes more suspects, never a wrong answer.
class KeySieve
{
public:
    /// Notes a key of the first pass. The first keys are held until expect() sizes the filter.
    void add(const Digest &d)
    {
        if (m_blocks == 0) {
            m_sample.push_back(d);
            if (m_sample.size() >= s_sample)
                expect(qint64(m_sample.size()));
            return;
        }
        if (testAndSet(d))
            m_suspects.insert(d, 0);
    }
    /// Sizes the filter for `keys` keys (once; later calls do nothing) and files the held keys.
    void expect(qint64 keys)
    {
        if (m_blocks != 0)
            return;
        m_blocks = size_t(qMax<qint64>(keys, qint64(s_sample)) * s_bitsPerKey / 512 + 1);
        m_bits.assign(m_blocks * 8, 0);
        std::vector<Digest> sample;
        sample.swap(m_sample);
        for (const Digest &d : sample)
            add(d);
    }
    /// The end of the first pass (a file shorter than the sample sizes the filter now).
    void finish() { expect(qint64(m_sample.size())); }
    /// Whether the second pass is needed at all.
    bool hasSuspects() const { return !m_suspects.isEmpty(); }
    /// The second pass, key by key in any order: false when a suspect's key is seen again.
    bool countAgain(const Digest &d)
    {
        if (m_suspects.find(d) < 0)
            return true;
        return m_seen.insert(d, 0);
    }
    void prefetch(const Digest &d) const
    {
        if (m_blocks != 0)
            __builtin_prefetch(&m_bits[block(d) * 8]);
    }

private:
    static constexpr size_t s_sample = 4096;
    static constexpr qint64 s_bitsPerKey = 12;

    size_t block(const Digest &d) const { return size_t((unsigned __int128)(d.a) * m_blocks >> 64); }
    /// Sets the six bits of `d` in its block; true when all were set already.
    bool testAndSet(const Digest &d)
    {
        quint64 *words = &m_bits[block(d) * 8];
        // Six 9-bit bit numbers from bits the block choice did not use.
        quint64 h = (quint64(d.b) << 32) ^ (d.a >> 7) ^ (d.a << 29);
        bool all = true;
        for (int i = 0; i < 6; ++i, h >>= 9) {
            const unsigned bit = unsigned(h & 511);
            quint64 &word = words[bit >> 6];
            const quint64 mask = quint64(1) << (bit & 63);
            all = all && (word & mask) != 0;
            word |= mask;
        }
        return all;
    }

    std::vector<quint64> m_bits;
    size_t m_blocks = 0;
    std::vector<Digest> m_sample;
    TicketKeys m_suspects;
    TicketKeys m_seen;
};

} // namespace Exchange::ReplayKeys
