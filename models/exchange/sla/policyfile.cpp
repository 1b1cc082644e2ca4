#include "models/exchange/sla/policyfile.h"

#include "models/exchange/strictjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace Exchange {

namespace {

using Domain::SlaPolicy;
using Domain::SlaPolicyHistory;
using Domain::SlaSeverityTarget;

/// A JSON value as the user wrote it, for messages: strings quoted, everything else compact.
QString shown(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isUndefined())
        return QStringLiteral("nothing");
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString indexed(const QString &key, qsizetype i)
{
    return key + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

/// Collects the first error; every step returns false once something is wrong.
class Reader
{
public:
    bool readRoot(const QJsonObject &root, SlaPolicyHistory *history);
    QString error() const { return m_error; }

private:
    bool fail(const QString &key, const QString &message)
    {
        m_error = key.isEmpty() ? message : key + QLatin1String(": ") + message;
        return false;
    }
    bool failValue(const QString &key, const QJsonValue &value, const QString &expected)
    {
        return fail(key, PolicyFile::tr("%1 is not %2").arg(shown(value), expected));
    }
    bool readVersion(const QString &path, const QJsonValue &value, SlaPolicy *policy);
    bool readStatuses(const QString &path, const QJsonValue &value, QStringList *statuses);
    bool readSeverities(const QString &path, const QJsonValue &value, SlaPolicy *policy);
    bool readTarget(const QString &path, const QJsonValue &value, SlaSeverityTarget *target);
    bool readMinutes(const QString &path, const QJsonValue &value, int *minutes);
    bool readBool(const QString &path, const QJsonValue &value, bool *out);
    bool readNumber(const QString &path, const QJsonValue &value, double low, bool lowInclusive, double high,
                    const QString &expected, double *out);

    QString m_error;
};

bool Reader::readRoot(const QJsonObject &root, SlaPolicyHistory *history)
{
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key() != QLatin1String("name") && it.key() != QLatin1String("versions"))
            return fail(it.key(), PolicyFile::tr("unknown key"));
    }
    const QJsonValue name = root.value(QLatin1String("name"));
    if (!name.isUndefined() && !name.isString())
        return failValue(QStringLiteral("name"), name, PolicyFile::tr("a text"));
    history->setName(name.toString());
    const QJsonValue versions = root.value(QLatin1String("versions"));
    if (!versions.isArray() || versions.toArray().isEmpty())
        return failValue(QStringLiteral("versions"), versions,
                         PolicyFile::tr("a non-empty list of policy versions"));
    const QJsonArray list = versions.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = indexed(QStringLiteral("versions"), i);
        SlaPolicy policy;
        if (!readVersion(path, list.at(i), &policy))
            return false;
        if (!history->addVersion(policy)) {
            return fail(child(path, QStringLiteral("effective")),
                        PolicyFile::tr("another version already takes effect on %1")
                            .arg(policy.effectiveFrom.toString(Qt::ISODate)));
        }
    }
    return true;
}

bool Reader::readVersion(const QString &path, const QJsonValue &value, SlaPolicy *policy)
{
    if (!value.isObject())
        return failValue(path, value, PolicyFile::tr("an object"));
    const QJsonObject o = value.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString &key = it.key();
        if (key != QLatin1String("effective") && key != QLatin1String("pause_statuses") &&
            key != QLatin1String("resolved_statuses") && key != QLatin1String("severities"))
            return fail(child(path, key), PolicyFile::tr("unknown key"));
    }
    const QJsonValue effective = o.value(QLatin1String("effective"));
    policy->effectiveFrom = QDate::fromString(effective.toString(), Qt::ISODate);
    if (!effective.isString() || !policy->effectiveFrom.isValid())
        return failValue(child(path, QStringLiteral("effective")), effective,
                         PolicyFile::tr("a date YYYY-MM-DD"));
    if (o.contains(QLatin1String("pause_statuses")) &&
        !readStatuses(child(path, QStringLiteral("pause_statuses")), o.value(QLatin1String("pause_statuses")),
                      &policy->pauseStatuses))
        return false;
    if (o.contains(QLatin1String("resolved_statuses")) &&
        !readStatuses(child(path, QStringLiteral("resolved_statuses")),
                      o.value(QLatin1String("resolved_statuses")), &policy->resolvedStatuses))
        return false;
    for (const QString &status : std::as_const(policy->pauseStatuses)) {
        if (policy->isResolvedStatus(status))
            return fail(child(path, QStringLiteral("pause_statuses")),
                        PolicyFile::tr("\"%1\" is also a resolved status").arg(status));
    }
    return readSeverities(child(path, QStringLiteral("severities")), o.value(QLatin1String("severities")),
                          policy);
}

bool Reader::readStatuses(const QString &path, const QJsonValue &value, QStringList *statuses)
{
    if (!value.isArray())
        return failValue(path, value, PolicyFile::tr("a list of statuses"));
    statuses->clear();
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue v = list.at(i);
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return failValue(indexed(path, i), v, PolicyFile::tr("a status name"));
        statuses->append(v.toString().trimmed());
    }
    return true;
}

bool Reader::readSeverities(const QString &path, const QJsonValue &value, SlaPolicy *policy)
{
    if (!value.isObject())
        return failValue(path, value, PolicyFile::tr("an object with the severities \"1\" to \"4\""));
    const QJsonObject o = value.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        bool ok = false;
        const int severity = it.key().toInt(&ok);
        if (!ok || !SlaPolicy::isValidSeverity(severity))
            return fail(child(path, it.key()), PolicyFile::tr("unknown severity (expected \"1\" to \"4\")"));
    }
    for (int severity = 1; severity <= SlaPolicy::SeverityCount; ++severity) {
        const QString key = QString::number(severity);
        if (!o.contains(key))
            return fail(child(path, key),
                        PolicyFile::tr("missing: every severity from 1 to 4 needs targets"));
        if (!readTarget(child(path, key), o.value(key), &policy->target(severity)))
            return false;
    }
    return true;
}

bool Reader::readTarget(const QString &path, const QJsonValue &value, SlaSeverityTarget *target)
{
    if (!value.isObject())
        return failValue(path, value, PolicyFile::tr("an object"));
    const QJsonObject o = value.toObject();
    static const char *const known[] = {"response_minutes", "resolution_minutes", "response_24x7",
                                        "resolution_24x7",  "warning_at",         "target_percent"};
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (std::none_of(std::begin(known), std::end(known),
                         [&it](const char *k) { return it.key() == QLatin1String(k); }))
            return fail(child(path, it.key()), PolicyFile::tr("unknown key"));
    }
    const auto at = [&](const char *key) { return child(path, QLatin1String(key)); };
    const auto v = [&](const char *key) { return o.value(QLatin1String(key)); };
    if (!readMinutes(at("response_minutes"), v("response_minutes"), &target->responseMinutes) ||
        !readMinutes(at("resolution_minutes"), v("resolution_minutes"), &target->resolutionMinutes))
        return false;
    if (o.contains(QLatin1String("response_24x7")) &&
        !readBool(at("response_24x7"), v("response_24x7"), &target->response24x7))
        return false;
    if (o.contains(QLatin1String("resolution_24x7")) &&
        !readBool(at("resolution_24x7"), v("resolution_24x7"), &target->resolution24x7))
        return false;
    if (o.contains(QLatin1String("warning_at")) &&
        !readNumber(at("warning_at"), v("warning_at"), 0.0, false, 1.0,
                    PolicyFile::tr("a fraction above 0 and at most 1"), &target->warningFraction))
        return false;
    if (o.contains(QLatin1String("target_percent")) &&
        !readNumber(at("target_percent"), v("target_percent"), 0.0, true, 100.0,
                    PolicyFile::tr("a percentage from 0 to 100"), &target->targetPercent))
        return false;
    return true;
}

bool Reader::readMinutes(const QString &path, const QJsonValue &value, int *minutes)
{
    const double d = value.toDouble(-1.0);
    // Up to ten years of minutes: more is a typo, and it keeps seconds well inside qint64.
    if (!value.isDouble() || d < 0 || d != std::floor(d) || d > 10.0 * 366 * 24 * 60)
        return failValue(path, value, PolicyFile::tr("a whole number of minutes (0 for no target)"));
    *minutes = int(d);
    return true;
}

bool Reader::readBool(const QString &path, const QJsonValue &value, bool *out)
{
    if (!value.isBool())
        return failValue(path, value, PolicyFile::tr("true or false"));
    *out = value.toBool();
    return true;
}

bool Reader::readNumber(const QString &path, const QJsonValue &value, double low, bool lowInclusive,
                        double high, const QString &expected, double *out)
{
    const double d = value.toDouble();
    const bool aboveLow = lowInclusive ? d >= low : d > low;
    if (!value.isDouble() || !aboveLow || d > high)
        return failValue(path, value, expected);
    *out = d;
    return true;
}

/// 1-based line and column of a byte offset, for syntax errors.
void locate(const QByteArray &json, int offset, qint64 *line, int *column)
{
    *line = 1;
    int lineStart = 0;
    const int end = qMin(offset, int(json.size()));
    for (int i = 0; i < end; ++i) {
        if (json.at(i) == '\n') {
            ++*line;
            lineStart = i + 1;
        }
    }
    *column = QString::fromUtf8(json.mid(lineStart, end - lineStart)).size() + 1;
}

QJsonObject targetToJson(const SlaSeverityTarget &t)
{
    QJsonObject o;
    o.insert(QLatin1String("response_minutes"), t.responseMinutes);
    o.insert(QLatin1String("resolution_minutes"), t.resolutionMinutes);
    o.insert(QLatin1String("response_24x7"), t.response24x7);
    o.insert(QLatin1String("resolution_24x7"), t.resolution24x7);
    o.insert(QLatin1String("warning_at"), t.warningFraction);
    o.insert(QLatin1String("target_percent"), t.targetPercent);
    return o;
}

} // namespace

std::optional<SlaPolicyHistory> PolicyFile::read(const QString &path, ExchangeError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = ExchangeError{path, 0, 0, tr("cannot open the policy file: %1").arg(file.errorString())};
        return std::nullopt;
    }
    return fromJson(file.readAll(), error, path);
}

std::optional<SlaPolicyHistory> PolicyFile::fromJson(const QByteArray &json, ExchangeError *error,
                                                     const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        ExchangeError e{fileName, 0, 0, tr("not valid JSON: %1").arg(parseError.errorString())};
        locate(json, parseError.offset, &e.line, &e.column);
        if (error)
            *error = e;
        return std::nullopt;
    }
    if (const StrictJson::Finding raw = StrictJson::findRawControlInString(json); raw.found) {
        if (error) {
            *error =
                ExchangeError{fileName, raw.line, raw.column,
                              tr("not valid JSON: a raw control character (0x%1) inside a string; escape it "
                                 "(for example \\u0009 for a tab)")
                                  .arg(raw.byte, 2, 16, QLatin1Char('0'))};
        }
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = ExchangeError{fileName, 0, 0, tr("a policy file is a JSON object with \"versions\"")};
        return std::nullopt;
    }
    SlaPolicyHistory history;
    Reader reader;
    if (!reader.readRoot(doc.object(), &history)) {
        if (error)
            *error = ExchangeError{fileName, 0, 0, reader.error()};
        return std::nullopt;
    }
    return history;
}

QByteArray PolicyFile::toJson(const SlaPolicyHistory &history)
{
    QJsonArray versions;
    for (const SlaPolicy &p : history.versions()) {
        QJsonObject severities;
        for (int s = 1; s <= SlaPolicy::SeverityCount; ++s)
            severities.insert(QString::number(s), targetToJson(p.target(s)));
        QJsonObject v;
        v.insert(QLatin1String("effective"), p.effectiveFrom.toString(Qt::ISODate));
        v.insert(QLatin1String("pause_statuses"), QJsonArray::fromStringList(p.pauseStatuses));
        v.insert(QLatin1String("resolved_statuses"), QJsonArray::fromStringList(p.resolvedStatuses));
        v.insert(QLatin1String("severities"), severities);
        versions.append(v);
    }
    QJsonObject root;
    root.insert(QLatin1String("name"), history.name());
    root.insert(QLatin1String("versions"), versions);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool PolicyFile::write(const QString &path, const SlaPolicyHistory &history, ExchangeError *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(history)) < 0 || !file.commit()) {
        if (error)
            *error =
                ExchangeError{path, 0, 0, tr("cannot write the policy file: %1").arg(file.errorString())};
        return false;
    }
    return true;
}

} // namespace Exchange
