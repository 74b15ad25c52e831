#pragma once

#include "Minutes.h"

#include <QWidget>

class QPushButton;

// The buttons that take minutes along their way (seed 004): edit the header and send
// for adjustment while a draft; back to draft or record an adjustment while out for
// adjustment; make an addition or export for the archive once final. Only the buttons
// that the minutes' state allows are enabled.
class MinutesWorkflowBar : public QWidget
{
    Q_OBJECT
public:
    explicit MinutesWorkflowBar(QWidget *parent = nullptr);

    void showState(const Minutes &minutes);

signals:
    void editHeaderRequested();
    void sendRequested();
    void backToDraftRequested();
    void adjustmentRequested();
    void additionRequested();
    void archivalPdfRequested();

private:
    QPushButton *m_editHeader;
    QPushButton *m_send;
    QPushButton *m_back;
    QPushButton *m_adjust;
    QPushButton *m_addition;
    QPushButton *m_pdfa;
};
