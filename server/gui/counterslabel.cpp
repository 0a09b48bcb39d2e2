// SPDX-License-Identifier: MIT
#include "counterslabel.h"

#include "datagramlogmodel.h"
#include "serverengine.h"
#include "socketdrops.h"

#include <QLocale>

namespace {
constexpr int IntervalMs = 250;
}

CountersLabel::CountersLabel(ServerEngine *server, const DatagramLogModel *log, QWidget *parent)
    : QLabel(parent)
    , m_server(server)
    , m_log(log)
{
    setAccessibleDescription(tr("Counters"));
    const QLocale locale;
    m_rowsTip = (tr("Rows trimmed: the oldest leave the log beyond %1 rows or %2 of payload; "
                  "every datagram is still counted here.")
                   .arg(locale.toString(m_log->maxRows()), locale.formattedDataSize(m_log->maxBytes())));
    setToolTip(m_rowsTip);
    connect(&m_timer, &QTimer::timeout, this, &CountersLabel::refresh);
    m_timer.start(IntervalMs);
}

void CountersLabel::refresh()
{
    const ServerEngine::Status status = m_server->status();  // one question to the engine's thread
    const HelloServer::Counters &c = status.counters;
    const QLocale locale;
    // Where the system cannot count its drops, a 0 would say none were lost.
    const QString dropped = SocketDrops::isSupported() ? locale.toString(c.droppedBySystem) : tr("not counted here");
    QString text = tr("Received %1 (%2/s) · dropped by the system: %3 · answered %4 · unanswered %5 · in %6 · out %7")
                       .arg(locale.toString(c.received), locale.toString(qRound64(status.receivedPerSecond)),
                            dropped, locale.toString(c.answered),
                            locale.toString(c.unanswered), locale.formattedDataSize(qint64(c.bytesIn)),
                            locale.formattedDataSize(qint64(c.bytesOut)));
    if (c.rateLimited > 0)
        text += tr(" · rate-limited %1").arg(locale.toString(c.rateLimited));
    if (c.heldBack > 0)
        text += tr(" · held back %1 (would amplify)").arg(locale.toString(c.heldBack));
    if (status.listening && status.effectiveRateLimit > 0)
        text += tr(" · limit %1/s per source network").arg(status.effectiveRateLimit);
    if (m_log->trimmedCount() > 0)
        text += tr(" · %1 trimmed").arg(locale.toString(m_log->trimmedCount()));
    if (this->text() != text)
        setText(text);
    // What the system granted, where the drops are explained: it is why a burst overflows.
    QString tip = m_rowsTip + QLatin1Char('\n')
        + tr("Dropped by the system: datagrams discarded before they were read, because the receive "
             "buffer (%1, as granted by the system) was full.").arg(locale.formattedDataSize(status.receiveBufferSize));
    if (!SocketDrops::isSupported())
        tip += QLatin1Char(' ') + tr("This system does not say how many (Linux does).");
    if (toolTip() != tip)
        setToolTip(tip);
}
