#pragma once

#include <QHash>
#include <QSet>

#include <vector>

namespace Exchange {

/// The duplicate-key check of a ticket file in about two bytes a key instead of a table of every
/// key (issue 13: that table was all of a re-import's growth, ~30 bytes a ticket).
///
/// With a first pass (prescan(), endPrescan()), a scalable blocked Bloom filter sees every key's
/// digest: a key the filter cannot call new is a *suspect*, kept exactly. Every repeated key is a
/// suspect (its earlier copy set its bits), so in the second pass (claim()) only the suspects'
/// digests are looked up and remembered with their first line: the answers, and the line each
/// duplicate names, are those of a table of every key, given in file order. A false positive
/// only costs a suspect. Without a first pass (a file that cannot be read twice) every key is
/// kept, as before.
class KeyClaims
{
public:
    /// First pass: one key's digest.
    void prescan(quint64 digest);
    /// After the first pass: the filter is freed, the suspects stay.
    void endPrescan();
    bool isPrescanned() const { return m_prescanned; }

    /// Second pass: the line the key was first claimed on (a duplicate), or 0 when it is new,
    /// then remembered as claimed on `line`.
    qint64 claim(quint64 digest, qint64 line);
    /// Whether the second pass claimed the same keys the first pass saw, as far as it went (a
    /// file changed between the passes could hide a duplicate). True without a first pass.
    bool matchesPrescan() const;

    qsizetype suspectCount() const { return m_suspects.size(); }

private:
    struct Layer
    {
        std::vector<quint64> bits; ///< 512-bit blocks
        size_t blocks = 0;
        qint64 capacity = 0;
        qint64 count = 0;
    };
    static bool testAndSet(Layer *layer, quint64 digest, bool set);

    std::vector<Layer> m_layers;
    QSet<quint64> m_suspects;
    QHash<quint64, qint64> m_firstLine; ///< suspects only after a first pass, else every key
    bool m_prescanned = false;
    qint64 m_prescanCount = 0, m_claimCount = 0;
    quint64 m_prescanSum = 0, m_claimSum = 0;
};

} // namespace Exchange
