// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

class QLineEdit;

// Shell-like history for a line edit: Up and Down walk through what was sent before; the line
// being typed is kept and comes back after the newest entry.
class InputHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxEntries = 200;

    explicit InputHistory(QLineEdit *edit);

    void add(const QString &text);
    QStringList entries() const { return m_entries; }
    void setEntries(const QStringList &entries);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void step(int direction);

    QLineEdit *m_edit;
    QStringList m_entries;  // oldest first
    int m_position = 0;     // m_entries.size(): the line being typed
    QString m_draft;
};
