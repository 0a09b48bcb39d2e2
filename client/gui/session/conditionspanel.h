// SPDX-License-Identifier: MIT
#pragma once

#include "networkconditions.h"

#include <QWidget>

namespace Ui {
class ConditionsPanel;
}

// The client's Network conditions panel: off by default, clearly marked as simulated.
class ConditionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConditionsPanel(QWidget *parent = nullptr);
    ~ConditionsPanel() override;

    ConditionSettings settings() const;
    void setSettings(const ConditionSettings &settings);
    void setSummary(const QString &text);
    // The panel's widgets in the order they are on screen, so the window can chain Tab through them.
    QList<QWidget *> tabChain() const;

signals:
    void settingsChanged(const ConditionSettings &settings);
    // Reset counts: the summary starts again from zero, only when asked.
    void resetRequested();

private:
    Ui::ConditionsPanel *m_ui;
};
