// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QWidget;

// Lets one local file be dropped on a window: a drag of one file is accepted, anything else
// (text, several files, a web address) is not.
class FileDrop : public QObject
{
    Q_OBJECT

public:
    explicit FileDrop(QWidget *target);

signals:
    void fileDropped(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
