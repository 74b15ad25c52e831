#pragma once

#include "Minutes.h"
#include "Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class DateEdit;

// Records that one of those still to adjust minutes out for adjustment has adjusted
// them (justering): who, on which date and how. The dialog closes only when record
// accepts the adjustment; a refusal is shown by whoever records it.
class AdjustmentDialog : public QDialog
{
    Q_OBJECT
public:
    using Recorder = std::function<Status(const QString &name, QDate date, AdjustmentMethod method)>;

    // pending: the names still to adjust; the last of them makes the minutes final.
    AdjustmentDialog(const QStringList &pending, QDate today, Recorder record, QWidget *parent = nullptr);

private:
    void record();

    Recorder m_record;
    QComboBox *m_who;
    DateEdit *m_date;
    QComboBox *m_method;
    QLabel *m_problem;
};
