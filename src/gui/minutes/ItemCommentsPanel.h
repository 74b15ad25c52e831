#pragma once

#include "Minutes.h"

#include <QWidget>

class QListWidget;
class QPushButton;

// The adjusters' comments on one item of minutes out for adjustment: an adjuster (or
// the chair) leaves a comment, the secretary marks it resolved. The panel shows them
// and asks; the minutes view makes the change.
class ItemCommentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ItemCommentsPanel(QWidget *parent = nullptr);

    // Shows the comments of item index of the minutes (-1: none).
    void showItem(const Minutes &minutes, int index);

signals:
    void addRequested();
    void resolveRequested(int commentIndex);

private:
    void updateButtons();

    bool m_forAdjustment = false;
    QVector<ItemComment> m_comments;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_resolve;
};
