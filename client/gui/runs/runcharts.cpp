// SPDX-License-Identifier: MIT
#include "runcharts.h"

#include "runtimeline.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QScatterSeries>
#include <QComboBox>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {
// The top of a value axis: a little above the highest point, never a zero-height range.
double topFor(double highest) { return highest > 0 ? highest * 1.15 : 1.0; }

// Sets [low, high] widened to round ticks (1, 2 or 5 times a power of ten), only if that changed:
// each change re-lays out every point of the chart (measured: ~3 ms for 3,000), so the ranges are
// set once a refresh at most, never through QValueAxis::applyNiceNumbers() after a setRange().
void setNiceRange(QValueAxis *axis, double low, double high)
{
    const double span = std::max(high - low, 1e-9);
    const double rough = span / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rough)
            break;
    }
    const double from = std::floor(low / step) * step;
    const double to = std::ceil(high / step) * step;
    const int ticks = int(std::lround((to - from) / step)) + 1;
    if (axis->min() != from || axis->max() != to)
        axis->setRange(from, to);
    if (axis->tickCount() != ticks)
        axis->setTickCount(ticks);
}
} // namespace

RunCharts::RunCharts(QWidget *parent)
    : QWidget(parent)
    , m_roundTrips(new QLineSeries(this))
    , m_losses(new QScatterSeries(this))
    , m_sent(new QLineSeries(this))
    , m_answered(new QLineSeries(this))
    , m_rttTime(new QValueAxis(this))
    , m_rttMs(new QValueAxis(this))
    , m_rateTime(new QValueAxis(this))
    , m_rate(new QValueAxis(this))
{
    m_roundTrips->setName(tr("Round trip (ms)"));
    // A plain line through the replies: markers on thousands of points cost more than the window
    // can spend four times a second.
    m_losses->setName(tr("Lost"));
    m_losses->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_losses->setMarkerSize(6);
    m_losses->setColor(Qt::red);
    m_losses->setBorderColor(Qt::red);
    m_sent->setName(tr("Sent per second"));
    m_answered->setName(tr("Answered per second"));
    m_rttTime->setTitleText(tr("seconds"));
    m_rateTime->setTitleText(tr("seconds"));
    for (QValueAxis *axis : {m_rttTime, m_rttMs, m_rateTime, m_rate})
        axis->setLabelFormat(QStringLiteral("%g"));

    QChart *rtt = newChart(tr("Round trip of each reply; lost datagrams marked at 0"), m_rttTime, m_rttMs);
    for (QXYSeries *series : {static_cast<QXYSeries *>(m_roundTrips), static_cast<QXYSeries *>(m_losses)}) {
        rtt->addSeries(series);
        series->attachAxis(m_rttTime);
        series->attachAxis(m_rttMs);
    }
    QChart *rate = newChart(tr("Datagrams per second"), m_rateTime, m_rate);
    for (QLineSeries *series : {m_sent, m_answered}) {
        rate->addSeries(series);
        series->attachAxis(m_rateTime);
        series->attachAxis(m_rate);
    }
    // A choice and a stack rather than tabs: Qt's tab bar tells assistive technology that its
    // current tab has the focus whatever has it.
    auto *choice = new QComboBox(this);
    choice->setObjectName(QStringLiteral("runChartChoice"));
    choice->setAccessibleName(tr("Chart"));
    auto *stack = new QStackedWidget(this);
    for (QChart *chart : {rtt, rate}) {
        auto *view = new QChartView(chart, stack);
        view->setRenderHint(QPainter::Antialiasing, false);  // thousands of points, redrawn live
        // Enough to read, not so much that the conversation above is squeezed out.
        view->setMinimumHeight(fontMetrics().height() * 10);
        view->setMaximumHeight(fontMetrics().height() * 15);
        stack->addWidget(view);
        choice->addItem(chart == rtt ? tr("Round trip") : tr("Per second"));
    }
    connect(choice, &QComboBox::currentIndexChanged, stack, &QStackedWidget::setCurrentIndex);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(choice, 0, Qt::AlignLeft);
    layout->addWidget(stack);
    refresh(RunTimeline(), false);
}

QChart *RunCharts::newChart(const QString &title, QValueAxis *x, QValueAxis *y)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    return chart;
}

void RunCharts::refresh(const RunTimeline &timeline, bool running)
{
    if (timeline.version() == m_drawnVersion && running == m_drawnRunning)
        return;
    m_drawnVersion = timeline.version();
    m_drawnRunning = running;

    const auto &replies = timeline.roundTrips();
    QList<QPointF> points(replies.begin(), replies.end());
    double highest = 0;
    for (const QPointF &p : points)
        highest = std::max(highest, p.y());
    QList<QPointF> losses;
    losses.reserve(qsizetype(timeline.losses().size()));
    for (double t : timeline.losses())
        losses.append(QPointF(t, 0));
    // The time axis spans what is kept: from the start, or once the oldest were let go, from the
    // oldest reply or loss in view, to the newest.
    const bool trimmed = replies.size() >= size_t(RunTimeline::MaxPoints)
        || timeline.losses().size() >= size_t(RunTimeline::MaxPoints);
    double first = points.isEmpty() || !trimmed ? 0 : points.first().x();
    double last = points.isEmpty() ? 0 : points.last().x();
    if (!losses.isEmpty()) {
        first = trimmed ? std::min(points.isEmpty() ? losses.first().x() : first, losses.first().x()) : 0;
        last = std::max(last, losses.last().x());
    }
    m_roundTrips->replace(points);
    m_losses->replace(losses);
    setNiceRange(m_rttTime, first, std::max(last, first + 1));
    setNiceRange(m_rttMs, 0, topFor(highest));

    QList<QPointF> sent;
    QList<QPointF> answered;
    const auto &seconds = timeline.perSecond();
    const size_t complete = running && !seconds.empty() ? seconds.size() - 1 : seconds.size();
    double most = 0;
    for (size_t i = 0; i < complete; ++i) {
        const RunTimeline::Second &s = seconds[i];
        sent.append(QPointF(double(s.second), double(s.sent)));
        answered.append(QPointF(double(s.second), double(s.answered)));
        most = std::max({most, double(s.sent), double(s.answered)});
    }
    m_sent->replace(sent);
    m_answered->replace(answered);
    const double from = sent.isEmpty() ? 0 : sent.first().x();
    const double to = sent.isEmpty() ? 0 : sent.last().x();
    setNiceRange(m_rateTime, from, std::max(to, from + 1));
    setNiceRange(m_rate, 0, topFor(most));
}

int RunCharts::roundTripPoints() const { return int(m_roundTrips->count()); }
int RunCharts::lossPoints() const { return int(m_losses->count()); }
int RunCharts::secondPoints() const { return int(m_sent->count()); }
