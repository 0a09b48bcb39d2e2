// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTableView;

// The server's Peers panel: a title and the table of everyone who sent a datagram, its columns
// sized to fit their content so nothing is cut and no scroll bar shows at the window's size.
class PeersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PeersPanel(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QTableView *view() const { return m_view; }
    // The width the columns need, frame included.
    int columnsWidth() const;

private:
    QLabel *m_title = nullptr;
    QTableView *m_view = nullptr;
};
