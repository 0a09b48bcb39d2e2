// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

// Shows the log rows whose sender (address:port) or message text contains the filter text,
// case-insensitively. An empty filter shows everything.
class LogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LogFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    // These rows (of this model, in any order) as the clipboard takes them: top to bottom, one line
    // each, the cells as shown, tab-separated; empty for none.
    QString rowsText(const QModelIndexList &rows) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};
