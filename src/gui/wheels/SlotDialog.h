#pragma once

#include "AnnualWheel.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class DateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

// Edits one slot of an annual wheel: quarter, kind, date and time, place, focus,
// topics (one a line) and the input material with responsible actor, due date and
// status. The date must lie in the wheel's year; a date in another quarter is shown
// as a warning and allowed.
class SlotDialog : public QDialog
{
    Q_OBJECT
public:
    SlotDialog(const WheelSlot &slot, int year, const QHash<qint64, QString> &actors, QWidget *parent = nullptr);
    WheelSlot slot() const;

    void accept() override;

private:
    void addInputRow(const InputItem &item);
    void updateWarning();
    QStringList dateProblems() const;
    WheelSlot m_slot;
    int m_year;
    QHash<qint64, QString> m_actors;
    QSpinBox *m_quarter;
    QComboBox *m_kind;
    DateEdit *m_date;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QLineEdit *m_place;
    QLineEdit *m_focus;
    QPlainTextEdit *m_topics;
    QTableWidget *m_inputs;
    QLabel *m_warning;
};
