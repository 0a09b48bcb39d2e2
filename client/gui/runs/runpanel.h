// SPDX-License-Identifier: MIT
#pragma once

#include "runtimeline.h"
#include "trafficrun.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class ConversationModel;
class QAbstractItemView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class RunCharts;

// The client window's Runs panel: one message sent N times (or until stopped) every T ms or at
// R datagrams/s, "{seq}" numbering each; one click starts, one stops. The figures come from the
// run's RunStatistics and are shown, with the charts and the run's one conversation entry, at a
// fixed modest pace (RefreshMs), never once per datagram. Folded while off, like the conditions.
class RunPanel : public QWidget
{
    Q_OBJECT

public:
    // How often the figures, charts and conversation entry follow a run.
    static constexpr int RefreshMs = 250;

    // Fills in the rest of a run's settings (where it goes, how replies are told, the socket),
    // read from the window when a run starts.
    using ServerSource = std::function<void(TrafficRun::Settings *settings)>;

    explicit RunPanel(ConversationModel *conversation, QWidget *parent = nullptr);

    void setServerSource(ServerSource source) { m_serverSource = std::move(source); }
    // The settings as the panel's fields say now (the server left to the ServerSource).
    TrafficRun::Settings settings() const;

    TrafficRun *run() { return &m_run; }
    const RunTimeline &timeline() const { return m_timeline; }
    RunCharts *charts() const { return m_charts; }
    // A click on a run's entry in that view of the conversation, or Enter on it, folds or unfolds it.
    void letEntriesUnfold(QAbstractItemView *view);
    // The panel's widgets in the order they are on screen, so the window can chain Tab through them.
    QList<QWidget *> tabChain() const;

public slots:
    void start();
    void stop();

private:
    void describeFields();
    void layOut();
    void connectRun();
    void onPaceChanged();
    void onFinished();
    void refresh();

    ConversationModel *m_conversation;
    TrafficRun m_run;
    RunTimeline m_timeline;
    ServerSource m_serverSource;
    QTimer m_refreshTimer;
    QCheckBox *m_show = nullptr;
    QWidget *m_frame = nullptr;
    QLineEdit *m_message = nullptr;
    QSpinBox *m_count = nullptr;
    QComboBox *m_pace = nullptr;
    QSpinBox *m_paceValue = nullptr;
    QPushButton *m_startStop = nullptr;
    QLabel *m_figures = nullptr;
    RunCharts *m_charts = nullptr;
};
