#include "MinutesView.h"

#include "AdjusterPicker.h"
#include "AdjustmentDialog.h"
#include "AttendanceTable.h"
#include "AssignmentTable.h"
#include "AttendeeDialog.h"
#include "Clock.h"
#include "CommentDialog.h"
#include "FileDialogs.h"
#include "FollowUpPanel.h"
#include "ItemCommentsPanel.h"
#include "MessageWidget.h"
#include "MinutesHeaderDialog.h"
#include "MinutesHeading.h"
#include "MinutesItemPane.h"
#include "MinutesListPanel.h"
#include "MinutesWorkflowBar.h"
#include "MinutesAttendance.h"
#include "MinutesPhrases.h"
#include "MinutesReport.h"
#include "MinutesWorkflow.h"
#include "PhraseMenu.h"
#include "Session.h"
#include "MinutesService.h"

#include <QEvent>
#include <QInputDialog>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int kItemRole = Qt::UserRole + 1;

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

MinutesView::MinutesView(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_message = new MessageWidget(this);
    m_message->setObjectName(QStringLiteral("minutesMessage"));
    m_message->hide();

    m_minutesList = new MinutesListPanel(m_session);

    // ---- right: the selected minutes ----
    m_heading = new MinutesHeading;

    m_workflow = new MinutesWorkflowBar;

    m_attendance = new AttendanceTable;
    m_followUp = new FollowUpPanel(m_session);
    m_followUp->setObjectName(QStringLiteral("followUp"));
    m_upperTabs = new QTabWidget;
    m_upperTabs->setObjectName(QStringLiteral("minutesUpperTabs"));
    m_upperTabs->addTab(m_attendance, tr("A&ttendance"));
    m_upperTabs->addTab(m_followUp, tr("&Follow-up"));

    m_items = new QListWidget;
    m_items->setObjectName(QStringLiteral("minutesItems"));
    m_itemPane = new MinutesItemPane;
    m_discussion = m_itemPane->discussion();
    m_decision = m_itemPane->decision();

    auto *itemSplit = new QSplitter(Qt::Horizontal);
    itemSplit->addWidget(m_items);
    itemSplit->addWidget(m_itemPane);
    itemSplit->setStretchFactor(1, 3);

    auto *rightSplit = new QSplitter(Qt::Vertical);
    rightSplit->addWidget(m_upperTabs);
    rightSplit->addWidget(itemSplit);
    rightSplit->setStretchFactor(1, 2);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_workflow);
    rightLayout->addWidget(rightSplit, 1);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_minutesList);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    split->setSizes({260, 780});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    m_message->floatOver(split);

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(700);
    connect(m_saveTimer, &QTimer::timeout, this, &MinutesView::saveText);
    for (QPlainTextEdit *e : {m_discussion, m_decision}) {
        connect(e, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_filling)
                m_saveTimer->start();
        });
        e->installEventFilter(this);
    }
    auto *phrase = new QShortcut(QKeySequence(tr("Ctrl+J")), m_discussion, nullptr, nullptr, Qt::WidgetShortcut);
    connect(phrase, &QShortcut::activated, this, &MinutesView::showPhraseMenu);

    connect(m_minutesList, &MinutesListPanel::minutesChosen, this, [this](qint64 id, qint64 itemId) {
        if (!m_filling)
            selectMinutes(id, itemId);
    });
    connect(m_minutesList, &MinutesListPanel::newRequested, this, &MinutesView::newMinutes);
    connect(m_items, &QListWidget::currentRowChanged, this, [this] {
        if (!m_filling) {
            saveText();
            showItem();
        }
    });
    connect(m_itemPane->assignments(), &AssignmentTable::assignmentsEdited, this, &MinutesView::assignmentsEdited);
    connect(m_itemPane->assignments(), &AssignmentTable::refused, this, [this](const QString &message) {
        if (!m_filling) {
            refuse(message);
            showItem();
        }
    });
    connect(m_itemPane->assignments(), &AssignmentTable::addRequested, this, &MinutesView::addAssignment);
    connect(m_itemPane->assignments(), &AssignmentTable::removeRequested, this, &MinutesView::removeAssignment);
    connect(m_workflow, &MinutesWorkflowBar::editHeaderRequested, this, &MinutesView::askForHeader);
    connect(m_attendance, &AttendanceTable::attendeeEdited, this, &MinutesView::attendanceEdited);
    connect(m_attendance, &AttendanceTable::addRequested, this, &MinutesView::askForOtherPresent);
    connect(m_attendance, &AttendanceTable::removeRequested, this, &MinutesView::removeOtherPresent);
    connect(m_itemPane->comments(), &ItemCommentsPanel::addRequested, this, &MinutesView::askForComment);
    connect(m_itemPane->comments(), &ItemCommentsPanel::resolveRequested, this, &MinutesView::resolveComment);
    connect(m_followUp, &FollowUpPanel::errorOccurred, this, &MinutesView::refuse);
    connect(m_followUp, &FollowUpPanel::pendingCountChanged, this, [this](int count) {
        m_upperTabs->setTabText(1, count > 0 ? tr("&Follow-up (%1)").arg(count) : tr("&Follow-up"));
    });
    connect(m_itemPane->adjusterPicker(), &AdjusterPicker::adjusterChosen, this, [this](const QString &name) {
        static_cast<void>(chooseAdjuster(name)); // a refusal is shown
    });
    connect(m_workflow, &MinutesWorkflowBar::sendRequested, this, &MinutesView::sendForAdjustment);
    connect(m_workflow, &MinutesWorkflowBar::backToDraftRequested, this, &MinutesView::backToDraft);
    connect(m_workflow, &MinutesWorkflowBar::adjustmentRequested, this, &MinutesView::recordAdjustment);
    connect(m_workflow, &MinutesWorkflowBar::additionRequested, this, &MinutesView::makeAddition);
    connect(m_workflow, &MinutesWorkflowBar::archivalPdfRequested, this, &MinutesView::exportArchivalPdf);
    connect(m_session, &Session::minutesChanged, this, [this](qint64 id) {
        reloadList();
        if (id == m_current.id)
            reload();
    });

    reloadList();
    if (!m_minutesList->chooseFirst())
        showMinutes();
}

// ---- showing ----

void MinutesView::reloadList()
{
    if (Status s = m_minutesList->reload(m_current.id); !s)
        refuse(s.error().message);
}

void MinutesView::selectMinutes(qint64 id, qint64 itemId)
{
    if (id != m_current.id) {
        saveText();
        auto loaded = m_session->minutesService().load(id);
        if (!loaded) {
            refuse(loaded.error().message);
            return;
        }
        m_current = *loaded;
        showMinutes();
    }
    m_minutesList->setCurrent(id);
    if (itemId)
        selectItem(itemId);
}

void MinutesView::selectItem(qint64 itemId)
{
    for (int i = 0; i < m_current.items.size(); ++i)
        if (m_current.items.at(i).id == itemId)
            m_items->setCurrentRow(i);
}

void MinutesView::reload()
{
    auto loaded = m_session->minutesService().load(m_current.id);
    if (!loaded) {
        refuse(loaded.error().message);
        return;
    }
    m_current = *loaded;
    showMinutes();
}

void MinutesView::showMinutes()
{
    const Minutes &m = m_current;
    const bool editable = m.id != 0 && m.isEditable();
    m_filling = true;

    m_heading->showMinutes(m);

    m_attendance->showAttendance(m, editable);
    m_followUp->setMinutes(m);

    // items
    const int row = m_items->currentRow();
    m_items->clear();
    for (const MinutesItem &i : m.items) {
        auto *item = new QListWidgetItem(QStringLiteral("§ %1 %2").arg(i.number).arg(i.title), m_items);
        item->setData(kItemRole, i.id);
    }
    if (!m.items.isEmpty())
        m_items->setCurrentRow(qBound(0, row, int(m.items.size()) - 1));
    m_filling = false;
    showItem();
    updateActions();
}

int MinutesView::currentItemIndex() const
{
    const int row = m_items->currentRow();
    return row >= 0 && row < m_current.items.size() ? row : -1;
}

void MinutesView::showItem()
{
    const int index = currentItemIndex();
    const bool editable = m_current.isEditable() && index >= 0;
    m_filling = true;
    m_shownItem = index;
    m_itemPane->showItem(m_current, index, editable);
    m_filling = false;
}

void MinutesView::updateActions()
{
    m_workflow->showState(m_current);
    m_attendance->setListEditable(m_current.id != 0 && m_current.state == MinutesState::Draft);
}

void MinutesView::refuse(const QString &message)
{
    m_message->showMessage(message, MessageWidget::Warning);
    emit errorOccurred(message);
}

// ---- editing ----

Status MinutesView::refused(Status status)
{
    if (!status)
        refuse(status.error().message);
    return status;
}

Status MinutesView::edit(const Minutes &after, const QString &text, const QString &mergeKey)
{
    const Status s = m_session->minutesService().edit(after, text, mergeKey);
    if (!s) {
        refuse(s.error().message);
        reload();
    }
    return s;
}

Status MinutesView::change(const std::function<Status(Minutes &)> &rule, const QString &text)
{
    Minutes after = m_current;
    if (Status s = rule(after); !s) {
        refuse(s.error().message);
        return s;
    }
    return edit(after, text);
}

void MinutesView::saveText()
{
    m_saveTimer->stop();
    const int index = m_shownItem;
    if (index < 0 || index >= m_current.items.size() || !m_current.isEditable())
        return;
    const MinutesItem &item = m_current.items.at(index);
    if (item.discussion == m_discussion->toPlainText() && item.decision == m_decision->toPlainText())
        return;
    Minutes after = m_current;
    after.items[index].discussion = m_discussion->toPlainText();
    after.items[index].decision = m_decision->toPlainText();
    // A burst of typing in one item is one undo step.
    static_cast<void>(edit(after, tr("Edit § %1").arg(item.number), QStringLiteral("minutes-text:%1:%2").arg(m_current.id).arg(item.id)));
}

bool MinutesView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && (watched == m_discussion || watched == m_decision))
        saveText();
    return QWidget::eventFilter(watched, event);
}

void MinutesView::hideEvent(QHideEvent *event)
{
    if (m_saveTimer->isActive())
        saveText();
    QWidget::hideEvent(event);
}

void MinutesView::attendanceEdited(int row, const Attendee &edited)
{
    if (m_filling || row >= m_current.attendance.size())
        return;
    Minutes after = m_current;
    if (Status s = MinutesAttendance::edit(after, row, edited); !s) {
        refuse(s.error().message);
        showMinutes();
        return;
    }
    if (after.attendance == m_current.attendance)
        return;
    if (!edit(after, tr("Attendance of %1").arg(after.attendance.at(row).name)))
        showMinutes();
}

void MinutesView::assignmentsEdited(const QVector<Assignment> &edited)
{
    const int index = currentItemIndex();
    if (m_filling || index < 0)
        return;
    Minutes after = m_current;
    after.items[index].assignments = edited;
    static_cast<void>(edit(after, tr("Edit assignments in § %1").arg(after.items[index].number)));
}

void MinutesView::addAssignment()
{
    const int index = currentItemIndex();
    if (index < 0)
        return;
    saveText();
    Minutes after = m_current;
    Assignment a;
    a.task = tr("New assignment");
    after.items[index].assignments << a;
    static_cast<void>(edit(after, tr("Add an assignment to § %1").arg(after.items[index].number)));
}

void MinutesView::removeAssignment(int row)
{
    const int index = currentItemIndex();
    if (index < 0 || row < 0 || row >= m_current.items.at(index).assignments.size())
        return;
    Minutes after = m_current;
    after.items[index].assignments.removeAt(row);
    static_cast<void>(edit(after, tr("Remove an assignment from § %1").arg(after.items[index].number)));
}

void MinutesView::showPhraseMenu()
{
    if (m_discussion->isReadOnly())
        return;
    PhraseMenu menu(this);
    connect(&menu, &PhraseMenu::phraseChosen, this, &MinutesView::insertPhrase);
    connect(&menu, &PhraseMenu::editOwnPhrasesRequested, this, [this] { PhraseMenu::editOwnPhrases(this); });
    menu.exec(m_discussion->mapToGlobal(m_discussion->cursorRect().bottomLeft()));
}

void MinutesView::insertPhrase(int index)
{
    const auto all = PhraseMenu::phrases();
    if (index < 0 || index >= all.size() || m_discussion->isReadOnly())
        return;
    PhraseMenu::insert(m_discussion, all.at(index), m_current);
}

// ---- adjusting: comments ----

void MinutesView::askForComment()
{
    QStringList authors = m_current.adjusters();
    if (!m_current.chair().isEmpty())
        authors.prepend(m_current.chair());
    const int index = currentItemIndex();
    if (index < 0 || authors.isEmpty())
        return;
    CommentDialog dialog(m_current.items.at(index).number, authors,
                         [this](const QString &author, const QString &text) { return addComment(author, text); }, this);
    dialog.exec();
}

Status MinutesView::addComment(const QString &author, const QString &text)
{
    const int index = currentItemIndex();
    if (index < 0)
        return Error{Error::Kind::Invalid, tr("Choose the item to comment on.")};
    const int number = m_current.items.at(index).number;
    return change([&](Minutes &m) { return MinutesWorkflow::addComment(m, number, author, text); },
                  tr("Comment by %1 on § %2").arg(author).arg(number));
}

Status MinutesView::resolveComment(int commentIndex)
{
    const int index = currentItemIndex();
    if (index < 0)
        return Error{Error::Kind::Invalid, tr("Choose the item whose comment is resolved.")};
    const int number = m_current.items.at(index).number;
    return change([&](Minutes &m) { return MinutesWorkflow::resolveComment(m, number, commentIndex); },
                  tr("Resolve a comment on § %1").arg(number));
}

// ---- the header and attendance ----

void MinutesView::askForHeader()
{
    if (!m_current.isEditable())
        return;
    MinutesHeaderDialog dialog(m_current, this);
    if (dialog.exec() == QDialog::Accepted)
        static_cast<void>(editHeader(dialog.edited())); // a refusal is shown
}

Status MinutesView::editHeader(const Minutes &edited)
{
    return change([&](Minutes &m) {
        m.date = edited.date;
        m.start = edited.start;
        m.end = edited.end;
        m.place = edited.place;
        return MinutesWorkflow::checkEditable(m_current);
    }, tr("Edit the header of the minutes"));
}

void MinutesView::askForOtherPresent()
{
    AttendeeDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        static_cast<void>(addOtherPresent(dialog.attendee())); // a refusal is shown
}

Status MinutesView::addOtherPresent(const Attendee &attendee)
{
    return change([&](Minutes &m) { return MinutesAttendance::addOtherPresent(m, attendee); },
                  tr("Add %1 to those present").arg(attendee.name));
}

void MinutesView::removeOtherPresent(int row)
{
    if (row < 0 || row >= m_current.attendance.size())
        return;
    static_cast<void>(change([row](Minutes &m) { return MinutesAttendance::removeOtherPresent(m, row); },
                             tr("Remove %1 from those present").arg(m_current.attendance.at(row).name)));
}

Status MinutesView::chooseAdjuster(const QString &name)
{
    const int index = currentItemIndex();
    const Status s = change([&](Minutes &m) { return MinutesAttendance::chooseAdjuster(m, index, name); },
                            tr("Choose %1 to adjust the minutes").arg(name));
    if (!s)
        showItem(); // the picker shows who is chosen again
    return s;
}

// ---- workflow ----

void MinutesView::newMinutes()
{
    auto meetings = m_session->minutesService().meetingsWithoutMinutes();
    if (meetings && meetings->isEmpty())
        meetings = Error{Error::Kind::NotFound, tr("Every meeting already has minutes. Make a meeting in the Wheels tab first.")};
    if (!meetings)
        return refuse(meetings.error().message);
    QStringList labels;
    for (const Meeting &m : *meetings)
        labels << QStringLiteral("%1 · %2 · %3").arg(iso(m.date), m.bodyName, m.title);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("New minutes"), tr("Meeting:"), labels, 0, false, &ok);
    if (!ok)
        return;
    static_cast<void>(keepMinutesOf(meetings->at(labels.indexOf(chosen)).id)); // a refusal is shown
}

Status MinutesView::keepMinutesOf(qint64 meetingId)
{
    return openMade(m_session->minutesService().keepMinutesOf(meetingId));
}

Status MinutesView::openMade(const Result<qint64> &id)
{
    if (!id) {
        refuse(id.error().message);
        return id.error();
    }
    selectMinutes(*id);
    return {};
}

void MinutesView::sendForAdjustment()
{
    saveText();
    if (change(MinutesWorkflow::sendForAdjustment, tr("Send the minutes of %1 for adjustment").arg(iso(m_current.date))))
        m_message->showMessage(tr("The minutes are out for adjustment: editing has stopped until they are adjusted or "
                                  "taken back to draft."),
                               MessageWidget::Information);
}

void MinutesView::backToDraft()
{
    static_cast<void>(change(MinutesWorkflow::returnToDraft, tr("Take the minutes of %1 back to draft").arg(iso(m_current.date))));
}

void MinutesView::recordAdjustment()
{
    const QStringList pending = MinutesWorkflow::pendingSignatories(m_current);
    if (m_current.state != MinutesState::ForAdjustment || pending.isEmpty()) {
        refuse(tr("Only minutes out for adjustment can be adjusted."));
        return;
    }
    AdjustmentDialog dialog(
        pending, Clock::today(),
        [this](const QString &name, QDate date, AdjustmentMethod method) { return recordAdjustmentBy(name, date, method); },
        this);
    dialog.exec();
}

Status MinutesView::recordAdjustmentBy(const QString &name, QDate date, AdjustmentMethod method)
{
    Minutes after = m_current;
    const Attendee *who = after.attendee(name);
    Adjustment adjustment;
    adjustment.name = name;
    adjustment.role = who ? who->role : MinutesRole::Adjuster;
    adjustment.date = date;
    adjustment.method = method;
    if (Status s = refused(MinutesWorkflow::recordAdjustment(after, adjustment, Clock::today())); !s)
        return s;
    if (after.state != MinutesState::Final) {
        return edit(after, tr("Adjustment by %1").arg(name));
    }
    if (Status s = refused(m_session->minutesService().finalize(after)); !s)
        return s;
    reload();
    m_message->showMessage(tr("All have adjusted: the minutes of %1 are final, adjusted on %2.")
                               .arg(iso(after.date), iso(after.adjustedOn)),
                           MessageWidget::Positive);
    return {};
}

void MinutesView::makeAddition()
{
    static_cast<void>(openMade(m_session->minutesService().addAddition(m_current))); // a refusal is shown
}

// ---- printing ----

std::unique_ptr<ReportDocument> MinutesView::makeReport() const
{
    if (m_current.id == 0)
        return nullptr;
    return std::make_unique<MinutesReport>(m_current);
}

QString MinutesView::pdfFileName() const
{
    QString name = tr("minutes-%1").arg(iso(m_current.date));
    if (m_current.additionNumber > 0)
        name += QStringLiteral("-%1").arg(m_current.additionNumber);
    return name + QStringLiteral(".pdf");
}

void MinutesView::exportArchivalPdf()
{
    if (m_current.state != MinutesState::Final) {
        refuse(tr("Only final minutes are exported for archiving (PDF/A)."));
        return;
    }
    const QString path = m_files->saveFileName(this, tr("Export as PDF/A"), pdfFileName(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!MinutesReport(m_current).exportPdf(path, &error, ReportDocument::PdfStandard::ArchivalA1b)) {
        refuse(tr("The minutes could not be written to %1: %2").arg(path, error));
        return;
    }
    m_message->showMessage(tr("The minutes were exported as PDF/A to %1.").arg(path), MessageWidget::Positive);
}
