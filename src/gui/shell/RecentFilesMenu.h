#pragma once

#include <QMenu>

// File ▸ Open Recent: the last databases opened (AppSettings), newest first, and
// "Clear list". Call refresh() after the list changed.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT
public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);

    void refresh();
    // The paths listed, in menu order.
    QStringList files() const;

signals:
    void fileChosen(const QString &path);
};
