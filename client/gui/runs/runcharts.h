// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QChart;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class RunTimeline;

// A run's live charts (Qt Charts): the round trip of each reply over time with losses marked,
// and datagrams sent and answered per second. They draw what RunTimeline keeps (bounded), when
// asked, at the caller's modest pace, never once per datagram.
class RunCharts : public QWidget
{
    Q_OBJECT

public:
    explicit RunCharts(QWidget *parent = nullptr);

    // Redraws from the timeline if it changed since the last time. While running, the current
    // second is still filling: it is left out of the per-second chart so that it does not look
    // like a fall.
    void refresh(const RunTimeline &timeline, bool running);

    // Points drawn now, for tests: replies, losses, seconds.
    int roundTripPoints() const;
    int lossPoints() const;
    int secondPoints() const;

private:
    static QChart *newChart(const QString &title, QValueAxis *x, QValueAxis *y);

    QLineSeries *m_roundTrips = nullptr;
    QScatterSeries *m_losses = nullptr;
    QLineSeries *m_sent = nullptr;
    QLineSeries *m_answered = nullptr;
    QValueAxis *m_rttTime = nullptr;
    QValueAxis *m_rttMs = nullptr;
    QValueAxis *m_rateTime = nullptr;
    QValueAxis *m_rate = nullptr;
    quint64 m_drawnVersion = ~0ULL;
    bool m_drawnRunning = false;
};
