#pragma once

#include "FileDialogs.h"

#include "Minutes.h"
#include "PrintableView.h"
#include "Result.h"

#include <QDate>
#include <QWidget>

#include <functional>

class AttendanceTable;
class FollowUpPanel;
class MessageWidget;
class MinutesHeading;
class MinutesItemPane;
class MinutesListPanel;
class MinutesWorkflowBar;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class Session;

// The Minutes tab (issue 5): the minutes of every meeting, searchable; the selected
// minutes with their attendance and numbered items, edited as they are typed (each
// saved edit is an undo step), sent for adjustment, adjusted and made final.
class MinutesView : public QWidget, public PrintableView
{
    Q_OBJECT

public:
    // Where file names are asked for (the window gives its own).
    void setFileDialogs(FileDialogs *files) { m_files = files; }
    explicit MinutesView(Session *session, QWidget *parent = nullptr);

    std::unique_ptr<ReportDocument> makeReport() const override;
    QString pdfFileName() const override;

    // The minutes shown, as stored.
    const Minutes &current() const { return m_current; }
    void selectMinutes(qint64 id, qint64 itemId = 0);
    void selectItem(qint64 itemId);

public slots:
    void newMinutes();
    // Shows the minutes of a meeting, made as a new draft when it has none yet.
    Status keepMinutesOf(qint64 meetingId);
    void sendForAdjustment();
    void backToDraft();
    void recordAdjustment();
    Status recordAdjustmentBy(const QString &name, QDate date, AdjustmentMethod method);
    void makeAddition();
    void exportArchivalPdf();
    // Inserts phrase index of phrases() at the cursor in the discussion.
    void insertPhrase(int index);
    // While out for adjustment: an adjuster's (or the chair's) comment on the current
    // item, and the secretary's marking one resolved.
    Status addComment(const QString &author, const QString &text);
    Status resolveComment(int index);
    // Draft only: someone present who is not a member; the header; the adjuster chosen
    // in the item for it (role set and the decision written).
    Status addOtherPresent(const Attendee &attendee);
    Status editHeader(const Minutes &edited);
    Status chooseAdjuster(const QString &name);
    // Saves the discussion and decision typed so far (the debounce timer and focus-out call it).
    void saveText();

signals:
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Saves what is typed when the tab or the window closes.
    void hideEvent(QHideEvent *event) override;

private:
    void reloadList();
    void reload();
    void showMinutes();
    void showItem();
    void updateActions();
    void attendanceEdited(int row, const Attendee &edited);
    void assignmentsEdited(const QVector<Assignment> &edited);
    void addAssignment();
    void removeAssignment(int row);
    void showPhraseMenu();
    void askForComment();
    void askForHeader();
    void askForOtherPresent();
    void removeOtherPresent(int row);
    int currentItemIndex() const;
    // Saves after as one undo step; a refusal is shown and the stored minutes shown again.
    Status edit(const Minutes &after, const QString &text, const QString &mergeKey = {});
    // A rule of core applied to a copy of the minutes, then saved; a refusal is shown.
    Status change(const std::function<Status(Minutes &)> &rule, const QString &text);
    void refuse(const QString &message);
    // Shows minutes just made (or says why they were not).
    Status openMade(const Result<qint64> &id);
    // Shows the refusal of a status that failed; passes the status on.
    Status refused(Status status);

    Session *m_session;
    Minutes m_current;
    bool m_filling = false;
    int m_shownItem = -1; // the item whose text the editors show

    MessageWidget *m_message;
    MinutesListPanel *m_minutesList;
    MinutesHeading *m_heading;
    QTabWidget *m_upperTabs;
    AttendanceTable *m_attendance;
    FollowUpPanel *m_followUp;
    QListWidget *m_items;
    MinutesItemPane *m_itemPane;
    QPlainTextEdit *m_discussion;
    QPlainTextEdit *m_decision;
    MinutesWorkflowBar *m_workflow;
    QTimer *m_saveTimer;
    FileDialogs *m_files = &FileDialogs::native();
};
