#include "MinutesWorkflowBar.h"

#include <QHBoxLayout>
#include <QPushButton>

MinutesWorkflowBar::MinutesWorkflowBar(QWidget *parent) : QWidget(parent)
{
    auto button = [this](const QString &text, const char *name, void (MinutesWorkflowBar::*signal)()) {
        auto *b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, signal);
        return b;
    };
    m_editHeader = button(tr("Edit &header…"), "editMinutesHeader", &MinutesWorkflowBar::editHeaderRequested);
    m_send = button(tr("&Send for adjustment"), "sendForAdjustment", &MinutesWorkflowBar::sendRequested);
    m_back = button(tr("Back to &draft"), "backToDraft", &MinutesWorkflowBar::backToDraftRequested);
    m_adjust = button(tr("&Record adjustment…"), "recordAdjustment", &MinutesWorkflowBar::adjustmentRequested);
    m_addition = button(tr("Make a&ddition"), "makeAddition", &MinutesWorkflowBar::additionRequested);
    m_pdfa = button(tr("Export as PDF/&A…"), "exportPdfA", &MinutesWorkflowBar::archivalPdfRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *b : {m_editHeader, m_send, m_back, m_adjust, m_addition, m_pdfa})
        layout->addWidget(b);
    layout->addStretch();
}

void MinutesWorkflowBar::showState(const Minutes &m)
{
    const bool any = m.id != 0;
    m_send->setEnabled(any && m.state == MinutesState::Draft);
    m_editHeader->setEnabled(any && m.state == MinutesState::Draft);
    m_back->setEnabled(any && m.state == MinutesState::ForAdjustment);
    m_adjust->setEnabled(any && m.state == MinutesState::ForAdjustment);
    m_addition->setEnabled(any && m.state == MinutesState::Final);
    m_pdfa->setEnabled(any && m.state == MinutesState::Final);
}
