#include "models/exchange/sla/slareplayrow.h"

#include "models/exchange/csv/csvbytereader.h"
#include "models/exchange/isoinstant.h"
#include "models/exchange/sla/slaexplaintext.h"
#include "models/exchange/sla/slareplay.h"

#include <QIODevice>
#include <QRegularExpression>

#include <array>
#include <charconv>
#include <cstring>

namespace Exchange {

using Domain::SlaClock;

namespace {

/// The most bytes of a row besides its key (which takes at most twice its size and quotes):
/// five instants, a severity, three numbers, two verdicts, the state and the separators.
constexpr qsizetype s_maxRowWithoutKey = 2 + 5 * s_maxIsoInstantUtcSize + 4 * 20 + 2 * 5 + 16 + 13;

char *writeNumber(char *out, qint64 value)
{
    return std::to_chars(out, out + 20, value).ptr;
}

char *writeInstant(char *out, const std::optional<qint64> &t)
{
    return t ? writeIsoInstantUtc(out, *t) : out;
}

char *writeSeconds(char *out, const SlaClock &c)
{
    return c.outcome != Domain::SlaClockOutcome::NotMeasurable ? writeNumber(out, c.businessSeconds) : out;
}

char *writeText(char *out, const char *text, size_t size)
{
    std::memcpy(out, text, size);
    return out + size;
}

char *writeMet(char *out, const SlaClock &c)
{
    if (c.isMet())
        return writeText(out, "true", 4);
    if (c.isBreached())
        return writeText(out, "false", 5);
    return out;
}

/// The key as a CSV field: quoted (quotes doubled) only when it holds a delimiter, quote or line end.
char *writeKey(char *out, QByteArrayView key)
{
    bool plain = true;
    for (const char c : key)
        plain = plain && c != ',' && c != '"' && c != '\n' && c != '\r';
    if (plain)
        return writeText(out, key.data(), size_t(key.size()));
    *out++ = '"';
    for (const char c : key) {
        if (c == '"')
            *out++ = '"';
        *out++ = c;
    }
    *out++ = '"';
    return out;
}

const QByteArray &stateId(Domain::SlaState state)
{
    static const std::array<QByteArray, Domain::SlaStateCount> ids = [] {
        std::array<QByteArray, Domain::SlaStateCount> list;
        for (int i = 0; i < Domain::SlaStateCount; ++i)
            list[size_t(i)] = Domain::slaStateId(Domain::SlaState(i)).toUtf8();
        return list;
    }();
    return ids[size_t(state)];
}

} // namespace

QStringList SlaReplayRow::ticketColumns()
{
    return {QStringLiteral("key"), QStringLiteral("severity"), QStringLiteral("created"),
            QStringLiteral("first_response"), QStringLiteral("resolved")};
}

QStringList SlaReplayRow::historyColumns()
{
    return {QStringLiteral("key"), QStringLiteral("at"), QStringLiteral("status")};
}

ExchangeError SlaReplayRow::cannotReadAgain(const QString &file)
{
    return ExchangeError{file, 0, 0, SlaReplay::tr("the files cannot be read a second time")};
}

ExchangeError SlaReplayRow::writeError(const QIODevice *out)
{
    return ExchangeError{QString(), 0, 0,
                         SlaReplay::tr("cannot write the result: %1").arg(out->errorString())};
}

bool SlaReplayRow::readSeverity(const QString &text, int *severity)
{
    if (text.size() == 1 && text.at(0) >= QLatin1Char('0') && text.at(0) <= QLatin1Char('9')) {
        *severity = text.at(0).unicode() - u'0';
        return true;
    }
    static const QRegularExpression pattern(QStringLiteral("^[Pp]?(\\d+)(\\s*[-–:].*)?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return false;
    bool ok = false;
    *severity = m.captured(1).toInt(&ok);
    return ok;
}

bool SlaReplayRow::readSeverity(QByteArrayView text, int *severity)
{
    if (text.size() == 1 && text.at(0) >= '0' && text.at(0) <= '9') {
        *severity = text.at(0) - '0';
        return true;
    }
    return readSeverity(CsvByteReader::text(text), severity);
}

QByteArray SlaReplayRow::headerLine()
{
    return SlaReplay::columns().join(QLatin1Char(',')).toUtf8() + '\n';
}

void SlaReplayRow::append(QByteArray *out, QByteArrayView key, const Domain::Ticket &t,
                          const Domain::SlaResult &r)
{
    // Written in place: a row is a few dozen small fields, appending each was a tenth of a replay.
    const qsizetype start = out->size();
    const qsizetype room = start + 2 * key.size() + s_maxRowWithoutKey;
    if (out->capacity() < room)
        out->reserve(qMax(room, 2 * out->capacity()));
    out->resize(room);
    char *p = out->data() + start;
    // A ticket that could not be evaluated at all gets empty figures rather than zeros.
    const bool evaluated = !(quint32(r.problems.toInt()) & Domain::SlaBlockingProblems);
    const bool resolutionMeasured = r.resolution.outcome != Domain::SlaClockOutcome::NotMeasurable;
    p = writeKey(p, key);
    *p++ = ',';
    p = writeNumber(p, t.severity);
    *p++ = ',';
    if (t.created > 0)
        p = writeIsoInstantUtc(p, t.created);
    *p++ = ',';
    p = writeInstant(p, r.response.due);
    *p++ = ',';
    p = writeInstant(p, r.response.stoppedAt);
    *p++ = ',';
    p = writeSeconds(p, r.response);
    *p++ = ',';
    p = writeMet(p, r.response);
    *p++ = ',';
    p = writeInstant(p, r.resolution.due);
    *p++ = ',';
    p = writeInstant(p, r.resolution.stoppedAt);
    *p++ = ',';
    p = writeSeconds(p, r.resolution);
    *p++ = ',';
    if (evaluated && resolutionMeasured)
        p = writeNumber(p, r.pausedSeconds);
    *p++ = ',';
    p = writeMet(p, r.resolution);
    *p++ = ',';
    const QByteArray &state = stateId(r.state);
    p = writeText(p, state.constData(), size_t(state.size()));
    *p++ = '\n';
    out->resize(p - out->constData());
}

void SlaReplayRow::noteProblems(const QString &file, qint64 line, const QString &key,
                                const Domain::SlaResult &result,
                                const std::function<void(const ExchangeError &)> &problem)
{
    for (const Domain::SlaDataProblem p : Domain::AllSlaDataProblems) {
        if (result.problems.testFlag(p))
            problem(ExchangeError{file, line, 0,
                                  SlaReplay::tr("%1: %2").arg(key, SlaExplainText::problemText(p))});
    }
}

} // namespace Exchange
