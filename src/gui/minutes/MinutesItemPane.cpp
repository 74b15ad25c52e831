#include "MinutesItemPane.h"

#include "AdjusterPicker.h"
#include "AssignmentTable.h"
#include "ItemCommentsPanel.h"

#include <QFormLayout>
#include <QPlainTextEdit>

MinutesItemPane::MinutesItemPane(QWidget *parent) : QWidget(parent)
{
    m_discussion = new QPlainTextEdit;
    m_discussion->setObjectName(QStringLiteral("minutesDiscussion"));
    m_discussion->setPlaceholderText(tr("Discussion (Ctrl+J inserts a standard phrase)"));
    m_decision = new QPlainTextEdit;
    m_decision->setObjectName(QStringLiteral("minutesDecision"));
    m_decision->setPlaceholderText(tr("Decision"));
    m_decision->setMaximumHeight(90);
    m_assignments = new AssignmentTable;
    m_comments = new ItemCommentsPanel;
    m_comments->setObjectName(QStringLiteral("itemCommentsPanel"));
    m_adjusterPicker = new AdjusterPicker;

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(m_adjusterPicker);
    layout->addRow(tr("Discussion:"), m_discussion);
    layout->addRow(tr("Decision:"), m_decision);
    layout->addRow(tr("Assignments:"), m_assignments);
    layout->addRow(m_comments);
}

void MinutesItemPane::showItem(const Minutes &minutes, int index, bool editable)
{
    const MinutesItem item = index >= 0 ? minutes.items.at(index) : MinutesItem();
    // Keep the cursor where it is when the text is unchanged (a save of what was typed).
    if (m_discussion->toPlainText() != item.discussion)
        m_discussion->setPlainText(item.discussion);
    if (m_decision->toPlainText() != item.decision)
        m_decision->setPlainText(item.decision);
    m_discussion->setReadOnly(!editable);
    m_decision->setReadOnly(!editable);
    m_assignments->showItem(item, editable);
    m_comments->showItem(minutes, index);
    m_adjusterPicker->showItem(minutes, index, editable);
}
