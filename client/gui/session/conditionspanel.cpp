// SPDX-License-Identifier: MIT
#include "conditionspanel.h"
#include "ui_conditionspanel.h"

#include <QSpinBox>

ConditionsPanel::ConditionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::ConditionsPanel)
{
    m_ui->setupUi(this);
    const auto changed = [this] { emit settingsChanged(settings()); };
    connect(m_ui->conditionsCheck, &QCheckBox::toggled, this, changed);
    for (QSpinBox *spin : findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &ConditionsPanel::resetRequested);
    // Folded while off: only the check box, one line that says it exists and what it is.
    connect(m_ui->conditionsCheck, &QCheckBox::toggled, m_ui->conditionsFrame, &QWidget::setVisible);
    m_ui->conditionsFrame->setVisible(false);
}

ConditionsPanel::~ConditionsPanel() { delete m_ui; }

ConditionSettings ConditionsPanel::settings() const
{
    ConditionSettings s;
    s.enabled = m_ui->conditionsCheck->isChecked();
    s.dropOutPercent = m_ui->dropOutSpin->value();
    s.dropInPercent = m_ui->dropInSpin->value();
    s.delayMs = m_ui->delaySpin->value();
    s.jitterMs = m_ui->jitterSpin->value();
    s.duplicatePercent = m_ui->duplicateSpin->value();
    s.reorderPercent = m_ui->reorderSpin->value();
    s.seed = quint32(m_ui->seedSpin->value());
    return s;
}

void ConditionsPanel::setSettings(const ConditionSettings &s)
{
    {
        const QSignalBlocker blocker(this);
        m_ui->dropOutSpin->setValue(s.dropOutPercent);
        m_ui->dropInSpin->setValue(s.dropInPercent);
        m_ui->delaySpin->setValue(s.delayMs);
        m_ui->jitterSpin->setValue(s.jitterMs);
        m_ui->duplicateSpin->setValue(s.duplicatePercent);
        m_ui->reorderSpin->setValue(s.reorderPercent);
        m_ui->seedSpin->setValue(int(s.seed));
        m_ui->conditionsCheck->setChecked(s.enabled);
    }
    emit settingsChanged(settings());
}

void ConditionsPanel::setSummary(const QString &text) { m_ui->summaryLabel->setText(text); }

QList<QWidget *> ConditionsPanel::tabChain() const
{
    return {m_ui->conditionsCheck, m_ui->dropOutSpin, m_ui->dropInSpin, m_ui->duplicateSpin, m_ui->delaySpin,
            m_ui->jitterSpin, m_ui->reorderSpin, m_ui->seedSpin, m_ui->resetButton};
}
