#pragma once

#include "Body.h"

#include <QDialog>

#include <memory>

class Session;
namespace Ui { class BodyDialog; }

// Enters or changes a body: name, kind, area, level (regional or local), owner,
// the body it belongs to, municipality and notes. OK stays disabled, with the reason
// shown, until the input is valid.
class BodyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BodyDialog(Session *session, QWidget *parent = nullptr);
    ~BodyDialog() override;

    void setBody(const Body &body);
    Body body() const;
    QStringList problems() const;

private:
    void fillParents(qint64 self);
    void validate();

    std::unique_ptr<Ui::BodyDialog> m_ui;
    Session *m_session;
    Body m_body;
};
