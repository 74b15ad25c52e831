#include "MeetingDialog.h"

#include "DateEdit.h"
#include "PaletteRoles.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kNotesRole = Qt::UserRole + 2;
}

MeetingDialog::MeetingDialog(const Meeting &meeting, QWidget *parent) : QDialog(parent), m_meeting(meeting)
{
    setObjectName(QStringLiteral("meetingDialog"));
    setWindowTitle(tr("Meeting: %1").arg(meeting.title));
    m_title = new QLineEdit(meeting.title);
    m_date = new DateEdit(meeting.date);
    m_date->setObjectName(QStringLiteral("meetingDate"));
    m_start = new QTimeEdit(meeting.start.isValid() ? meeting.start : QTime(9, 0));
    m_end = new QTimeEdit(meeting.end.isValid() ? meeting.end : QTime(12, 0));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_place = new QLineEdit(meeting.place);
    auto *times = new QHBoxLayout;
    times->addWidget(m_start);
    times->addWidget(new QLabel(QStringLiteral("–")));
    times->addWidget(m_end);
    times->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    auto *timeLabel = new QLabel(tr("T&ime:"));
    timeLabel->setBuddy(m_start); // a row of two fields has no buddy of its own: "T&ime:" showed its "&"
    form->addRow(timeLabel, times);
    form->addRow(tr("&Place:"), m_place);

    m_agenda = new QListWidget;
    m_agenda->setObjectName(QStringLiteral("agendaList"));
    for (int i = 0; i < meeting.agenda.size(); ++i)
        addRow(meeting.agenda.at(i), i);
    m_agenda->setCurrentRow(0);

    auto button = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *b = new QPushButton(text);
        b->setShortcut(key);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *side = new QVBoxLayout;
    side->addWidget(button(tr("&Add item"), QKeySequence(Qt::CTRL | Qt::Key_N), [this] { addItem(tr("New item")); }));
    side->addWidget(button(tr("&Remove item"), QKeySequence(Qt::CTRL | Qt::Key_Delete), [this] { removeCurrent(); }));
    side->addWidget(button(tr("Move &up"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveCurrent(-1); }));
    side->addWidget(button(tr("Move do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveCurrent(1); }));
    side->addStretch();
    auto *agenda = new QHBoxLayout;
    agenda->addWidget(m_agenda, 1);
    agenda->addLayout(side);

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(PaletteRoles::text(PaletteRoles::Role::Problem, palette().color(QPalette::Window), palette()).name()));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *agendaLabel = new QLabel(tr("A&genda (double-click an item to rename it):"));
    agendaLabel->setBuddy(m_agenda);
    layout->addWidget(agendaLabel);
    layout->addLayout(agenda, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 560);
}

void MeetingDialog::addRow(const AgendaItem &item, int row)
{
    auto *w = new QListWidgetItem(item.title);
    w->setFlags(w->flags() | Qt::ItemIsEditable);
    w->setData(kIdRole, item.id);
    w->setData(kKindRole, int(item.kind));
    w->setData(kNotesRole, item.notes);
    if (!item.notes.isEmpty())
        w->setToolTip(item.notes);
    m_agenda->insertItem(row, w);
}

void MeetingDialog::addItem(const QString &title)
{
    // New items go before "Other matters" and the closing, or after the current one.
    int row = m_agenda->currentRow() >= 0 ? m_agenda->currentRow() + 1 : m_agenda->count();
    addRow(AgendaItem{0, title, AgendaKind::Other, {}}, row);
    m_agenda->setCurrentRow(row);
    m_agenda->editItem(m_agenda->item(row));
}

void MeetingDialog::removeCurrent()
{
    const int row = m_agenda->currentRow();
    if (row >= 0)
        delete m_agenda->takeItem(row);
}

void MeetingDialog::moveCurrent(int delta)
{
    const int row = m_agenda->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_agenda->count())
        return;
    QListWidgetItem *item = m_agenda->takeItem(row);
    m_agenda->insertItem(to, item);
    m_agenda->setCurrentRow(to);
}

Meeting MeetingDialog::meeting() const
{
    Meeting m = m_meeting;
    m.title = m_title->text().trimmed();
    m.date = m_date->date();
    m.start = m_start->time();
    m.end = m_end->time();
    m.place = m_place->text().trimmed();
    m.agenda.clear();
    for (int i = 0; i < m_agenda->count(); ++i) {
        const QListWidgetItem *w = m_agenda->item(i);
        m.agenda.append(AgendaItem{w->data(kIdRole).toLongLong(), w->text().trimmed(),
                                   AgendaKind(w->data(kKindRole).toInt()), w->data(kNotesRole).toString()});
    }
    return m;
}

void MeetingDialog::accept()
{
    if (!m_date->hasAcceptableDate()) {
        m_error->setText(m_date->problem());
        m_error->show();
        m_date->setFocus();
        return;
    }
    if (Status s = Meetings::validate(meeting()); !s) {
        m_error->setText(s.errorMessage());
        m_error->show();
        return;
    }
    QDialog::accept();
}
