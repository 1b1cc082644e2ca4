#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Exchange {

/// Parses an ISO-8601 / RFC 3339 instant that carries its offset: `YYYY-MM-DDTHH:MM[:SS[.fff]]`
/// followed by `Z` or `+HH:MM` / `-HH:MM` / `+HHMM` / `+HH` (a space may replace the `T`).
/// Fractions of a second are truncated towards the past. Returns UTC epoch seconds, or nothing for
/// text without an offset, with an impossible date or time, or with anything trailing.
std::optional<qint64> parseIsoInstant(const QString &text);

/// The same on UTF-8 text (the common shapes are read from the bytes, without a QString).
std::optional<qint64> parseIsoInstantUtf8(QByteArrayView text);

/// `epochSeconds` as `YYYY-MM-DDTHH:MM:SSZ`, e.g. "2026-03-30T13:00:00Z".
QString formatIsoInstantUtc(qint64 epochSeconds);
/// The most characters writeIsoInstantUtc() writes (years outside 1–9999 take more than four).
inline constexpr int s_maxIsoInstantUtcSize = 32;
/// The same written at `out` (room for s_maxIsoInstantUtcSize bytes); returns the end.
char *writeIsoInstantUtc(char *out, qint64 epochSeconds);

} // namespace Exchange
