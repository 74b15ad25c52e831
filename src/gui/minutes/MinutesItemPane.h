#pragma once

#include "Minutes.h"

#include <QWidget>

class AdjusterPicker;
class AssignmentTable;
class ItemCommentsPanel;
class QPlainTextEdit;

// One item (paragraf) of the minutes shown: its discussion and decision as typed, the
// assignments it gives, the adjusters' comments on it and, in the item where the
// adjuster is chosen, the picker. The pane shows; the minutes view saves what is typed.
class MinutesItemPane : public QWidget
{
    Q_OBJECT
public:
    explicit MinutesItemPane(QWidget *parent = nullptr);

    // Shows item index of the minutes (-1: none); it can be typed in only when editable.
    void showItem(const Minutes &minutes, int index, bool editable);

    QPlainTextEdit *discussion() const { return m_discussion; }
    QPlainTextEdit *decision() const { return m_decision; }
    AssignmentTable *assignments() const { return m_assignments; }
    ItemCommentsPanel *comments() const { return m_comments; }
    AdjusterPicker *adjusterPicker() const { return m_adjusterPicker; }

private:
    QPlainTextEdit *m_discussion;
    QPlainTextEdit *m_decision;
    AssignmentTable *m_assignments;
    ItemCommentsPanel *m_comments;
    AdjusterPicker *m_adjusterPicker;
};
