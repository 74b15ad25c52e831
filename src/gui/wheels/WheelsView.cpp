#include "WheelsView.h"

#include "AtomicFile.h"
#include "Clock.h"

#include "BodyTableModel.h"
#include "FileDialogs.h"
#include "IcsCalendar.h"
#include "MeetingDialog.h"
#include "Session.h"
#include "SlotDialog.h"
#include "ViewSupport.h"
#include "WheelPictures.h"
#include "WheelReport.h"
#include "WheelService.h"
#include "WheelWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { BodyColumn, QuarterColumn, KindColumn, DateColumn, TimeColumn, PlaceColumn, FocusColumn, InputColumn,
              MeetingColumn, ColumnCount };
}

WheelsView::WheelsView(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("wheelsView"));
    m_body = new QComboBox;
    m_body->setObjectName(QStringLiteral("wheelBody"));
    m_body->setMinimumContentsLength(28);
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("wheelYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(Clock::today().year());
    m_overview = new QCheckBox(tr("&Regional overview"));
    m_overview->setObjectName(QStringLiteral("wheelOverview"));
    m_overview->setToolTip(tr("Every wheel of the year together, one ring per body, clashes marked"));
    auto *bodyLabel = new QLabel(tr("&Body:"));
    bodyLabel->setBuddy(m_body);
    auto *yearLabel = new QLabel(tr("&Year:"));
    yearLabel->setBuddy(m_year);

    auto button = [this](const QString &text, const QString &name, void (WheelsView::*slot)()) {
        auto *b = new QPushButton(text);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_create = new QPushButton(tr("&New wheel…"));
    m_create->setObjectName(QStringLiteral("wheelCreate"));
    connect(m_create, &QPushButton::clicked, this, [this] { createWheel(); });
    m_copy = button(tr("&Copy last year"), QStringLiteral("wheelCopy"), &WheelsView::copyLastYear);
    m_ics = button(tr("E&xport calendar…"), QStringLiteral("wheelIcs"), &WheelsView::exportCalendar);
    m_saveTemplate = button(tr("Save as &template…"), QStringLiteral("wheelSaveTemplate"), &WheelsView::saveAsTemplate);

    auto *top = new QHBoxLayout;
    top->addWidget(bodyLabel);
    top->addWidget(m_body, 1);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(m_overview);
    top->addStretch();
    top->addWidget(m_create);
    top->addWidget(m_copy);
    top->addWidget(m_saveTemplate);
    top->addWidget(m_ics);

    m_wheelWidget = new WheelWidget;
    m_wheelWidget->setObjectName(QStringLiteral("wheelCircle"));
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("wheelSlots"));
    m_table->setHorizontalHeaderLabels({tr("Body"), tr("Quarter"), tr("Kind"), tr("Date"), tr("Time"), tr("Place"),
                                        tr("Focus"), tr("Input material"), tr("Meeting")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(FocusColumn, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);

    m_edit = button(tr("&Edit…"), QStringLiteral("slotEdit"), &WheelsView::editSelectedSlot);
    m_add = button(tr("&Add meeting to wheel…"), QStringLiteral("slotAdd"), &WheelsView::addSlot);
    m_delete = button(tr("&Delete"), QStringLiteral("slotDelete"), &WheelsView::deleteSelectedSlot);
    m_meeting = button(tr("&Turn into meeting"), QStringLiteral("slotMeeting"), &WheelsView::turnSelectedIntoMeeting);
    m_openMeeting = button(tr("&Meeting and agenda…"), QStringLiteral("slotOpenMeeting"), &WheelsView::openSelectedMeeting);
    m_notice = new QPushButton(tr("N&otice as PDF…"));
    m_notice->setObjectName(QStringLiteral("slotNotice"));
    connect(m_notice, &QPushButton::clicked, this, [this] {
        auto notice = makeNotice();
        if (!notice)
            return;
        const QString path = m_files->saveFileName(this, tr("Save the notice as PDF"),
                                                       QDir::home().filePath(tr("notice.pdf")), tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!notice->exportPdf(path, &error))
            emit errorOccurred(tr("The notice could not be written to %1: %2").arg(QDir::toNativeSeparators(path), error));
    });
    m_keepMinutes = new QPushButton(tr("Keep mi&nutes"));
    m_keepMinutes->setObjectName(QStringLiteral("slotKeepMinutes"));
    m_keepMinutes->setToolTip(tr("Write the minutes of this meeting in the Minutes tab"));
    connect(m_keepMinutes, &QPushButton::clicked, this, [this] {
        if (const qint64 meetingId = m_meetingOfSlot.value(selectedSlotId()))
            emit keepMinutesRequested(meetingId);
    });
    auto *slotButtons = new QHBoxLayout;
    for (QPushButton *b : {m_edit, m_add, m_delete, m_meeting, m_openMeeting, m_notice, m_keepMinutes})
        slotButtons->addWidget(b);
    slotButtons->addStretch();

    m_warnings = new WarningBox;
    m_warnings->setObjectName(QStringLiteral("wheelWarnings"));
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addLayout(slotButtons);
    rightLayout->addWidget(m_warnings);
    auto *split = new QSplitter;
    split->addWidget(m_wheelWidget);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 700});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    fillBodies();
    // Start on the first body with a wheel this year.
    auto wheels = session->wheelService().ofYear(m_year->value());
    if (!wheels)
        emit errorOccurred(wheels.errorMessage());
    else if (!wheels->isEmpty())
        m_body->setCurrentIndex(qMax(0, m_body->findData(wheels->first().bodyId)));
    // The body list follows the Bodies tab: added, renamed and deleted bodies show here.
    BodyTableModel *bodies = session->bodies();
    connect(bodies, &QAbstractItemModel::modelReset, this, &WheelsView::bodiesChanged);
    connect(bodies, &QAbstractItemModel::layoutChanged, this, &WheelsView::bodiesChanged);
    connect(bodies, &QAbstractItemModel::rowsInserted, this, &WheelsView::bodiesChanged);
    connect(bodies, &QAbstractItemModel::rowsRemoved, this, &WheelsView::bodiesChanged);
    connect(bodies, &QAbstractItemModel::dataChanged, this, &WheelsView::bodiesChanged);

    connect(m_body, &QComboBox::currentIndexChanged, this, &WheelsView::reload);
    connect(m_year, &QSpinBox::valueChanged, this, &WheelsView::reload);
    connect(m_overview, &QCheckBox::toggled, this, &WheelsView::reload);
    connect(session, &Session::wheelsChanged, this, &WheelsView::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_wheelWidget->setSelectedId(selectedSlotId());
        updateButtons();
    });
    connect(m_table, &QTableWidget::itemActivated, this, [this] { editSelectedSlot(); });
    connect(m_wheelWidget, &WheelWidget::markerClicked, this, &WheelsView::selectSlot);
    connect(m_wheelWidget, &WheelWidget::markerActivated, this, [this](qint64 id) {
        selectSlot(id);
        editSelectedSlot();
    });
    auto *del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &WheelsView::deleteSelectedSlot);
    reload();
}

void WheelsView::fillBodies()
{
    const QSignalBlocker blocker(m_body);
    const qint64 current = currentBodyId();
    m_body->clear();
    m_bodyAreas.clear();
    const BodyList &bodies = m_session->bodies()->records();
    // Industry forums first: the wheels are theirs.
    for (int pass = 0; pass < 2; ++pass)
        for (const Body &b : bodies)
            if ((b.kind == BodyKind::IndustryForum) == (pass == 0)) {
                m_body->addItem(b.name, b.id);
                m_bodyAreas.insert(b.id, int(b.area));
            }
    m_body->setCurrentIndex(qMax(0, m_body->findData(current)));
}

void WheelsView::bodiesChanged()
{
    const qint64 before = currentBodyId();
    fillBodies();
    if (currentBodyId() != before || m_wheel.bodyName != m_body->currentText() || m_overview->isChecked())
        reload();
}

qint64 WheelsView::currentBodyId() const
{
    return m_body->currentData().toLongLong();
}

int WheelsView::currentYear() const
{
    return m_year->value();
}

void WheelsView::showWheel(qint64 bodyId, int year)
{
    const QSignalBlocker b1(m_body);
    const QSignalBlocker b2(m_year);
    m_body->setCurrentIndex(m_body->findData(bodyId));
    m_year->setValue(year);
    reload();
}

void WheelsView::setOverview(bool on)
{
    m_overview->setChecked(on);
}

bool WheelsView::report(const Status &status)
{
    if (!status)
        emit errorOccurred(status.errorMessage());
    return status.ok();
}

void WheelsView::reload()
{
    const qint64 selected = selectedSlotId();
    const WheelService &wheels = m_session->wheelService();
    m_wheel = AnnualWheel();
    m_wheel.bodyId = currentBodyId();
    m_wheel.bodyName = m_body->currentText();
    m_wheel.year = currentYear();
    QStringList failures;
    auto w = wheels.wheelOf(currentBodyId(), currentYear());
    if (!w)
        failures << w.errorMessage();
    else if (w->id)
        m_wheel = *w;
    auto all = wheels.ofYear(currentYear());
    if (!all)
        failures << all.errorMessage();
    m_yearWheels = all ? *all : QVector<AnnualWheel>();
    auto members = wheels.memberNames();
    if (!members)
        failures << members.errorMessage();
    m_clashes = WheelPictures::clashes(m_yearWheels, members ? *members : QHash<qint64, QSet<QString>>());
    m_meetingOfSlot.clear();
    auto meetings = wheels.meetings(0, currentYear());
    if (!meetings)
        failures << meetings.errorMessage();
    else
        for (const Meeting &m : *meetings)
            if (m.slotId)
                m_meetingOfSlot.insert(m.slotId, m.id);
    // What could not be read is said, not left out in silence.
    failures.removeDuplicates();
    for (const QString &f : failures)
        emit errorOccurred(f);

    const bool overview = m_overview->isChecked();
    m_body->setEnabled(!overview);
    m_wheelWidget->setPicture(overview ? WheelPictures::overview(m_yearWheels, m_clashes, m_bodyAreas, currentYear())
                                       : WheelPictures::forWheel(m_wheel));
    QStringList warnings;
    if (overview) {
        for (const MeetingClash &c : m_clashes)
            warnings << c.message();
        for (const WheelWarning &w : Wheels::checkFutureSeminar(m_yearWheels))
            warnings << w.message;
    } else if (m_wheel.id) {
        const int row = m_session->bodies()->rowOf(m_wheel.bodyId);
        const bool forum = row >= 0 && m_session->bodies()->recordAt(row).kind == BodyKind::IndustryForum;
        for (const WheelWarning &w : Wheels::check(m_wheel, forum))
            warnings << w.message;
        for (const MeetingClash &c : m_clashes)
            if (c.first.bodyId == m_wheel.bodyId || c.second.bodyId == m_wheel.bodyId)
                warnings << c.message();
    } else {
        warnings << tr("%1 has no annual wheel for %2. Make one with New wheel, or copy last year's.")
                        .arg(m_wheel.bodyName)
                        .arg(currentYear());
    }
    m_warnings->setWarnings(warnings);
    fillTable();
    selectSlot(selected);
    updateButtons();
}

void WheelsView::fillTable()
{
    const bool overview = m_overview->isChecked();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    m_table->setColumnHidden(BodyColumn, !overview);
    const QVector<AnnualWheel> shown = overview ? m_yearWheels : QVector<AnnualWheel>{m_wheel};
    for (const AnnualWheel &w : shown) {
        QVector<WheelSlot> sorted = w.slotList;
        std::stable_sort(sorted.begin(), sorted.end(), [](const WheelSlot &a, const WheelSlot &b) {
            return a.date.isValid() && b.date.isValid() ? a.date < b.date : a.quarter < b.quarter;
        });
        for (const WheelSlot &s : sorted) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            int received = 0;
            for (const InputItem &i : s.inputs)
                received += i.status == InputStatus::Received ? 1 : 0;
            const QString texts[ColumnCount] = {
                w.bodyName,
                QStringLiteral("Q%1").arg(s.quarter),
                Wheels::name(s.kind),
                s.date.isValid() ? s.date.toString(Qt::ISODate) : tr("not set"),
                s.start.isValid() ? s.start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–")
                        + s.end.toString(QStringLiteral("HH:mm"))
                                  : QString(),
                s.place,
                s.focus,
                s.inputs.isEmpty() ? QString() : tr("%1 of %2 received").arg(received).arg(s.inputs.size()),
                m_meetingOfSlot.contains(s.id) ? tr("Yes") : QString(),
            };
            const bool warned = !Wheels::checkSlot(s).isEmpty();
            for (int c = 0; c < ColumnCount; ++c) {
                auto *item = new QTableWidgetItem(texts[c]);
                item->setData(Qt::UserRole, s.id);
                if (c == QuarterColumn && warned) {
                    item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
                    QStringList tips;
                    for (const WheelWarning &ww : Wheels::checkSlot(s))
                        tips << ww.message;
                    item->setToolTip(tips.join(QLatin1Char('\n')));
                } else {
                    item->setToolTip(WheelPictures::tooltip(s, overview ? w.bodyName : QString()));
                }
                m_table->setItem(row, c, item);
            }
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(FocusColumn, QHeaderView::Stretch);
}

qint64 WheelsView::selectedSlotId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

void WheelsView::selectSlot(qint64 slotId)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == slotId) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, QuarterColumn));
            return;
        }
    m_table->clearSelection();
}

QStringList WheelsView::warnings() const
{
    return m_warnings->warnings();
}

void WheelsView::updateButtons()
{
    const bool overview = m_overview->isChecked();
    const qint64 slot = selectedSlotId();
    const bool hasWheel = m_wheel.id != 0;
    m_create->setEnabled(!overview && !hasWheel && currentBodyId());
    m_copy->setEnabled(!overview && !hasWheel && currentBodyId());
    m_saveTemplate->setEnabled(!overview && hasWheel);
    m_ics->setEnabled(!overview && hasWheel);
    m_add->setEnabled(!overview && hasWheel);
    m_edit->setEnabled(slot);
    m_delete->setEnabled(slot && !overview && !m_meetingOfSlot.contains(slot));
    m_meeting->setEnabled(slot && !m_meetingOfSlot.contains(slot));
    m_openMeeting->setEnabled(slot && m_meetingOfSlot.contains(slot));
    m_notice->setEnabled(slot && m_meetingOfSlot.contains(slot));
    m_keepMinutes->setEnabled(slot && m_meetingOfSlot.contains(slot));
}

void WheelsView::createWheel(const QString &templateKeyOrName)
{
    auto templates = m_session->wheelService().templates();
    if (!report(templates ? Status() : Status(templates.error())))
        return;
    QString chosen = templateKeyOrName;
    if (chosen.isEmpty()) {
        QStringList names;
        for (const WheelTemplate &t : *templates)
            names << t.name;
        bool ok = false;
        chosen = QInputDialog::getItem(this, tr("New annual wheel"),
                                       tr("Template for the annual wheel %1 of %2:").arg(currentYear()).arg(m_body->currentText()),
                                       names, 0, false, &ok);
        if (!ok)
            return;
    }
    for (const WheelTemplate &t : *templates)
        if (t.name == chosen || (!t.key.isEmpty() && t.key == chosen)) {
            auto id = m_session->wheelService().createWheel(currentBodyId(), currentYear(), t);
            report(id ? Status() : Status(id.error()));
            return;
        }
    emit errorOccurred(tr("There is no wheel template called %1.").arg(chosen));
}

void WheelsView::copyLastYear()
{
    auto id = m_session->wheelService().copyLastYear(currentBodyId(), currentYear());
    report(id ? Status() : Status(id.error()));
}

void WheelsView::editSelectedSlot()
{
    const qint64 id = selectedSlotId();
    if (!id)
        return;
    auto slot = m_session->wheelService().slot(id);
    if (!report(slot ? Status() : Status(slot.error())))
        return;
    int year = currentYear();
    for (const AnnualWheel &w : m_yearWheels)
        if (w.id == slot->wheelId)
            year = w.year;
    SlotDialog dialog(*slot, year, m_session->organisationNames(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(m_session->wheelService().editSlot(dialog.slot()));
}

void WheelsView::addSlot()
{
    if (!m_wheel.id)
        return;
    WheelSlot s;
    s.wheelId = m_wheel.id;
    s.quarter = currentYear() == Clock::today().year() ? Wheels::quarterOf(Clock::today()) : 1;
    s.date = QDate(currentYear(), (s.quarter - 1) * 3 + 2, 10);
    s.start = QTime(9, 0);
    s.end = QTime(12, 0);
    SlotDialog dialog(s, currentYear(), m_session->organisationNames(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto id = m_session->wheelService().addSlot(dialog.slot());
    if (report(id ? Status() : Status(id.error())))
        selectSlot(*id);
}

void WheelsView::deleteSelectedSlot()
{
    if (const qint64 id = selectedSlotId())
        report(m_session->wheelService().removeSlot(id));
}

void WheelsView::turnSelectedIntoMeeting()
{
    const qint64 id = selectedSlotId();
    if (!id)
        return;
    auto meeting = m_session->wheelService().turnIntoMeeting(id);
    if (report(meeting ? Status() : Status(meeting.error()))) {
        selectSlot(id);
        openSelectedMeeting();
    }
}

void WheelsView::openSelectedMeeting()
{
    const qint64 meetingId = m_meetingOfSlot.value(selectedSlotId());
    if (!meetingId)
        return;
    auto meeting = m_session->wheelService().meeting(meetingId);
    if (!report(meeting ? Status() : Status(meeting.error())))
        return;
    MeetingDialog dialog(*meeting, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(m_session->wheelService().editMeeting(dialog.meeting()));
}

void WheelsView::saveAsTemplate()
{
    if (!m_wheel.id)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as template"), tr("Name of the new template:"),
                                               QLineEdit::Normal, tr("%1, %2").arg(m_wheel.bodyName).arg(m_wheel.year),
                                               &ok);
    if (!ok)
        return;
    auto id = m_session->wheelService().saveTemplate(m_wheel, name);
    report(id ? Status() : Status(id.error()));
}

void WheelsView::exportCalendar()
{
    if (!m_wheel.id)
        return;
    const QString path = m_files->saveFileName(
        this, tr("Export the annual wheel as a calendar"),
        QDir::home().filePath(QStringLiteral("%1-%2.ics").arg(m_wheel.bodyName).arg(m_wheel.year)),
        tr("iCalendar (*.ics)"));
    if (path.isEmpty())
        return;
    auto meetings = m_session->wheelService().meetingsWithAgendas(m_wheel.bodyId, m_wheel.year);
    if (!report(meetings ? Status() : Status(meetings.error())))
        return;
    if (Status s = AtomicFile::write(path, IcsCalendar::write(m_wheel, *meetings)); !s)
        emit errorOccurred(s.errorMessage());
}

std::unique_ptr<ReportDocument> WheelsView::makeReport() const
{
    if (m_overview->isChecked())
        return std::make_unique<WheelReport>(m_yearWheels, m_wheelWidget->picture(), m_warnings->warnings());
    if (!m_wheel.id) {
        emit const_cast<WheelsView *>(this)->errorOccurred(
            tr("%1 has no annual wheel for %2 to print.").arg(m_wheel.bodyName).arg(m_wheel.year));
        return nullptr;
    }
    return std::make_unique<WheelReport>(m_wheel, m_warnings->warnings());
}

QString WheelsView::pdfFileName() const
{
    if (m_overview->isChecked())
        return tr("annual-wheels-%1.pdf").arg(currentYear());
    return tr("annual-wheel-%1-%2.pdf").arg(m_wheel.bodyName).arg(m_wheel.year);
}

std::unique_ptr<ReportDocument> WheelsView::makeNotice() const
{
    const qint64 slotId = selectedSlotId();
    const qint64 meetingId = m_meetingOfSlot.value(slotId);
    if (!meetingId)
        return nullptr;
    auto meeting = m_session->wheelService().meeting(meetingId);
    if (!meeting) {
        emit const_cast<WheelsView *>(this)->errorOccurred(meeting.errorMessage());
        return nullptr;
    }
    auto slot = m_session->wheelService().slot(slotId);
    return std::make_unique<NoticeReport>(*meeting, slot ? &*slot : nullptr);
}
