#include "MinutesView.h"

#include "AdjusterPicker.h"
#include "AdjustmentDialog.h"
#include "AttendanceTable.h"
#include "AssignmentTable.h"
#include "AttendeeDialog.h"
#include "CommentDialog.h"
#include "DialogHooks.h"
#include "FollowUpPanel.h"
#include "ItemCommentsPanel.h"
#include "MessageWidget.h"
#include "MinutesHeaderDialog.h"
#include "MinutesHeading.h"
#include "MinutesItemPane.h"
#include "MinutesListPanel.h"
#include "MinutesPhrases.h"
#include "MinutesReport.h"
#include "MinutesWorkflow.h"
#include "NewMinutes.h"
#include "PhraseMenu.h"
#include "Session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
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
    : QWidget(parent), m_session(session), m_today(QDate::currentDate())
{
    m_message = new MessageWidget(this);
    m_message->setObjectName(QStringLiteral("minutesMessage"));
    m_message->hide();

    m_minutesList = new MinutesListPanel(m_session);

    // ---- right: the selected minutes ----
    m_heading = new MinutesHeading;

    m_editHeader = new QPushButton(tr("Edit &header…"));
    m_editHeader->setObjectName(QStringLiteral("editMinutesHeader"));

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

    m_send = new QPushButton(tr("&Send for adjustment"));
    m_send->setObjectName(QStringLiteral("sendForAdjustment"));
    m_back = new QPushButton(tr("Back to &draft"));
    m_back->setObjectName(QStringLiteral("backToDraft"));
    m_adjust = new QPushButton(tr("&Record adjustment…"));
    m_adjust->setObjectName(QStringLiteral("recordAdjustment"));
    m_addition = new QPushButton(tr("Make a&ddition"));
    m_addition->setObjectName(QStringLiteral("makeAddition"));
    m_pdfa = new QPushButton(tr("Export as PDF/&A…"));
    m_pdfa->setObjectName(QStringLiteral("exportPdfA"));
    auto *workflow = new QHBoxLayout;
    for (QPushButton *b : {m_editHeader, m_send, m_back, m_adjust, m_addition, m_pdfa})
        workflow->addWidget(b);
    workflow->addStretch();

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addLayout(workflow);
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
    connect(m_editHeader, &QPushButton::clicked, this, &MinutesView::askForHeader);
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
    connect(m_send, &QPushButton::clicked, this, &MinutesView::sendForAdjustment);
    connect(m_back, &QPushButton::clicked, this, &MinutesView::backToDraft);
    connect(m_adjust, &QPushButton::clicked, this, &MinutesView::recordAdjustment);
    connect(m_addition, &QPushButton::clicked, this, &MinutesView::makeAddition);
    connect(m_pdfa, &QPushButton::clicked, this, &MinutesView::exportArchivalPdf);
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
        auto loaded = m_session->loadMinutes(id);
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
    auto loaded = m_session->loadMinutes(m_current.id);
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
    const Minutes &m = m_current;
    const bool any = m.id != 0;
    m_send->setEnabled(any && m.state == MinutesState::Draft);
    m_editHeader->setEnabled(any && m.state == MinutesState::Draft);
    m_attendance->setListEditable(any && m.state == MinutesState::Draft);
    m_back->setEnabled(any && m.state == MinutesState::ForAdjustment);
    m_adjust->setEnabled(any && m.state == MinutesState::ForAdjustment);
    m_addition->setEnabled(any && m.state == MinutesState::Final);
    m_pdfa->setEnabled(any && m.state == MinutesState::Final);
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

Status MinutesView::save(const Minutes &after, const QString &text)
{
    if (!edit(after, text))
        return Error{Error::Kind::Invalid, m_message->text()};
    return {};
}

bool MinutesView::edit(const Minutes &after, const QString &text, const QString &mergeKey)
{
    const Minutes before = m_current;
    if (Status s = m_session->editMinutes(before, after, text, mergeKey); !s) {
        refuse(s.error().message);
        reload();
        return false;
    }
    return true;
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
    edit(after, tr("Edit § %1").arg(item.number), QStringLiteral("minutes-text:%1:%2").arg(m_current.id).arg(item.id));
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
    Attendee &a = after.attendance[row];
    a.status = edited.status;
    a.role = edited.role;
    a.arrivedAtItem = edited.arrivedAtItem;
    a.leftAtItem = edited.leftAtItem;
    if (a == m_current.attendance.at(row))
        return;
    if (a.arrivedAtItem > 0 && a.leftAtItem > 0 && a.leftAtItem < a.arrivedAtItem) {
        refuse(tr("%1 cannot leave after § %2 having arrived at § %3.").arg(a.name).arg(a.leftAtItem).arg(a.arrivedAtItem));
        showMinutes();
        return;
    }
    if (edit(after, tr("Attendance of %1").arg(a.name)))
        return;
    showMinutes();
}

void MinutesView::assignmentsEdited(const QVector<Assignment> &edited)
{
    const int index = currentItemIndex();
    if (m_filling || index < 0)
        return;
    Minutes after = m_current;
    after.items[index].assignments = edited;
    edit(after, tr("Edit assignments in § %1").arg(after.items[index].number));
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
    edit(after, tr("Add an assignment to § %1").arg(after.items[index].number));
}

void MinutesView::removeAssignment(int row)
{
    const int index = currentItemIndex();
    if (index < 0 || row < 0 || row >= m_current.items.at(index).assignments.size())
        return;
    Minutes after = m_current;
    after.items[index].assignments.removeAt(row);
    edit(after, tr("Remove an assignment from § %1").arg(after.items[index].number));
}

void MinutesView::showPhraseMenu()
{
    if (m_discussion->isReadOnly())
        return;
    PhraseMenu menu(this);
    connect(&menu, &PhraseMenu::phraseChosen, this, &MinutesView::insertPhrase);
    connect(&menu, &PhraseMenu::editOwnPhrasesRequested, this, &MinutesView::editMyPhrases);
    menu.exec(m_discussion->mapToGlobal(m_discussion->cursorRect().bottomLeft()));
}

void MinutesView::insertPhrase(int index)
{
    const auto all = PhraseMenu::phrases();
    if (index < 0 || index >= all.size() || m_discussion->isReadOnly())
        return;
    // The adjuster phrase names the adjuster, the other standard ones the chair.
    const QString name = index == 2 ? m_current.adjusters().value(0) : m_current.chair();
    QString text = MinutesPhrases::filled(all.at(index).second, name);
    text.replace(QLatin1String("%1"), QStringLiteral("…"));
    QTextCursor cursor = m_discussion->textCursor();
    if (cursor.positionInBlock() > 0)
        text.prepend(QLatin1Char(' '));
    cursor.insertText(text);
    m_discussion->setTextCursor(cursor);
    m_discussion->setFocus();
}

void MinutesView::editMyPhrases()
{
    PhraseMenu::editOwnPhrases(this);
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
    Minutes after = m_current;
    const int number = after.items.at(index).number;
    if (Status s = refused(MinutesWorkflow::addComment(after, number, author, text)); !s)
        return s;
    return save(after, tr("Comment by %1 on § %2").arg(author).arg(number));
}

Status MinutesView::resolveComment(int commentIndex)
{
    const int index = currentItemIndex();
    if (index < 0)
        return Error{Error::Kind::Invalid, tr("Choose the item whose comment is resolved.")};
    Minutes after = m_current;
    const int number = after.items.at(index).number;
    if (Status s = refused(MinutesWorkflow::resolveComment(after, number, commentIndex)); !s)
        return s;
    return save(after, tr("Resolve a comment on § %1").arg(number));
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
    if (Status s = refused(MinutesWorkflow::checkEditable(m_current)); !s)
        return s;
    Minutes after = m_current;
    after.date = edited.date;
    after.start = edited.start;
    after.end = edited.end;
    after.place = edited.place;
    return save(after, tr("Edit the header of the minutes"));
}

void MinutesView::askForOtherPresent()
{
    AttendeeDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        static_cast<void>(addOtherPresent(dialog.attendee())); // a refusal is shown
}

Status MinutesView::addOtherPresent(const Attendee &attendee)
{
    if (Status s = refused(MinutesWorkflow::checkEditable(m_current)); !s)
        return s;
    if (m_current.attendee(attendee.name)) {
        const Error e{Error::Kind::Duplicate, tr("%1 is already on the attendance list.").arg(attendee.name)};
        refuse(e.message);
        return e;
    }
    Minutes after = m_current;
    Attendee a = attendee;
    a.member = false;
    after.attendance.append(a);
    return save(after, tr("Add %1 to those present").arg(a.name));
}

void MinutesView::removeOtherPresent(int row)
{
    if (row < 0 || row >= m_current.attendance.size())
        return;
    const Attendee &a = m_current.attendance.at(row);
    if (a.member) {
        refuse(tr("%1 is a member of the body: mark the member absent instead of removing them.").arg(a.name));
        return;
    }
    Minutes after = m_current;
    after.attendance.removeAt(row);
    edit(after, tr("Remove %1 from those present").arg(a.name));
}

Status MinutesView::chooseAdjuster(const QString &name)
{
    const int index = currentItemIndex();
    if (Status s = MinutesWorkflow::checkEditable(m_current); !s || index < 0) {
        const QString message = s ? tr("Choose the item where the adjuster is chosen.") : s.error().message;
        refuse(message);
        return Error{Error::Kind::Invalid, message};
    }
    Minutes after = m_current;
    auto it = std::find_if(after.attendance.begin(), after.attendance.end(),
                           [&](const Attendee &a) { return a.name == name; });
    if (it == after.attendance.end() || !it->isPresent()) {
        const QString message = tr("%1 is not present, so cannot adjust the minutes.").arg(name);
        refuse(message);
        showItem();
        return Error{Error::Kind::Invalid, message};
    }
    if (it->role == MinutesRole::Adjuster)
        return {};
    if (after.adjusters().size() >= 2) {
        const QString message = tr("The minutes already have two adjusters (%1); clear one in the attendance list first.")
                                    .arg(after.adjusters().join(QStringLiteral(", ")));
        refuse(message);
        showItem();
        return Error{Error::Kind::Invalid, message};
    }
    it->role = MinutesRole::Adjuster;
    // The decision of the item says who was chosen.
    MinutesItem &item = after.items[index];
    const QString phrase = MinutesPhrases::filled(MinutesPhrases::standard().at(2).text, name);
    if (!item.decision.contains(name))
        item.decision = item.decision.trimmed().isEmpty() ? phrase : item.decision.trimmed() + QLatin1Char(' ') + phrase;
    return save(after, tr("Choose %1 to adjust the minutes").arg(name));
}

// ---- workflow ----

void MinutesView::newMinutes()
{
    auto meetings = m_session->meetingsWithoutMinutes();
    if (!meetings) {
        refuse(meetings.error().message);
        return;
    }
    if (meetings->isEmpty()) {
        refuse(tr("Every meeting already has minutes. Make a meeting in the Wheels tab first."));
        return;
    }
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
    auto existing = m_session->minutesIdForMeeting(meetingId);
    if (!existing) {
        refuse(existing.error().message);
        return existing.error();
    }
    qint64 id = *existing;
    if (id == 0) {
        auto draft = NewMinutes::forMeeting(m_session->database(), meetingId);
        if (!draft) {
            refuse(draft.error().message);
            return draft.error();
        }
        auto added = m_session->addMinutes(*draft);
        if (!added) {
            refuse(added.error().message);
            return added.error();
        }
        id = *added;
    }
    selectMinutes(id);
    return {};
}

void MinutesView::sendForAdjustment()
{
    saveText();
    Minutes after = m_current;
    if (!refused(MinutesWorkflow::sendForAdjustment(after)))
        return;
    if (edit(after, tr("Send the minutes of %1 for adjustment").arg(iso(after.date))))
        m_message->showMessage(tr("The minutes are out for adjustment: editing has stopped until they are adjusted or "
                                  "taken back to draft."),
                               MessageWidget::Information);
}

void MinutesView::backToDraft()
{
    Minutes after = m_current;
    if (!refused(MinutesWorkflow::returnToDraft(after)))
        return;
    edit(after, tr("Take the minutes of %1 back to draft").arg(iso(after.date)));
}

void MinutesView::recordAdjustment()
{
    const QStringList pending = MinutesWorkflow::pendingSignatories(m_current);
    if (m_current.state != MinutesState::ForAdjustment || pending.isEmpty()) {
        refuse(tr("Only minutes out for adjustment can be adjusted."));
        return;
    }
    AdjustmentDialog dialog(
        pending, m_today,
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
    if (Status s = refused(MinutesWorkflow::recordAdjustment(after, adjustment, m_today)); !s)
        return s;
    if (after.state != MinutesState::Final) {
        return save(after, tr("Adjustment by %1").arg(name));
    }
    if (Status s = refused(m_session->finalizeMinutes(after)); !s)
        return s;
    reload();
    m_message->showMessage(tr("All have adjusted: the minutes of %1 are final, adjusted on %2.")
                               .arg(iso(after.date), iso(after.adjustedOn)),
                           MessageWidget::Positive);
    return {};
}

void MinutesView::makeAddition()
{
    auto all = m_session->minutesList();
    if (!all) {
        refuse(all.error().message);
        return;
    }
    int number = 0;
    for (const MinutesSummary &s : *all)
        if (s.meetingId == m_current.meetingId)
            number = qMax(number, s.additionNumber);
    auto addition = MinutesWorkflow::makeAddition(m_current, number + 1);
    if (!addition) {
        refuse(addition.error().message);
        return;
    }
    auto id = m_session->addMinutes(*addition);
    if (!id) {
        refuse(id.error().message);
        return;
    }
    selectMinutes(*id);
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
    const QString path = DialogHooks::saveFileName(this, tr("Export as PDF/A"), pdfFileName(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!MinutesReport(m_current).exportPdf(path, &error, ReportDocument::PdfStandard::ArchivalA1b)) {
        refuse(tr("The minutes could not be written to %1: %2").arg(path, error));
        return;
    }
    m_message->showMessage(tr("The minutes were exported as PDF/A to %1.").arg(path), MessageWidget::Positive);
}
