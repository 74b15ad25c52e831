#include "MinutesListPanel.h"

#include "Session.h"
#include "MinutesService.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kItemRole = Qt::UserRole + 1;

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString summaryText(const MinutesSummary &s)
{
    QString text = QStringLiteral("%1 · %2 · %3").arg(iso(s.date), s.bodyName, MinutesListPanel::stateText(s.state));
    if (s.additionNumber > 0)
        text += QStringLiteral(" · ") + MinutesListPanel::tr("addition %1").arg(s.additionNumber);
    return text;
}

} // namespace

MinutesListPanel::MinutesListPanel(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("minutesSearch"));
    m_search->setPlaceholderText(tr("Search all minutes…"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("minutesList"));
    m_hits = new QListWidget;
    m_hits->setObjectName(QStringLiteral("minutesHits"));
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_hits);
    auto *newButton = new QPushButton(tr("&New minutes for a meeting…"));
    newButton->setObjectName(QStringLiteral("newMinutes"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);
    layout->addWidget(newButton);

    connect(m_search, &QLineEdit::textChanged, this, &MinutesListPanel::search);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            emit minutesChosen(item->data(kIdRole).toLongLong(), 0);
    });
    connect(m_hits, &QListWidget::itemActivated, this, &MinutesListPanel::openHit);
    connect(m_hits, &QListWidget::itemClicked, this, &MinutesListPanel::openHit);
    connect(newButton, &QPushButton::clicked, this, &MinutesListPanel::newRequested);
}

QString MinutesListPanel::stateText(MinutesState state)
{
    switch (state) {
    case MinutesState::Draft:
        return tr("Draft");
    case MinutesState::ForAdjustment:
        return tr("For adjustment");
    case MinutesState::Final:
        return tr("Final");
    }
    return {};
}

Status MinutesListPanel::reload(qint64 currentId)
{
    auto all = m_session->minutesService().list();
    if (!all)
        return all.error();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const MinutesSummary &s : *all) {
        auto *item = new QListWidgetItem(summaryText(s), m_list);
        item->setData(kIdRole, s.id);
        if (s.id == currentId)
            m_list->setCurrentItem(item);
    }
    return {};
}

void MinutesListPanel::setCurrent(qint64 id)
{
    const QSignalBlocker blocker(m_list);
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kIdRole).toLongLong() == id)
            m_list->setCurrentRow(i);
}

bool MinutesListPanel::chooseFirst()
{
    if (m_list->count() == 0)
        return false;
    m_list->setCurrentRow(0);
    return true;
}

void MinutesListPanel::search(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_stack->setCurrentWidget(m_list);
        return;
    }
    m_stack->setCurrentWidget(m_hits);
    m_hits->clear();
    auto hits = m_session->minutesService().search(text);
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

void MinutesListPanel::openHit()
{
    QListWidgetItem *item = m_hits->currentItem();
    if (!item || !item->data(kIdRole).isValid())
        return;
    emit minutesChosen(item->data(kIdRole).toLongLong(), item->data(kItemRole).toLongLong());
}
