#include "AdjusterPicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>

AdjusterPicker::AdjusterPicker(QWidget *parent) : QWidget(parent)
{
    m_pick = new QComboBox;
    m_pick->setObjectName(QStringLiteral("adjusterPick"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Adjuster chosen:")));
    layout->addWidget(m_pick, 1);
    connect(m_pick, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            emit adjusterChosen(m_pick->itemText(index));
    });
}

void AdjusterPicker::showItem(const Minutes &minutes, int index, bool editable)
{
    static const QRegularExpression adjusterItem(QStringLiteral("justerare|adjuster"),
                                                 QRegularExpression::CaseInsensitiveOption);
    const bool show = index >= 0 && minutes.items.at(index).title.contains(adjusterItem);
    setVisible(show);
    if (!show)
        return;
    m_pick->clear();
    m_pick->addItem(tr("— choose among those present —"));
    for (const Attendee &a : minutes.attendance)
        if (a.isPresent() && a.role != MinutesRole::Chair && a.role != MinutesRole::Secretary)
            m_pick->addItem(a.name);
    const QStringList chosen = minutes.adjusters();
    m_pick->setCurrentIndex(chosen.isEmpty() ? 0 : qMax(0, m_pick->findText(chosen.constFirst())));
    m_pick->setEnabled(editable);
}
