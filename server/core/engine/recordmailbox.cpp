// SPDX-License-Identifier: MIT
#include "recordmailbox.h"

#include "datagramlogmodel.h"


void RecordMailbox::setLimits(int rows, qint64 bytes)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_maxRows = qMax(1, rows);
    m_maxBytes = qMax<qint64>(1, bytes);
}

qint64 RecordMailbox::bytesOf(const DatagramBatch &batch)
{
    qint64 bytes = 0;
    for (const DatagramRecord &record : batch)
        bytes += DatagramLogModel::rowCost(record);
    return bytes;
}

bool RecordMailbox::post(const DatagramBatch &batch)
{
    if (batch.isEmpty())
        return false;
    const qint64 bytes = bytesOf(batch);  // outside the lock: the reader waits only for the push
    const std::lock_guard<std::mutex> lock(m_mutex);
    const bool wake = std::exchange(m_readerWaiting, false);
    m_batches.emplace_back(batch, bytes);  // shared, not copied: the engine detaches if it reuses it
    m_rows += batch.size();
    m_bytes += bytes;
    // The oldest go while the newer ones alone still fill the log: it would trim them at once.
    while (m_batches.size() > 1) {
        const auto &[oldest, oldestBytes] = m_batches.front();
        if (m_rows - oldest.size() < m_maxRows && m_bytes - oldestBytes < m_maxBytes)
            break;
        m_rows -= oldest.size();
        m_bytes -= oldestBytes;
        m_dropped += quint64(oldest.size());
        m_batches.pop_front();
    }
    return wake;
}

RecordMailbox::Taken RecordMailbox::take()
{
    Taken taken;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        taken.batches.reserve(m_batches.size());
        for (auto &entry : m_batches)
            taken.batches.push_back(std::move(entry.first));
        m_batches.clear();
        taken.dropped = std::exchange(m_dropped, 0);
        m_readerWaiting = taken.batches.empty() && taken.dropped == 0;
        m_rows = 0;
        m_bytes = 0;
    }
    return taken;
}
