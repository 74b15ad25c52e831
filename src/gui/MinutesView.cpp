#include "MinutesView.h"

#include "AdjustmentDialog.h"
#include "AttendanceTable.h"
#include "AttendeeDialog.h"
#include "CommentDialog.h"
#include "DialogHooks.h"
#include "FollowUpPanel.h"
#include "ItemCommentsPanel.h"
#include "MessageWidget.h"
#include "MinutesHeaderDialog.h"
#include "MinutesPhrases.h"
#include "MinutesReport.h"
#include "MinutesSeal.h"
#include "MinutesWorkflow.h"
#include "NewMinutes.h"
#include "PhraseMenu.h"
#include "Session.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kItemRole = Qt::UserRole + 1;

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString stateText(MinutesState s)
{
    switch (s) {
    case MinutesState::Draft:
        return MinutesView::tr("Draft");
    case MinutesState::ForAdjustment:
        return MinutesView::tr("For adjustment");
    case MinutesState::Final:
        return MinutesView::tr("Final");
    }
    return {};
}

QString summaryText(const MinutesSummary &s)
{
    QString text = QStringLiteral("%1 · %2 · %3").arg(iso(s.date), s.bodyName, stateText(s.state));
    if (s.additionNumber > 0)
        text += QStringLiteral(" · ") + MinutesView::tr("addition %1").arg(s.additionNumber);
    return text;
}

} // namespace

MinutesView::MinutesView(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_today(QDate::currentDate())
{
    m_message = new MessageWidget(this);
    m_message->setObjectName(QStringLiteral("minutesMessage"));
    m_message->hide();

    // ---- left: search and the list of minutes ----
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("minutesSearch"));
    m_search->setPlaceholderText(tr("Search all minutes…"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("minutesList"));
    m_hits = new QListWidget;
    m_hits->setObjectName(QStringLiteral("minutesHits"));
    m_leftStack = new QStackedWidget;
    m_leftStack->addWidget(m_list);
    m_leftStack->addWidget(m_hits);
    auto *newButton = new QPushButton(tr("&New minutes for a meeting…"));
    newButton->setObjectName(QStringLiteral("newMinutes"));
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_leftStack, 1);
    leftLayout->addWidget(newButton);

    // ---- right: the selected minutes ----
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("minutesHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("minutesState"));
    m_state->setWordWrap(true);

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
    m_discussion = new QPlainTextEdit;
    m_discussion->setObjectName(QStringLiteral("minutesDiscussion"));
    m_discussion->setPlaceholderText(tr("Discussion (Ctrl+J inserts a standard phrase)"));
    m_decision = new QPlainTextEdit;
    m_decision->setObjectName(QStringLiteral("minutesDecision"));
    m_decision->setPlaceholderText(tr("Decision"));
    m_decision->setMaximumHeight(90);
    m_assignments = new QTableWidget(0, 3);
    m_assignments->setObjectName(QStringLiteral("minutesAssignments"));
    m_assignments->setHorizontalHeaderLabels({tr("Responsible"), tr("Task"), tr("Due (YYYY-MM-DD)")});
    m_assignments->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_assignments->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_assignments->verticalHeader()->hide();
    m_assignments->setMaximumHeight(120);
    m_addAssignment = new QPushButton(tr("Add assignment"));
    m_addAssignment->setObjectName(QStringLiteral("addAssignment"));
    m_removeAssignment = new QPushButton(tr("Remove assignment"));
    m_comments = new ItemCommentsPanel;
    m_comments->setObjectName(QStringLiteral("itemCommentsPanel"));
    m_adjusterPick = new QComboBox;
    m_adjusterPick->setObjectName(QStringLiteral("adjusterPick"));
    m_adjusterRow = new QWidget;
    auto *adjusterLayout = new QHBoxLayout(m_adjusterRow);
    adjusterLayout->setContentsMargins(0, 0, 0, 0);
    adjusterLayout->addWidget(new QLabel(tr("Adjuster chosen:")));
    adjusterLayout->addWidget(m_adjusterPick, 1);

    auto *itemPane = new QWidget;
    auto *itemLayout = new QFormLayout(itemPane);
    itemLayout->setContentsMargins(0, 0, 0, 0);
    itemLayout->addRow(m_adjusterRow);
    itemLayout->addRow(tr("Discussion:"), m_discussion);
    itemLayout->addRow(tr("Decision:"), m_decision);
    auto *assignmentButtons = new QHBoxLayout;
    assignmentButtons->addWidget(m_addAssignment);
    assignmentButtons->addWidget(m_removeAssignment);
    assignmentButtons->addStretch();
    auto *assignmentBox = new QVBoxLayout;
    assignmentBox->addWidget(m_assignments);
    assignmentBox->addLayout(assignmentButtons);
    itemLayout->addRow(tr("Assignments:"), assignmentBox);
    itemLayout->addRow(m_comments);

    auto *itemSplit = new QSplitter(Qt::Horizontal);
    itemSplit->addWidget(m_items);
    itemSplit->addWidget(itemPane);
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
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_state);
    rightLayout->addLayout(workflow);
    rightLayout->addWidget(rightSplit, 1);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    split->setSizes({260, 780});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

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

    connect(m_search, &QLineEdit::textChanged, this, &MinutesView::search);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!m_filling && item)
            selectMinutes(item->data(kIdRole).toLongLong());
    });
    connect(m_hits, &QListWidget::itemActivated, this, &MinutesView::openHit);
    connect(m_hits, &QListWidget::itemClicked, this, &MinutesView::openHit);
    connect(m_items, &QListWidget::currentRowChanged, this, [this] {
        if (!m_filling) {
            saveText();
            showItem();
        }
    });
    connect(m_assignments, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            assignmentsEdited();
    });
    connect(m_addAssignment, &QPushButton::clicked, this, &MinutesView::addAssignment);
    connect(m_removeAssignment, &QPushButton::clicked, this, &MinutesView::removeAssignment);
    connect(m_editHeader, &QPushButton::clicked, this, &MinutesView::askForHeader);
    connect(m_attendance, &AttendanceTable::attendeeEdited, this, &MinutesView::attendanceEdited);
    connect(m_attendance, &AttendanceTable::addRequested, this, &MinutesView::askForOtherPresent);
    connect(m_attendance, &AttendanceTable::removeRequested, this, &MinutesView::removeOtherPresent);
    connect(m_comments, &ItemCommentsPanel::addRequested, this, &MinutesView::askForComment);
    connect(m_comments, &ItemCommentsPanel::resolveRequested, this, &MinutesView::resolveComment);
    connect(m_followUp, &FollowUpPanel::errorOccurred, this, &MinutesView::refuse);
    connect(m_followUp, &FollowUpPanel::pendingCountChanged, this, [this](int count) {
        m_upperTabs->setTabText(1, count > 0 ? tr("&Follow-up (%1)").arg(count) : tr("&Follow-up"));
    });
    connect(m_adjusterPick, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            static_cast<void>(chooseAdjuster(m_adjusterPick->itemText(index))); // a refusal is shown
    });
    connect(newButton, &QPushButton::clicked, this, &MinutesView::newMinutes);
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
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        showMinutes();
}

// ---- showing ----

void MinutesView::reloadList()
{
    auto all = m_session->minutesList();
    if (!all) {
        refuse(all.error().message);
        return;
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const MinutesSummary &s : *all) {
        auto *item = new QListWidgetItem(summaryText(s), m_list);
        item->setData(kIdRole, s.id);
        if (s.id == m_current.id)
            m_list->setCurrentItem(item);
    }
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
    {
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->data(kIdRole).toLongLong() == id)
                m_list->setCurrentRow(i);
    }
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

    if (m.id == 0) {
        m_header->setText(tr("No minutes yet: make them with “New minutes for a meeting…”."));
    } else {
        QString title = m.bodyName.toHtmlEscaped();
        if (m.additionNumber > 0)
            title += QStringLiteral(" — ") + tr("addition %1").arg(m.additionNumber);
        m_header->setText(QStringLiteral("<b style='font-size:large'>%1</b><br>%2 · %3")
                              .arg(title, MinutesReport::timeLine(m).toHtmlEscaped(), m.place.toHtmlEscaped()));
    }
    QString state = m.id == 0 ? QString() : stateText(m.state);
    if (m.state == MinutesState::Final) {
        state = tr("Final. Adjusted on (Justerat den) %1. Verification code %2.")
                    .arg(iso(m.adjustedOn), MinutesSeal::verificationCode(m.contentHash));
    } else if (m.state == MinutesState::ForAdjustment) {
        const QStringList pending = MinutesWorkflow::pendingSignatories(m);
        state = tr("Out for adjustment; editing has stopped. Still to adjust: %1.").arg(pending.join(QStringLiteral(", ")));
    } else if (m.id != 0) {
        state = tr("Draft: every change is saved as it is made.");
    }
    m_state->setText(state);

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
    const MinutesItem item = index >= 0 ? m_current.items.at(index) : MinutesItem();
    m_filling = true;
    m_shownItem = index;
    // Keep the cursor where it is when the text is unchanged (a save of what was typed).
    if (m_discussion->toPlainText() != item.discussion)
        m_discussion->setPlainText(item.discussion);
    if (m_decision->toPlainText() != item.decision)
        m_decision->setPlainText(item.decision);
    m_discussion->setReadOnly(!editable);
    m_decision->setReadOnly(!editable);
    m_assignments->setRowCount(0);
    m_assignments->setRowCount(int(item.assignments.size()));
    for (int r = 0; r < item.assignments.size(); ++r) {
        const Assignment &a = item.assignments.at(r);
        m_assignments->setItem(r, 0, new QTableWidgetItem(a.responsible));
        m_assignments->setItem(r, 1, new QTableWidgetItem(a.task));
        m_assignments->setItem(r, 2, new QTableWidgetItem(iso(a.due)));
    }
    m_assignments->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    m_addAssignment->setEnabled(editable);
    m_removeAssignment->setEnabled(editable && !item.assignments.isEmpty());
    m_comments->showItem(m_current, index);
    showAdjusterPicker(index, editable);
    m_filling = false;
}

void MinutesView::showAdjusterPicker(int index, bool editable)
{
    // The item where the meeting chooses its adjuster ("Val av justerare") offers the
    // people present; choosing one gives them the role and writes the decision.
    static const QRegularExpression adjusterItem(QStringLiteral("justerare|adjuster"),
                                                 QRegularExpression::CaseInsensitiveOption);
    const bool show = index >= 0 && m_current.items.at(index).title.contains(adjusterItem);
    m_adjusterRow->setVisible(show);
    if (!show)
        return;
    m_adjusterPick->clear();
    m_adjusterPick->addItem(tr("— choose among those present —"));
    for (const Attendee &a : m_current.attendance)
        if (a.isPresent() && a.role != MinutesRole::Chair && a.role != MinutesRole::Secretary)
            m_adjusterPick->addItem(a.name);
    const QStringList chosen = m_current.adjusters();
    m_adjusterPick->setCurrentIndex(chosen.isEmpty() ? 0 : qMax(0, m_adjusterPick->findText(chosen.constFirst())));
    m_adjusterPick->setEnabled(editable);
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

void MinutesView::assignmentsEdited()
{
    const int index = currentItemIndex();
    if (index < 0)
        return;
    Minutes after = m_current;
    QVector<Assignment> &list = after.items[index].assignments;
    for (int r = 0; r < m_assignments->rowCount() && r < list.size(); ++r) {
        auto text = [this, r](int c) { return m_assignments->item(r, c) ? m_assignments->item(r, c)->text().trimmed() : QString(); };
        const QString dueText = text(2);
        const QDate due = QDate::fromString(dueText, Qt::ISODate);
        if (!dueText.isEmpty() && !due.isValid()) {
            refuse(tr("The due date “%1” of assignment %2 in § %3 is not a date (YYYY-MM-DD).")
                       .arg(dueText)
                       .arg(r + 1)
                       .arg(after.items[index].number));
            showItem();
            return;
        }
        if (list[r].responsible != text(0))
            list[r].responsiblePersonId = 0;
        list[r].responsible = text(0);
        list[r].task = text(1);
        list[r].due = due;
    }
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

void MinutesView::removeAssignment()
{
    const int index = currentItemIndex();
    const int row = m_assignments->currentRow();
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
    if (Status s = MinutesWorkflow::addComment(after, number, author, text); !s) {
        refuse(s.error().message);
        return s;
    }
    if (!edit(after, tr("Comment by %1 on § %2").arg(author).arg(number)))
        return Error{Error::Kind::Invalid, m_message->text()};
    return {};
}

Status MinutesView::resolveComment(int commentIndex)
{
    const int index = currentItemIndex();
    if (index < 0)
        return Error{Error::Kind::Invalid, tr("Choose the item whose comment is resolved.")};
    Minutes after = m_current;
    const int number = after.items.at(index).number;
    if (Status s = MinutesWorkflow::resolveComment(after, number, commentIndex); !s) {
        refuse(s.error().message);
        return s;
    }
    if (!edit(after, tr("Resolve a comment on § %1").arg(number)))
        return Error{Error::Kind::Invalid, m_message->text()};
    return {};
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
    if (Status s = MinutesWorkflow::checkEditable(m_current); !s) {
        refuse(s.error().message);
        return s;
    }
    Minutes after = m_current;
    after.date = edited.date;
    after.start = edited.start;
    after.end = edited.end;
    after.place = edited.place;
    if (!edit(after, tr("Edit the header of the minutes")))
        return Error{Error::Kind::Invalid, m_message->text()};
    return {};
}

void MinutesView::askForOtherPresent()
{
    AttendeeDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        static_cast<void>(addOtherPresent(dialog.attendee())); // a refusal is shown
}

Status MinutesView::addOtherPresent(const Attendee &attendee)
{
    if (Status s = MinutesWorkflow::checkEditable(m_current); !s) {
        refuse(s.error().message);
        return s;
    }
    if (m_current.attendee(attendee.name)) {
        const Error e{Error::Kind::Duplicate, tr("%1 is already on the attendance list.").arg(attendee.name)};
        refuse(e.message);
        return e;
    }
    Minutes after = m_current;
    Attendee a = attendee;
    a.member = false;
    after.attendance.append(a);
    if (!edit(after, tr("Add %1 to those present").arg(a.name)))
        return Error{Error::Kind::Invalid, m_message->text()};
    return {};
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
    if (!edit(after, tr("Choose %1 to adjust the minutes").arg(name)))
        return Error{Error::Kind::Invalid, m_message->text()};
    return {};
}

// ---- search ----

void MinutesView::search(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_leftStack->setCurrentWidget(m_list);
        return;
    }
    m_leftStack->setCurrentWidget(m_hits);
    m_hits->clear();
    auto hits = m_session->searchMinutes(text);
    if (!hits) {
        m_hits->addItem(hits.error().message);
        return;
    }
    if (hits->isEmpty())
        m_hits->addItem(tr("No minutes contain “%1”.").arg(text.trimmed()));
    for (const MinutesHit &h : *hits) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2 · § %3 %4").arg(iso(h.date), h.bodyName).arg(h.number).arg(h.title),
                                         m_hits);
        item->setData(kIdRole, h.minutesId);
        item->setData(kItemRole, h.itemId);
        item->setToolTip(h.snippet);
    }
}

void MinutesView::openHit()
{
    QListWidgetItem *item = m_hits->currentItem();
    if (!item || !item->data(kIdRole).isValid())
        return;
    selectMinutes(item->data(kIdRole).toLongLong(), item->data(kItemRole).toLongLong());
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
    if (Status s = MinutesWorkflow::sendForAdjustment(after); !s) {
        refuse(s.error().message);
        return;
    }
    if (edit(after, tr("Send the minutes of %1 for adjustment").arg(iso(after.date))))
        m_message->showMessage(tr("The minutes are out for adjustment: editing has stopped until they are adjusted or "
                                  "taken back to draft."),
                               MessageWidget::Information);
}

void MinutesView::backToDraft()
{
    Minutes after = m_current;
    if (Status s = MinutesWorkflow::returnToDraft(after); !s) {
        refuse(s.error().message);
        return;
    }
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
    if (Status s = MinutesWorkflow::recordAdjustment(after, adjustment, m_today); !s) {
        refuse(s.error().message);
        return s;
    }
    if (after.state != MinutesState::Final) {
        if (!edit(after, tr("Adjustment by %1").arg(name)))
            return Error{Error::Kind::Invalid, m_message->text()};
        return {};
    }
    if (Status s = m_session->finalizeMinutes(after); !s) {
        refuse(s.error().message);
        return s;
    }
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
