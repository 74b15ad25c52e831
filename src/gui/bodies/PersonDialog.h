#pragma once

#include "Person.h"

#include <QDialog>

#include <memory>

class Session;
namespace Ui { class PersonDialog; }

// Enters or changes a person. Checks the input as it is typed (a name is required, an
// e-mail address must look like one, the organisation must be an actor of the register)
// and keeps OK disabled, with the reason shown, until it is valid.
class PersonDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PersonDialog(Session *session, QWidget *parent = nullptr);
    ~PersonDialog() override;

    void setPerson(const Person &person);
    Person person() const;
    // Why the input cannot be accepted yet; empty when it can.
    QStringList problems() const;

private:
    void validate();

    std::unique_ptr<Ui::PersonDialog> m_ui;
    Session *m_session;
    Person m_person;
};
