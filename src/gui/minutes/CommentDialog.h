#pragma once

#include "Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QPlainTextEdit;

// An adjuster's (or the chair's) comment on an item of minutes out for adjustment:
// who comments and what. The dialog closes only when add accepts the comment; a
// refusal is shown by whoever adds it.
class CommentDialog : public QDialog
{
    Q_OBJECT
public:
    using Adder = std::function<Status(const QString &author, const QString &text)>;

    // itemNumber: the § commented on; authors: those who may comment.
    CommentDialog(int itemNumber, const QStringList &authors, Adder add, QWidget *parent = nullptr);

private:
    void add();

    Adder m_add;
    QComboBox *m_who;
    QPlainTextEdit *m_text;
};
