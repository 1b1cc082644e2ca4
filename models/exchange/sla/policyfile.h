#pragma once

#include "models/domain/sla/slapolicyhistory.h"
#include "models/exchange/exchangeerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Exchange {

/// SLA policy files: the JSON form of a Domain::SlaPolicyHistory (format in docs/sla/sla.md, example in
/// tests/data/sla/policy.json). Reading is strict: an unknown key, a wrong type, a missing
/// severity or a bad value is refused with a message naming the key path and the value, e.g.
/// `versions[0].severities.2.warning_at: 1.5 is not a fraction above 0 and at most 1`.
class PolicyFile
{
    Q_DECLARE_TR_FUNCTIONS(PolicyFile)
public:
    /// Reads the policy file at `path`; on failure returns nothing and fills `error`.
    static std::optional<Domain::SlaPolicyHistory> read(const QString &path, ExchangeError *error);
    /// Parses policy JSON; `fileName` only goes into `error`.
    static std::optional<Domain::SlaPolicyHistory> fromJson(const QByteArray &json, ExchangeError *error,
                                                            const QString &fileName = QString());
    /// The history as indented JSON that fromJson() reads back to an equal history.
    static QByteArray toJson(const Domain::SlaPolicyHistory &history);
    /// Writes toJson() atomically (QSaveFile); false with `error` filled on failure.
    static bool write(const QString &path, const Domain::SlaPolicyHistory &history, ExchangeError *error);
};

} // namespace Exchange
