#include "ItemCommentsPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ItemCommentsPanel::ItemCommentsPanel(QWidget *parent) : QWidget(parent)
{
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("itemComments"));
    m_list->setWordWrap(true);
    m_list->setMaximumHeight(90);
    m_add = new QPushButton(tr("Add &comment…"));
    m_add->setObjectName(QStringLiteral("addComment"));
    m_resolve = new QPushButton(tr("Mark &resolved"));
    m_resolve->setObjectName(QStringLiteral("resolveComment"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_resolve);
    buttons->addStretch();
    auto *title = new QLabel(tr("Adjusters' comments on this item:"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ItemCommentsPanel::addRequested);
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_comments.size())
            emit resolveRequested(row);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &ItemCommentsPanel::updateButtons);
}

void ItemCommentsPanel::showItem(const Minutes &minutes, int index)
{
    m_forAdjustment = minutes.state == MinutesState::ForAdjustment && index >= 0;
    m_comments = index >= 0 && index < minutes.items.size() ? minutes.items.at(index).comments : QVector<ItemComment>();
    const int row = m_list->currentRow();
    m_list->clear();
    for (const ItemComment &c : m_comments) {
        QString text = QStringLiteral("%1: %2").arg(c.author, c.text);
        if (c.resolved)
            text += QStringLiteral(" — ") + tr("resolved");
        auto *item = new QListWidgetItem(text, m_list);
        if (c.resolved)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    if (m_comments.isEmpty())
        m_list->addItem(m_forAdjustment ? tr("No comments on this item.")
                                        : tr("Comments are left while the minutes are out for adjustment."));
    else
        m_list->setCurrentRow(qBound(0, row, int(m_comments.size()) - 1));
    setVisible(m_forAdjustment || !m_comments.isEmpty());
    updateButtons();
}

void ItemCommentsPanel::updateButtons()
{
    const int row = m_list->currentRow();
    m_add->setEnabled(m_forAdjustment);
    m_resolve->setEnabled(m_forAdjustment && row >= 0 && row < m_comments.size() && !m_comments.at(row).resolved);
}
