#include "SlotDialog.h"

#include "DateEdit.h"
#include "PaletteRoles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace {
enum Column { TitleColumn, ResponsibleColumn, DueColumn, StatusColumn };
}

SlotDialog::SlotDialog(const WheelSlot &slot, int year, const QHash<qint64, QString> &actors, QWidget *parent)
    : QDialog(parent), m_slot(slot), m_year(year), m_actors(actors)
{
    setWindowTitle(slot.id ? tr("Edit %1").arg(Wheels::describe(slot)) : tr("New meeting in the wheel"));
    setObjectName(QStringLiteral("slotDialog"));
    auto *form = new QFormLayout;
    m_quarter = new QSpinBox;
    m_quarter->setRange(1, 4);
    m_quarter->setPrefix(QStringLiteral("Q"));
    m_quarter->setValue(slot.quarter);
    m_kind = new QComboBox;
    for (SlotKind k : Wheels::slotKinds())
        m_kind->addItem(Wheels::name(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(slot.kind)));
    m_date = new DateEdit(slot.date.isValid() ? slot.date : QDate(year, (slot.quarter - 1) * 3 + 2, 10));
    m_date->setObjectName(QStringLiteral("slotDate"));
    m_start = new QTimeEdit(slot.start.isValid() ? slot.start : QTime(9, 0));
    m_end = new QTimeEdit(slot.end.isValid() ? slot.end : QTime(12, 0));
    m_start->setObjectName(QStringLiteral("slotStart"));
    m_end->setObjectName(QStringLiteral("slotEnd"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *times = new QHBoxLayout;
    times->addWidget(m_start);
    times->addWidget(new QLabel(QStringLiteral("–")));
    times->addWidget(m_end);
    times->addStretch();
    m_place = new QLineEdit(slot.place);
    m_place->setObjectName(QStringLiteral("slotPlace"));
    m_focus = new QLineEdit(slot.focus);
    m_topics = new QPlainTextEdit(slot.topics.join(QLatin1Char('\n')));
    m_topics->setTabChangesFocus(true);
    m_topics->setMaximumHeight(110);
    form->addRow(tr("&Quarter:"), m_quarter);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Date:"), m_date);
    auto *timeLabel = new QLabel(tr("&Time:"));
    timeLabel->setBuddy(m_start); // a row of two fields has no buddy of its own: "&Time:" showed its "&"
    form->addRow(timeLabel, times);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Focus:"), m_focus);
    form->addRow(tr("T&opics (one a line):"), m_topics);

    m_inputs = new QTableWidget(0, 4);
    m_inputs->setObjectName(QStringLiteral("slotInputs"));
    m_inputs->setHorizontalHeaderLabels({tr("Input material"), tr("Responsible"), tr("Due"), tr("Status")});
    m_inputs->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_inputs->verticalHeader()->hide();
    m_inputs->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const InputItem &i : slot.inputs)
        addInputRow(i);
    m_inputs->resizeColumnsToContents();
    m_inputs->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    // The whole date, also in rows added later ("2027-05-2" was cut).
    m_inputs->horizontalHeader()->resizeSection(DueColumn, DateEdit().sizeHint().width());
    auto *addInput = new QPushButton(tr("Add input"));
    auto *removeInput = new QPushButton(tr("Remove input"));
    connect(addInput, &QPushButton::clicked, this, [this] {
        InputItem item;
        item.title = tr("New input material");
        item.due = m_date->date().addDays(-14);
        addInputRow(item);
        m_inputs->setCurrentCell(m_inputs->rowCount() - 1, TitleColumn);
        m_inputs->editItem(m_inputs->item(m_inputs->rowCount() - 1, TitleColumn));
    });
    connect(removeInput, &QPushButton::clicked, this, [this] {
        if (m_inputs->currentRow() >= 0)
            m_inputs->removeRow(m_inputs->currentRow());
    });
    auto *inputButtons = new QHBoxLayout;
    inputButtons->addWidget(addInput);
    inputButtons->addWidget(removeInput);
    inputButtons->addStretch();

    m_warning = new QLabel;
    m_warning->setObjectName(QStringLiteral("slotWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: %1;").arg(PaletteRoles::text(PaletteRoles::Role::Warning, palette().color(QPalette::Window), palette()).name()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SlotDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SlotDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Input material:")));
    layout->addWidget(m_inputs, 1);
    layout->addLayout(inputButtons);
    layout->addWidget(m_warning);
    layout->addWidget(buttons);
    resize(720, 620);

    connect(m_date, &DateEdit::dateChanged, this, &SlotDialog::updateWarning);
    connect(m_date, &DateEdit::problemChanged, this, &SlotDialog::updateWarning);
    connect(m_quarter, &QSpinBox::valueChanged, this, &SlotDialog::updateWarning);
    updateWarning();
}

void SlotDialog::addInputRow(const InputItem &item)
{
    const int row = m_inputs->rowCount();
    m_inputs->insertRow(row);
    auto *title = new QTableWidgetItem(item.title);
    title->setData(Qt::UserRole, item.id);
    m_inputs->setItem(row, TitleColumn, title);
    auto *who = new QComboBox;
    who->addItem(tr("(nobody)"), 0);
    QVector<QPair<QString, qint64>> sorted;
    for (auto it = m_actors.cbegin(); it != m_actors.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end());
    for (const auto &a : sorted)
        who->addItem(a.first, a.second);
    if (item.responsibleActorId)
        who->setCurrentIndex(qMax(0, who->findData(item.responsibleActorId)));
    else if (!item.responsibleName.isEmpty()) {
        // The responsible has left the register: keep the name visible until another is chosen.
        who->insertItem(1, tr("%1 (no longer in the register)").arg(item.responsibleName), -1);
        who->setCurrentIndex(1);
    }
    who->setProperty("personId", item.responsiblePersonId);
    who->setProperty("name", item.responsibleName);
    m_inputs->setCellWidget(row, ResponsibleColumn, who);
    auto *due = new DateEdit(item.due.isValid() ? item.due : m_date->date().addDays(-14));
    due->setObjectName(QStringLiteral("inputDue"));
    due->setFrame(false);
    m_inputs->setCellWidget(row, DueColumn, due);
    connect(due, &DateEdit::problemChanged, this, &SlotDialog::updateWarning);
    auto *status = new QComboBox;
    for (InputStatus s : {InputStatus::Missing, InputStatus::Requested, InputStatus::Received})
        status->addItem(Wheels::name(s), int(s));
    status->setCurrentIndex(status->findData(int(item.status)));
    m_inputs->setCellWidget(row, StatusColumn, status);
}

WheelSlot SlotDialog::slot() const
{
    WheelSlot s = m_slot;
    s.quarter = m_quarter->value();
    s.kind = SlotKind(m_kind->currentData().toInt());
    s.date = m_date->date();
    s.start = m_start->time();
    s.end = m_end->time();
    s.place = m_place->text().trimmed();
    s.focus = m_focus->text().trimmed();
    s.topics.clear();
    for (const QString &line : m_topics->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            s.topics << line.trimmed();
    s.inputs.clear();
    for (int row = 0; row < m_inputs->rowCount(); ++row) {
        InputItem i;
        i.id = m_inputs->item(row, TitleColumn)->data(Qt::UserRole).toLongLong();
        i.title = m_inputs->item(row, TitleColumn)->text().trimmed();
        auto *who = static_cast<QComboBox *>(m_inputs->cellWidget(row, ResponsibleColumn));
        const qint64 actor = who->currentData().toLongLong();
        if (actor > 0) {
            i.responsibleActorId = actor;
            i.responsibleName = m_actors.value(actor);
        } else if (actor < 0) {
            i.responsibleName = who->property("name").toString(); // unchanged: the one that left
        }
        i.due = static_cast<DateEdit *>(m_inputs->cellWidget(row, DueColumn))->date();
        i.status = InputStatus(static_cast<QComboBox *>(m_inputs->cellWidget(row, StatusColumn))->currentData().toInt());
        s.inputs.append(i);
    }
    return s;
}

QStringList SlotDialog::dateProblems() const
{
    QStringList problems;
    if (!m_date->hasAcceptableDate())
        problems << tr("Date: %1").arg(m_date->problem());
    for (int row = 0; row < m_inputs->rowCount(); ++row) {
        const auto *due = static_cast<const DateEdit *>(m_inputs->cellWidget(row, DueColumn));
        if (!due->hasAcceptableDate())
            problems << tr("Due date of “%1”: %2").arg(m_inputs->item(row, TitleColumn)->text(), due->problem());
    }
    return problems;
}

void SlotDialog::updateWarning()
{
    QStringList warnings = dateProblems();
    if (warnings.isEmpty())
        for (const WheelWarning &w : Wheels::checkSlot(slot()))
            warnings << w.message;
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
}

void SlotDialog::accept()
{
    if (const QStringList problems = dateProblems(); !problems.isEmpty()) {
        m_warning->setText(problems.join(QLatin1Char('\n')));
        m_warning->setVisible(true);
        return;
    }
    if (Status s = Wheels::validate(slot(), m_year); !s) {
        m_warning->setText(s.errorMessage());
        m_warning->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(PaletteRoles::text(PaletteRoles::Role::Problem, palette().color(QPalette::Window), palette()).name()));
        m_warning->setVisible(true);
        return;
    }
    QDialog::accept();
}
