// SPDX-License-Identifier: MIT
#include "trafficconsole.h"

#include "arrivaltime.h"
#include "displaytext.h"
#include "runstatistics.h"

#include <QTimer>

namespace {
// Milliseconds with three decimals (µs), as ping prints them; C locale: scripts read these.
QString ms(double ns) { return QString::number(ns / 1e6, 'f', 3); }

QString percent(quint64 part, quint64 whole)
{
    if (whole == 0)
        return QStringLiteral("0");
    const double p = 100.0 * double(part) / double(whole);
    return part * 100 % whole == 0 ? QString::number(quint64(p + 0.5)) : QString::number(p, 'f', 1);
}
} // namespace

TrafficConsole::TrafficConsole(std::FILE *out)
    : m_out(out)
{
}

void TrafficConsole::print(const QString &line)
{
    const QByteArray bytes = line.toLocal8Bit() + '\n';
    m_out.write(bytes);
}

QString TrafficConsole::summary(const RunStatistics &stats, const QString &endpoint)
{
    QString text = tr("--- %1 ---").arg(endpoint) + QLatin1Char('\n')
        + tr("%1 sent, %2 answered, %3% lost, %4 duplicated, %5 reordered, %6/s")
              .arg(QString::number(stats.sentCount()), QString::number(stats.answeredCount()),
                   percent(stats.lostCount(), stats.sentCount()), QString::number(stats.duplicatedCount()),
                   QString::number(stats.reorderedCount()), QString::number(stats.sendRate(), 'f', 1));
    if (stats.lateCount() > 0)
        text += tr(", %1 late").arg(stats.lateCount());
    if (stats.answeredCount() > 0) {
        text += QLatin1Char('\n')
            + tr("rtt min/p50/p99/max = %1/%2/%3/%4 ms, jitter %5 ms")
                  .arg(ms(double(stats.minNs())), ms(double(stats.p50Ns())), ms(double(stats.p99Ns())),
                       ms(double(stats.maxNs())), ms(stats.jitterNs()));
        if (!ArrivalTime::isSupported())
            text += QLatin1Char('\n') + tr("(timed when read: this system gives no kernel receive times)");
    }
    return text;
}

int TrafficConsole::run(const TrafficRun::Settings &settings)
{
    // Each line names who answered: the server, or with anyone answering, each responder.
    QObject::connect(&m_run, &TrafficRun::replyReceived,
                     [this](quint64 seq, const QByteArray &reply, qint64 rttNs, const QString &from) {
        print(tr("%1 from %2 seq=%3 time=%4 ms")
                  .arg(DisplayText::escaped(reply, 200), from, QString::number(seq), ms(double(rttNs))));
    });
    QObject::connect(&m_run, &TrafficRun::duplicateReceived, [this](quint64 seq, const QByteArray &reply, const QString &from) {
        print(tr("%1 from %2 seq=%3 (duplicate)").arg(DisplayText::escaped(reply, 200), from, QString::number(seq)));
    });
    QObject::connect(&m_run, &TrafficRun::unexpectedReceived, [this](const QByteArray &reply, const QString &from) {
        print(tr("%1 from %2 (answers none of this run's datagrams in time)").arg(DisplayText::escaped(reply, 200), from));
    });
    QObject::connect(&m_run, &TrafficRun::replyTimedOut, [this](quint64 seq) {
        print(tr("no reply from %1 seq=%2 within %3 ms")
                  .arg(m_run.serverEndpoint(), QString::number(seq), QString::number(m_run.settings().timeoutMs)));
    });
    QObject::connect(&m_run, &TrafficRun::errorOccurred, [this](const QString &message) { print(message); });
    QObject::connect(&m_run, &TrafficRun::finished, QCoreApplication::instance(), &QCoreApplication::quit,
                     Qt::QueuedConnection);
    // Started from the event loop, so a run that ends at once (a bad address) still ends it.
    QTimer::singleShot(0, &m_run, [this, settings] { m_run.start(settings); });
    QCoreApplication::exec();
    m_run.stop();  // Ctrl+C: what has no reply yet counts as lost
    print(summary(m_run.statistics(), m_run.serverEndpoint()));
    return m_run.statistics().answeredCount() > 0 ? 0 : 1;
}
