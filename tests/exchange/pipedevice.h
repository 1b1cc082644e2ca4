#pragma once

// Bytes read as from a pipe: a sequential device that cannot seek, so readers that would read a
// file twice (the list import's first pass, sla replay's byte-level reading) read it once.
#include <QByteArray>
#include <QIODevice>

#include <cstring>

namespace ExchangeTest {

class PipeDevice : public QIODevice
{
public:
    explicit PipeDevice(const QByteArray &data) : m_data(data) {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_at + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 size) override
    {
        const qint64 n = qMin(size, m_data.size() - m_at);
        std::memcpy(data, m_data.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_at = 0;
};

} // namespace ExchangeTest
