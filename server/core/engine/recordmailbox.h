// SPDX-License-Identifier: MIT
#pragma once

#include "datagramrecord.h"
#include "defaults.h"

#include <mutex>

#include <deque>
#include <utility>
#include <vector>

// Records handed from the engine's thread to the window's, bounded. The engine posts each batch it
// served and never waits; the window takes all that is there when it gets round to it. If the
// window falls further behind than its log could show (rows and payload bytes, the log's own
// limits), the oldest batches are dropped here and counted: the log would have trimmed them anyway,
// and memory stays bounded however long a paint, a dialog or a slow machine keeps the window away.
class RecordMailbox
{
public:
    // The log's limits; a batch is dropped only whole, once the newer ones alone fill them.
    void setLimits(int rows, qint64 bytes);

    // The engine's thread. True when the reader must be woken: it is waiting (its last take found
    // nothing). A reader that took something comes back by itself (ServerEngine polls while
    // records flow), so a flood costs the engine no wake per batch and the window no switch per
    // batch; the first record after a quiet spell still wakes it at once.
    bool post(const DatagramBatch &batch);

    struct Taken
    {
        std::vector<DatagramBatch> batches;  // oldest first, as served
        quint64 dropped = 0;                 // datagrams dropped since the last take
    };
    // The reader's thread: everything posted since the last take. An empty take means the reader
    // waits for the next post's wake.
    Taken take();

    // Bytes a batch costs while it waits: what its rows will cost the log.
    static qint64 bytesOf(const DatagramBatch &batch);

private:
    std::mutex m_mutex;  // std, not QMutex: ThreadSanitizer sees it (blockingrunner.h)
    std::deque<std::pair<DatagramBatch, qint64>> m_batches;  // with each batch's bytes
    qint64 m_rows = 0;
    qint64 m_bytes = 0;
    quint64 m_dropped = 0;
    bool m_readerWaiting = true;
    int m_maxRows = Defaults::LogRows.defaultValue;
    qint64 m_maxBytes = Defaults::LogBytes;
};
