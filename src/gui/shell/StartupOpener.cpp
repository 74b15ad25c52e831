#include "StartupOpener.h"

#include "FileDialogs.h"
#include "Session.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

QString StartupOpener::databaseFilter()
{
    return tr("Verkstan databases (*.sqlite *.db);;All files (*)");
}

std::unique_ptr<Session> StartupOpener::open(QString path, Database::Mode mode, bool withDemo, FileDialogs &files,
                                             const std::function<void()> &beforeAsking)
{
    for (bool asked = false;; asked = true) {
        auto session = Session::open(path, mode, withDemo);
        if (session)
            return std::move(session).value();
        if (!asked && beforeAsking)
            beforeAsking();

        // Ask until a file opens or the person quits.
        for (;;) {
            QMessageBox box(QMessageBox::Critical, tr("Verkstan"),
                            tr("Verkstan cannot open %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::NoButton);
            box.setInformativeText(session.errorMessage());
            QPushButton *openOther = box.addButton(tr("&Open Another…"), QMessageBox::AcceptRole);
            QPushButton *createNew = box.addButton(tr("&New Database…"), QMessageBox::AcceptRole);
            QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::RejectRole);
            box.setDefaultButton(openOther);
            box.setEscapeButton(quit);
            box.exec();
            const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            if (box.clickedButton() == openOther) {
                const QString other = files.openFileName(nullptr, tr("Open Database"), folder, databaseFilter());
                if (other.isEmpty())
                    continue;
                path = other;
                mode = Database::Mode::OpenExisting;
            } else if (box.clickedButton() == createNew) {
                QString other = files.saveFileName(nullptr, tr("New Database"),
                                                          QDir(folder).filePath(tr("verkstan.sqlite")),
                                                          databaseFilter(), false);
                if (other.isEmpty())
                    continue;
                if (QFileInfo(other).suffix().isEmpty())
                    other += QStringLiteral(".sqlite");
                path = other;
                mode = Database::Mode::Create;
            } else {
                return nullptr;
            }
            withDemo = false;
            break;
        }
    }
}
