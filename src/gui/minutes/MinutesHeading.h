#pragma once

#include "Minutes.h"

#include <QWidget>

class QLabel;

// The heading of the minutes shown: the body (and addition number), when and where
// the meeting was, and the state of the minutes in words (who is still to adjust,
// the verification code once final).
class MinutesHeading : public QWidget
{
    Q_OBJECT
public:
    explicit MinutesHeading(QWidget *parent = nullptr);

    // Shows the heading of the minutes (id 0: none yet).
    void showMinutes(const Minutes &minutes);

private:
    QLabel *m_header;
    QLabel *m_state;
};
