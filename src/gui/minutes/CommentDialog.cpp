#include "CommentDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>

CommentDialog::CommentDialog(int itemNumber, const QStringList &authors, Adder add, QWidget *parent)
    : QDialog(parent), m_add(std::move(add))
{
    setObjectName(QStringLiteral("commentDialog"));
    setWindowTitle(tr("Comment on § %1").arg(itemNumber));
    m_who = new QComboBox;
    m_who->addItems(authors);
    m_text = new QPlainTextEdit;
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Comment by:"), m_who);
    form->addRow(tr("Comment:"), m_text);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &CommentDialog::add);
}

void CommentDialog::add()
{
    if (m_add(m_who->currentText(), m_text->toPlainText()))
        accept();
}
