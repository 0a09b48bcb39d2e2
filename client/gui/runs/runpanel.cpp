// SPDX-License-Identifier: MIT
#include "runpanel.h"
#include "sequencedmessage.h"

#include "defaults.h"

#include "conversationmodel.h"
#include "runcharts.h"
#include "runsummary.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QGuiApplication>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace {
enum class Pace { Interval, Rate };
constexpr char DefaultMessage[] = "run {seq}";
} // namespace

RunPanel::RunPanel(ConversationModel *conversation, QWidget *parent)
    : QWidget(parent)
    , m_conversation(conversation)
    , m_show(new QCheckBox(tr("&Measured runs: one message, many times"), this))
    , m_frame(new QWidget(this))
    , m_message(new QLineEdit(QString::fromLatin1(DefaultMessage), m_frame))
    , m_count(new QSpinBox(m_frame))
    , m_pace(new QComboBox(m_frame))
    , m_paceValue(new QSpinBox(m_frame))
    , m_startStop(new QPushButton(tr("Start"), m_frame))
    , m_figures(new QLabel(m_frame))
    , m_charts(new RunCharts(m_frame))
{
    describeFields();
    layOut();
    connectRun();
    onPaceChanged();
    onFinished();
}

// Names, tooltips and ranges: what a screen reader and a test find, what a user reads.
void RunPanel::describeFields()
{
    m_show->setObjectName(QStringLiteral("runsCheck"));
    m_show->setToolTip(tr("Send one message again and again, count what comes back and chart the round trips"));
    m_message->setObjectName(QStringLiteral("runMessageEdit"));
    m_message->setAccessibleName(tr("Run message"));
    m_message->setToolTip(tr("{seq} becomes each datagram's number (1, 2, 3…), so that every reply says "
                             "which datagram it answers: duplicates and reordering can then be told"));
    m_count->setObjectName(QStringLiteral("runCountSpin"));
    m_count->setAccessibleName(tr("How many datagrams"));
    m_count->setRange(0, Defaults::RunCountMax);
    m_count->setValue(Defaults::RunCount);
    m_count->setGroupSeparatorShown(true);
    const auto countSuffix = [this](int count) { m_count->setSuffix(tr(" times", nullptr, count)); };
    countSuffix(m_count->value());
    connect(m_count, &QSpinBox::valueChanged, this, countSuffix);
    m_count->setSpecialValueText(tr("until stopped"));
    m_pace->setObjectName(QStringLiteral("runPaceCombo"));
    m_pace->setAccessibleName(tr("Pace"));
    m_pace->addItem(tr("one every"), int(Pace::Interval));
    m_pace->addItem(tr("at a rate of"), int(Pace::Rate));
    m_paceValue->setObjectName(QStringLiteral("runPaceSpin"));
    m_paceValue->setAccessibleName(tr("Interval or rate"));
    m_paceValue->setGroupSeparatorShown(true);
    m_startStop->setObjectName(QStringLiteral("runStartStopButton"));
    m_figures->setObjectName(QStringLiteral("runFiguresLabel"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setAccessibleName(tr("Run figures"));
    QSizePolicy ignoreWidth = m_figures->sizePolicy();
    ignoreWidth.setHorizontalPolicy(QSizePolicy::Ignored);  // a long line wraps, never widens the window
    m_figures->setSizePolicy(ignoreWidth);
}

// Folded, a checkbox; unfolded: the message, count, pace and Start on a row, the figures, the charts.
void RunPanel::layOut()
{
    auto *row = new QHBoxLayout;
    row->addWidget(m_count);
    row->addWidget(m_pace);
    row->addWidget(m_paceValue);
    row->addStretch(1);
    row->addWidget(m_startStop);
    auto *frameLayout = new QVBoxLayout(m_frame);
    frameLayout->setContentsMargins(0, 0, 0, 0);
    frameLayout->addWidget(m_message);
    frameLayout->addLayout(row);
    frameLayout->addWidget(m_figures);
    frameLayout->addWidget(m_charts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_show);
    layout->addWidget(m_frame, 1);
    m_frame->setVisible(false);
}

void RunPanel::connectRun()
{
    // Folded, it is one line and takes no room from the conversation; unfolded, the charts share it.
    connect(m_show, &QCheckBox::toggled, this, [this](bool shown) {
        m_frame->setVisible(shown);
        setSizePolicy(QSizePolicy::Preferred, shown ? QSizePolicy::Preferred : QSizePolicy::Maximum);
        refresh();
    });
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_pace, &QComboBox::currentIndexChanged, this, &RunPanel::onPaceChanged);
    connect(m_startStop, &QPushButton::clicked, this, [this] { m_run.isRunning() ? stop() : start(); });
    connect(&m_run, &TrafficRun::datagramSent, this, [this] { m_timeline.sent(); });
    // Datagrams, as the figures count them: a first answer each (not every responder's), and
    // every loss, those given up on when the run is stopped too.
    connect(&m_run, &TrafficRun::datagramAnswered, this,
            [this](quint64, qint64 roundTripNs) { m_timeline.answered(roundTripNs); });
    connect(&m_run, &TrafficRun::datagramLost, this, [this](quint64, qint64 waitedNs) { m_timeline.lost(waitedNs); });
    connect(&m_run, &TrafficRun::errorOccurred, m_conversation, &ConversationModel::addError);
    connect(&m_run, &TrafficRun::finished, this, &RunPanel::onFinished);
    m_refreshTimer.setInterval(RefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &RunPanel::refresh);
}

void RunPanel::onPaceChanged()
{
    if (Pace(m_pace->currentData().toInt()) == Pace::Interval) {
        m_paceValue->setRange(1, int(Defaults::RunIntervalMsMax));
        m_paceValue->setValue(Defaults::RunIntervalMs);
        m_paceValue->setSuffix(tr(" ms"));
    } else {
        m_paceValue->setRange(1, Defaults::RunRateMax);
        m_paceValue->setValue(1000 / Defaults::RunIntervalMs);
        m_paceValue->setSuffix(tr(" datagrams/s"));
    }
}

TrafficRun::Settings RunPanel::settings() const
{
    TrafficRun::Settings s;
    bool encodable = true;  // a character the encoding lacks becomes its '?', as the console's
    s.message = TextEncoding::encode(m_message->text(), m_conversation->encoding(), &encodable);
    s.count = quint64(m_count->value());
    s.intervalNs = Pace(m_pace->currentData().toInt()) == Pace::Interval
        ? qint64(m_paceValue->value()) * 1000 * 1000
        : SequencedMessage::intervalForRate(m_paceValue->value());
    return s;
}

void RunPanel::start()
{
    TrafficRun::Settings s = settings();
    if (m_serverSource)
        m_serverSource(&s);
    m_timeline.start();
    m_conversation->addRun(s.message);
    m_run.start(s);
    if (!m_run.isRunning())
        return;  // refused at once (a bad address): said, and finished
    m_startStop->setText(tr("Stop"));
    m_figures->clear();
    m_refreshTimer.start();
    refresh();
}

void RunPanel::stop() { m_run.stop(); }

void RunPanel::onFinished()
{
    m_refreshTimer.stop();
    m_startStop->setText(tr("Start"));
    refresh();
}

void RunPanel::refresh()
{
    const RunSummary summary = RunSummary::of(m_run.statistics(), m_run.isRunning());
    m_figures->setText(summary.details().join(QLatin1Char('\n')));
    if (m_show->isChecked())  // folded, nothing is drawn; unfolding refreshes
        m_charts->refresh(m_timeline, m_run.isRunning());
    m_conversation->updateRun(summary);
}

void RunPanel::letEntriesUnfold(QAbstractItemView *view)
{
    const auto toggle = [this](const QModelIndex &index) { m_conversation->toggleExpanded(index.row()); };
    connect(view, &QAbstractItemView::clicked, this, toggle);
    // Enter activates too; so does a double-click, whose two clicks have already toggled twice.
    connect(view, &QAbstractItemView::activated, this, [toggle](const QModelIndex &index) {
        if (QGuiApplication::mouseButtons() == Qt::NoButton)
            toggle(index);
    });
}

QList<QWidget *> RunPanel::tabChain() const
{
    return {m_show, m_message, m_count, m_pace, m_paceValue, m_startStop,
            m_charts->findChild<QComboBox *>(QStringLiteral("runChartChoice"))};
}
