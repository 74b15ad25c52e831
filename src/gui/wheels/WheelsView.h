#pragma once

#include "FileDialogs.h"

#include "AnnualWheel.h"
#include "Meeting.h"
#include "PrintableView.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;
class QSpinBox;
class QTableWidget;
class Session;
class WarningBox;
class WheelWidget;

// The Wheels tab: a body's annual wheel of a year drawn as a circle, the same slots in
// a table for the keyboard, the seeds' rule checks, and the regional overview of every
// wheel of the year with clashes marked. Slots are edited, added and deleted, turned
// into meetings and their agendas edited, each an undo step. Prints the wheel.
class WheelsView : public QWidget, public PrintableView
{
    Q_OBJECT
public:
    // Where file names are asked for (the window gives its own).
    void setFileDialogs(FileDialogs *files) { m_files = files; }
    explicit WheelsView(Session *session, QWidget *parent = nullptr);

    void showWheel(qint64 bodyId, int year);
    void setOverview(bool on);
    qint64 currentBodyId() const;
    int currentYear() const;
    qint64 selectedSlotId() const;
    void selectSlot(qint64 slotId);
    const AnnualWheel &wheel() const { return m_wheel; }
    WheelWidget *wheelWidget() const { return m_wheelWidget; }
    QTableWidget *slotTable() const { return m_table; }
    QStringList warnings() const;

    // The actions of the buttons, for the keyboard and the tests.
    void createWheel(const QString &templateKeyOrName = QString());
    void copyLastYear();
    void editSelectedSlot();
    void addSlot();
    void deleteSelectedSlot();
    void turnSelectedIntoMeeting();
    void openSelectedMeeting();
    void saveAsTemplate();
    void exportCalendar();

    std::unique_ptr<ReportDocument> makeReport() const override;
    QString pdfFileName() const override;
    // The notice with agenda of the selected slot's meeting; null when it has none.
    std::unique_ptr<ReportDocument> makeNotice() const;

signals:
    void errorOccurred(const QString &message);
    // "Keep minutes" of the selected slot's meeting.
    void keepMinutesRequested(qint64 meetingId);

private:
    void reload();
    void fillBodies();
    void bodiesChanged();
    void fillTable();
    void updateButtons();
    bool report(const Status &status);
    Session *m_session;
    QComboBox *m_body;
    QSpinBox *m_year;
    QCheckBox *m_overview;
    WheelWidget *m_wheelWidget;
    QTableWidget *m_table;
    WarningBox *m_warnings;
    QPushButton *m_create;
    QPushButton *m_copy;
    QPushButton *m_edit;
    QPushButton *m_add;
    QPushButton *m_delete;
    QPushButton *m_meeting;
    QPushButton *m_openMeeting;
    QPushButton *m_notice;
    QPushButton *m_keepMinutes;
    QPushButton *m_saveTemplate;
    QPushButton *m_ics;
    AnnualWheel m_wheel;                 // the shown body's wheel (id 0: none)
    QVector<AnnualWheel> m_yearWheels;   // the overview
    QVector<MeetingClash> m_clashes;
    QHash<qint64, qint64> m_meetingOfSlot;
    QHash<qint64, int> m_bodyAreas;
    FileDialogs *m_files = &FileDialogs::native();
};
