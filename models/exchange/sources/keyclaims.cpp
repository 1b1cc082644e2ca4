#include "models/exchange/sources/keyclaims.h"

namespace Exchange {

namespace {
constexpr qint64 s_firstCapacity = 65536;
constexpr qint64 s_bitsPerKey = 12;

/// Spreads a key's digest (qHash of a short string: its low bits are fine, but the filter takes
/// block and bit numbers from all 64).
quint64 mixed(quint64 x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}
} // namespace

bool KeyClaims::testAndSet(Layer *layer, quint64 digest, bool set)
{
    const quint64 h = mixed(digest);
    quint64 *words = &layer->bits[size_t(h % layer->blocks) * 8];
    // Six 9-bit bit numbers from a second mix (the block took the first).
    quint64 g = mixed(h ^ 0x9e3779b97f4a7c15ULL);
    bool all = true;
    for (int i = 0; i < 6; ++i, g >>= 9) {
        const unsigned bit = unsigned(g & 511);
        quint64 &word = words[bit >> 6];
        const quint64 mask = quint64(1) << (bit & 63);
        all = all && (word & mask) != 0;
        if (set)
            word |= mask;
    }
    return all;
}

void KeyClaims::prescan(quint64 digest)
{
    ++m_prescanCount;
    m_prescanSum += mixed(digest);
    // A key any layer has seen is a suspect; a new key goes into the newest layer, which grows
    // (twice the size of the last) when full: memory follows the file without knowing its size.
    for (Layer &layer : m_layers) {
        if (testAndSet(&layer, digest, false)) {
            m_suspects.insert(digest);
            return;
        }
    }
    if (m_layers.empty() || m_layers.back().count >= m_layers.back().capacity) {
        Layer layer;
        layer.capacity = m_layers.empty() ? s_firstCapacity : m_layers.back().capacity * 2;
        layer.blocks = size_t(layer.capacity * s_bitsPerKey / 512 + 1);
        layer.bits.assign(layer.blocks * 8, 0);
        m_layers.push_back(std::move(layer));
    }
    testAndSet(&m_layers.back(), digest, true);
    ++m_layers.back().count;
}

void KeyClaims::endPrescan()
{
    m_layers = {};
    m_prescanned = true;
}

qint64 KeyClaims::claim(quint64 digest, qint64 line)
{
    ++m_claimCount;
    m_claimSum += mixed(digest);
    if (m_prescanned && !m_suspects.contains(digest))
        return 0; // the first pass saw it once only
    const auto it = m_firstLine.constFind(digest);
    if (it != m_firstLine.constEnd())
        return it.value();
    m_firstLine.insert(digest, line);
    return 0;
}

bool KeyClaims::matchesPrescan() const
{
    return !m_prescanned || (m_claimCount == m_prescanCount && m_claimSum == m_prescanSum);
}

} // namespace Exchange
