#include "MinutesHeading.h"

#include "MinutesListPanel.h"
#include "MinutesReport.h"
#include "MinutesSeal.h"
#include "MinutesWorkflow.h"

#include <QLabel>
#include <QVBoxLayout>

MinutesHeading::MinutesHeading(QWidget *parent) : QWidget(parent)
{
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("minutesHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("minutesState"));
    m_state->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_state);
}

void MinutesHeading::showMinutes(const Minutes &m)
{
    if (m.id == 0) {
        m_header->setText(tr("No minutes yet: make them with “New minutes for a meeting…”."));
    } else {
        QString title = m.bodyName.toHtmlEscaped();
        if (m.additionNumber > 0)
            title += QStringLiteral(" — ") + tr("addition %1").arg(m.additionNumber);
        m_header->setText(QStringLiteral("<b style='font-size:large'>%1</b><br>%2 · %3")
                              .arg(title, MinutesReport::timeLine(m).toHtmlEscaped(), m.place.toHtmlEscaped()));
    }
    QString state = m.id == 0 ? QString() : MinutesListPanel::stateText(m.state);
    if (m.state == MinutesState::Final) {
        state = tr("Final. Adjusted on (Justerat den) %1. Verification code %2.")
                    .arg(m.adjustedOn.toString(Qt::ISODate), MinutesSeal::verificationCode(m.contentHash));
    } else if (m.state == MinutesState::ForAdjustment) {
        const QStringList pending = MinutesWorkflow::pendingSignatories(m);
        state = tr("Out for adjustment; editing has stopped. Still to adjust: %1.").arg(pending.join(QStringLiteral(", ")));
    } else if (m.id != 0) {
        state = tr("Draft: every change is saved as it is made.");
    }
    m_state->setText(state);
}
