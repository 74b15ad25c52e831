#pragma once

#include "FileDialogs.h"

#include <QByteArray>
#include <QDialog>

class MessageWidget;
class QLabel;
class QListWidget;
class QPushButton;
class Session;

// Import of actors from a CSV file. Checks the file first without writing (rows,
// delimiter, encoding, and every problem as "line N: column: reason"), then imports
// all rows (only when there is no problem) or the valid rows. The import is one undo
// step of the Session.
class ActorImportDialog : public QDialog
{
    Q_OBJECT
public:
    // Where file names are asked for (the window gives its own).
    void setFileDialogs(FileDialogs *files) { m_files = files; }
    explicit ActorImportDialog(Session *session, QWidget *parent = nullptr);

    // Reads and checks the file; false when it cannot be read (the dialog says why).
    bool loadFile(const QString &path);
    QString fileName() const { return m_path; }

    // After an accepted import: how many actors were written and rows left out.
    int importedCount() const { return m_imported; }
    int skippedRows() const { return m_skipped; }

private:
    void chooseFile();
    void runImport(bool skipInvalid);
    void showUnusable(const QString &why);

    Session *m_session;
    QString m_path;
    QByteArray m_bytes;
    MessageWidget *m_message;
    QLabel *m_fileLabel;
    QLabel *m_summary;
    QLabel *m_problemsLabel;
    QListWidget *m_problems;
    QPushButton *m_import;
    QPushButton *m_importValid;
    int m_imported = 0;
    int m_skipped = 0;
    FileDialogs *m_files = &FileDialogs::native();
};
