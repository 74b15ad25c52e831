#pragma once

#include "Body.h"

#include <QDialog>
#include <QSet>

#include <memory>

class Session;
namespace Ui { class MemberDialog; }

// Enters or changes a seat in a body: the person (or none, for a seat held by an
// organisation), the organisation represented (filled in with the person's own when a
// person is chosen) and the role. OK is disabled unless a person or an organisation is
// chosen, with the reason shown.
class MemberDialog : public QDialog
{
    Q_OBJECT
public:
    MemberDialog(Session *session, qint64 bodyId, QWidget *parent = nullptr);
    ~MemberDialog() override;

    void setMembership(const Membership &membership);
    Membership membership() const;
    QStringList problems() const;

private:
    qint64 organisationOf(qint64 personId) const;
    void personChosen();
    void validate();

    std::unique_ptr<Ui::MemberDialog> m_ui;
    Session *m_session;
    Membership m_membership;
    QSet<qint64> m_seatedPeople; // people with another seat in this body
    qint64 m_autoOrganisation = 0; // the organisation last filled in from a person
};
