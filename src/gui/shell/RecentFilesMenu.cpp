#include "RecentFilesMenu.h"

#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>

RecentFilesMenu::RecentFilesMenu(QWidget *parent) : QMenu(tr("Open &Recent"), parent)
{
    setObjectName(QStringLiteral("menuRecent"));
    refresh();
}

void RecentFilesMenu::refresh()
{
    // Not clear(): refresh() may run from an entry's own triggered().
    const QList<QAction *> old = actions();
    for (QAction *a : old) {
        removeAction(a);
        if (a->parent() == this)
            a->deleteLater();
    }
    const QStringList recent = AppSettings::recentFiles();
    int n = 0;
    for (const QString &path : recent) {
        ++n;
        // &1 ... &8 make the entries reachable from the keyboard.
        QAction *a = addAction(tr("&%1 %2").arg(n).arg(QFileInfo(path).fileName()));
        a->setObjectName(QStringLiteral("actionRecentFile%1").arg(n));
        a->setData(path);
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { emit fileChosen(path); });
    }
    if (n > 0)
        addSeparator();
    QAction *clearList = addAction(tr("&Clear List"));
    clearList->setObjectName(QStringLiteral("actionClearRecent"));
    clearList->setEnabled(n > 0);
    connect(clearList, &QAction::triggered, this, [this] {
        AppSettings::clearRecentFiles();
        refresh();
    });
}

QStringList RecentFilesMenu::files() const
{
    QStringList out;
    for (const QAction *a : actions())
        if (a->data().isValid())
            out.append(a->data().toString());
    return out;
}
