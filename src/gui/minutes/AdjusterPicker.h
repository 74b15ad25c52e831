#pragma once

#include "Minutes.h"

#include <QWidget>

class QComboBox;

// Shown only in the item where the meeting chooses its adjuster ("Val av justerare"):
// the people present who may adjust. Choosing one asks the minutes view to give them
// the role and write the decision.
class AdjusterPicker : public QWidget
{
    Q_OBJECT
public:
    explicit AdjusterPicker(QWidget *parent = nullptr);

    // Shows the picker when item index of the minutes is the one for the adjuster.
    void showItem(const Minutes &minutes, int index, bool editable);

signals:
    void adjusterChosen(const QString &name);

private:
    QComboBox *m_pick;
};
