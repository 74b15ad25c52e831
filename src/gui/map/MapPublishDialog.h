#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

// Asks who owns the map being published and what the revision is about.
class MapPublishDialog : public QDialog
{
    Q_OBJECT
public:
    MapPublishDialog(int number, const QString &owner, QWidget *parent = nullptr);
    QString owner() const;
    QString comment() const;

private:
    QLineEdit *m_owner;
    QPlainTextEdit *m_comment;
};
