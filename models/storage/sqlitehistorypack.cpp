#include "models/storage/sqlitehistorypack.h"

#include <sqlite3.h>

#include <cstring>
#include <string>

namespace Storage {

namespace {

constexpr std::size_t s_fixed = 2 * sizeof(std::int64_t) + 2 * sizeof(std::int32_t);

void append(std::string *out, const void *value, std::size_t size)
{
    out->append(static_cast<const char *>(value), size);
}

void step(sqlite3_context *context, int, sqlite3_value **values)
{
    auto **buffer = static_cast<std::string **>(sqlite3_aggregate_context(context, sizeof(std::string *)));
    if (!buffer) {
        sqlite3_result_error_nomem(context);
        return;
    }
    if (!*buffer)
        *buffer = new std::string;
    const std::int64_t seq = sqlite3_value_int64(values[0]);
    const std::int64_t changedAt = sqlite3_value_int64(values[1]);
    const std::int32_t severity = sqlite3_value_int(values[2]);
    const auto *status = reinterpret_cast<const char *>(sqlite3_value_text(values[3]));
    const std::int32_t length = status ? sqlite3_value_bytes(values[3]) : -1;
    std::string &out = **buffer;
    out.reserve(out.size() + s_fixed + std::size_t(length > 0 ? length : 0));
    append(&out, &seq, sizeof seq);
    append(&out, &changedAt, sizeof changedAt);
    append(&out, &severity, sizeof severity);
    append(&out, &length, sizeof length);
    if (length > 0)
        out.append(status, std::size_t(length));
}

void finish(sqlite3_context *context)
{
    auto **buffer = static_cast<std::string **>(sqlite3_aggregate_context(context, 0));
    if (!buffer || !*buffer) {
        sqlite3_result_null(context); // no status change
        return;
    }
    std::string *out = *buffer;
    sqlite3_result_blob64(context, out->data(), sqlite3_uint64(out->size()), SQLITE_TRANSIENT);
    delete out;
    *buffer = nullptr;
}

} // namespace

int SqliteHistoryPack::registerOn(sqlite3 *db)
{
    return sqlite3_create_function_v2(db, FunctionName, 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                      nullptr, &step, &finish, nullptr);
}

SqliteHistoryPack::Reader::Reader(const void *data, int size)
    : m_at(static_cast<const char *>(data)), m_end(m_at ? m_at + (size > 0 ? size : 0) : nullptr)
{
}

bool SqliteHistoryPack::Reader::next(Change *change)
{
    if (m_at == m_end)
        return false;
    if (std::size_t(m_end - m_at) < s_fixed) {
        m_malformed = true;
        return false;
    }
    std::int32_t severity = 0;
    std::int32_t length = 0;
    std::memcpy(&change->seq, m_at, sizeof(std::int64_t));
    std::memcpy(&change->changedAt, m_at + 8, sizeof(std::int64_t));
    std::memcpy(&severity, m_at + 16, sizeof severity);
    std::memcpy(&length, m_at + 20, sizeof length);
    m_at += s_fixed;
    if (length > m_end - m_at || length < -1) {
        m_malformed = true;
        return false;
    }
    change->severity = severity;
    if (length < 0) {
        change->status = QByteArray();
    } else {
        change->status = QByteArray::fromRawData(m_at, length);
        m_at += length;
    }
    return true;
}

} // namespace Storage
