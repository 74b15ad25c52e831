#include "MinutesHeaderDialog.h"

#include "DateEdit.h"
#include "PaletteRoles.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeEdit>

MinutesHeaderDialog::MinutesHeaderDialog(const Minutes &minutes, QWidget *parent)
    : QDialog(parent), m_minutes(minutes)
{
    setObjectName(QStringLiteral("minutesHeaderDialog"));
    setWindowTitle(tr("Header of the minutes"));
    m_date = new DateEdit(minutes.date);
    m_date->setObjectName(QStringLiteral("headerDate"));
    m_date->setDateRange(QDate(2000, 1, 1), QDate(2099, 12, 31));
    m_start = new QTimeEdit(minutes.start.isValid() ? minutes.start : QTime(9, 0));
    m_start->setObjectName(QStringLiteral("headerStart"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end = new QTimeEdit(minutes.end.isValid() ? minutes.end : QTime(12, 0));
    m_end->setObjectName(QStringLiteral("headerEnd"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_place = new QLineEdit(minutes.place);
    m_place->setObjectName(QStringLiteral("headerPlace"));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("headerProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1").arg(PaletteRoles::text(PaletteRoles::Role::Problem, palette().color(QPalette::Window), palette()).name()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Starts:"), m_start);
    form->addRow(tr("&Ends:"), m_end);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(m_problem);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MinutesHeaderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MinutesHeaderDialog::reject);
    auto check = [this] { m_problem->setText(problem()); };
    connect(m_date, &DateEdit::problemChanged, this, check);
    connect(m_start, &QTimeEdit::timeChanged, this, check);
    connect(m_end, &QTimeEdit::timeChanged, this, check);
    connect(m_place, &QLineEdit::textChanged, this, check);
}

Minutes MinutesHeaderDialog::edited() const
{
    Minutes m = m_minutes;
    m.date = m_date->date();
    m.start = m_start->time();
    m.end = m_end->time();
    m.place = m_place->text().trimmed();
    return m;
}

QString MinutesHeaderDialog::problem() const
{
    if (!m_date->hasAcceptableDate())
        return m_date->problem();
    if (m_end->time() <= m_start->time())
        return tr("The meeting must end after it starts (%1–%2).")
            .arg(m_start->time().toString(QStringLiteral("HH:mm")), m_end->time().toString(QStringLiteral("HH:mm")));
    if (m_place->text().trimmed().isEmpty())
        return tr("Say where the meeting is held.");
    return {};
}

void MinutesHeaderDialog::accept()
{
    const QString p = problem();
    m_problem->setText(p);
    if (p.isEmpty())
        QDialog::accept();
}
