#include "MapPublishDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

MapPublishDialog::MapPublishDialog(int number, const QString &owner, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Publish the Map"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Revision %1 freezes the map as it is now. A published revision never changes; "
                                "later changes go into the next revision.").arg(number));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_owner = new QLineEdit(owner);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setPlaceholderText(tr("Who answers for the map, e.g. Region Sörmland, Kompetensverkstan"));
    m_comment = new QPlainTextEdit;
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setPlaceholderText(tr("What is new in this revision"));
    m_comment->setTabChangesFocus(true);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Comment:"), m_comment);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Publish"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto check = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_owner->text().trimmed().isEmpty());
    };
    connect(m_owner, &QLineEdit::textChanged, this, check);
    check();
    layout->addWidget(buttons);
    resize(480, 260);
}

QString MapPublishDialog::owner() const
{
    return m_owner->text().trimmed();
}

QString MapPublishDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}
