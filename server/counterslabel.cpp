// SPDX-License-Identifier: MIT
#include "counterslabel.h"

#include "datagramlogmodel.h"
#include "helloserver.h"

#include <QLocale>

namespace {
constexpr int IntervalMs = 250;
}

CountersLabel::CountersLabel(HelloServer *server, const DatagramLogModel *log, QWidget *parent)
    : QLabel(parent)
    , m_server(server)
    , m_log(log)
{
    setAccessibleDescription(tr("Counters"));
    const QLocale locale;
    setToolTip(tr("Rows trimmed: the oldest leave the log beyond %1 rows or %2 of payload; "
                  "every datagram is still counted here.")
                   .arg(locale.toString(m_log->maxRows()), locale.formattedDataSize(m_log->maxBytes())));
    connect(&m_timer, &QTimer::timeout, this, &CountersLabel::refresh);
    m_timer.start(IntervalMs);
}

void CountersLabel::refresh()
{
    const HelloServer::Counters c = m_server->counters();
    const QLocale locale;
    QString text = tr("Received %1 (%2/s) · answered %3 · unanswered %4 · in %5 · out %6")
                       .arg(locale.toString(c.received), locale.toString(qRound64(m_server->receivedPerSecond())),
                            locale.toString(c.answered), locale.toString(c.unanswered),
                            locale.formattedDataSize(qint64(c.bytesIn)), locale.formattedDataSize(qint64(c.bytesOut)));
    if (c.rateLimited > 0)
        text += tr(" · rate-limited %1").arg(locale.toString(c.rateLimited));
    if (m_server->isListening() && m_server->effectiveRateLimit() > 0)
        text += tr(" · limit %1/s per source network").arg(m_server->effectiveRateLimit());
    if (m_log->trimmedCount() > 0)
        text += tr(" · %1 trimmed").arg(locale.toString(m_log->trimmedCount()));
    if (this->text() != text)
        setText(text);
}
