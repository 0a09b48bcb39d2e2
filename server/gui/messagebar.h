// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A bar above the log for what went wrong: an icon, the sentences (selectable, wrapped to their
// own height) and a close button. A transient message (a failed bind) is replaced or hidden by the
// next success; a sticky one (the log file stopped) stays until the user dismisses it. Both can
// show at once, sticky first.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Persistence { Transient, Sticky };

    explicit MessageBar(QWidget *parent = nullptr);

    void showError(const QString &text, Persistence persistence);
    // Hides a transient message; a sticky one stays.
    void clearTransient();
    void dismiss();
    QString text() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void fitText();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    QString m_stickyText;
    QString m_transientText;
};
