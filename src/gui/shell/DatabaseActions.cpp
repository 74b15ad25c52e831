#include "DatabaseActions.h"

#include "AtomicFile.h"
#include "Clock.h"

#include "ActorCsv.h"
#include "ActorImportDialog.h"
#include "ActorListReport.h"
#include "PrintableView.h"
#include "ActorRegisterView.h"
#include "ActorTableModel.h"
#include "FileDialogs.h"
#include "Session.h"
#include "StartupOpener.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

DatabaseActions::DatabaseActions(QWidget *window) : QObject(window), m_window(window) {}

void DatabaseActions::setContext(Session *session, ActorRegisterView *actors)
{
    m_session = session;
    m_actors = actors;
}

QString DatabaseActions::baseName() const
{
    return QFileInfo(m_session->path()).completeBaseName();
}

QString DatabaseActions::besideDatabase(const QString &fileName) const
{
    return QDir(QFileInfo(m_session->path()).absolutePath()).filePath(fileName);
}

void DatabaseActions::backUp()
{
    const QString suggestion = besideDatabase(
        QStringLiteral("%1-backup-%2.sqlite").arg(baseName(), Clock::today().toString(Qt::ISODate)));
    const QString path = m_files->saveFileName(m_window, tr("Back Up Database"), suggestion,
                                                   StartupOpener::databaseFilter());
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = m_session->backUpTo(path);
    QApplication::restoreOverrideCursor();
    if (!s) {
        emit message(tr("The backup was not made: %1").arg(s.errorMessage()), MessageWidget::Error);
        return;
    }
    emit message(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)), MessageWidget::Positive);
}

void DatabaseActions::importActors()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_files->openFileName(m_window, tr("Import Actors from CSV"), folder,
                                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    ActorImportDialog dialog(m_session, m_window);
    dialog.setFileDialogs(m_files);
    dialog.loadFile(path);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Two texts rather than %n: without an English .qm, %n would show "actor(s)".
    const QString file = QFileInfo(dialog.fileName()).fileName();
    QString text = dialog.importedCount() == 1 ? tr("Imported 1 actor from %1.").arg(file)
                                               : tr("Imported %1 actors from %2.").arg(dialog.importedCount()).arg(file);
    if (dialog.skippedRows() > 0)
        text += QLatin1Char(' ')
            + (dialog.skippedRows() == 1 ? tr("1 row with problems was left out.")
                                         : tr("%1 rows with problems were left out.").arg(dialog.skippedRows()));
    emit message(text, MessageWidget::Positive);
}

void DatabaseActions::exportActors()
{
    if (!m_actors)
        return;
    const ActorList actors = m_actors->shownActors();
    const QString caption = m_actors->isFiltered() ? tr("Export the Actors Shown to CSV") : tr("Export All Actors to CSV");
    const QString path = m_files->saveFileName(m_window, caption,
                                                   besideDatabase(tr("%1-actors.csv").arg(baseName())),
                                                   tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status s = AtomicFile::write(path, ActorCsv::write(actors)); !s) {
        emit message(s.errorMessage(), MessageWidget::Error);
        return;
    }
    const QString where = QDir::toNativeSeparators(path);
    emit message(actors.size() == 1 ? tr("Exported 1 actor to %1.").arg(where)
                                    : tr("Exported %1 actors to %2.").arg(actors.size()).arg(where),
                 MessageWidget::Positive);
}

std::unique_ptr<ReportDocument> DatabaseActions::report() const
{
    if (auto *printable = dynamic_cast<const PrintableView *>(m_currentView ? m_currentView() : nullptr))
        return printable->makeReport();
    const ActorList actors = m_actors ? m_actors->shownActors() : m_session->actors()->allActors();
    return std::make_unique<ActorListReport>(actors, m_session->displayName());
}

QString DatabaseActions::pdfFileName() const
{
    if (auto *printable = dynamic_cast<const PrintableView *>(m_currentView ? m_currentView() : nullptr))
        return printable->pdfFileName();
    return tr("%1-actors.pdf").arg(baseName());
}

void DatabaseActions::printPreview()
{
    const auto report = this->report();
    if (!report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(report->pageLayout());
    printer.setDocName(report->title());
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(tr("Print Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&report](QPrinter *p) { report->print(p); });
    dialog.resize(m_window->size() * 0.9);
    dialog.exec();
}

void DatabaseActions::print()
{
    const auto report = this->report();
    if (!report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(report->pageLayout());
    printer.setDocName(report->title());
    QPrintDialog dialog(&printer, m_window);
    dialog.setObjectName(QStringLiteral("printDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!report->print(&printer))
        emit message(tr("The printer could not be used. Check that it is connected and try again."),
                     MessageWidget::Error);
}

void DatabaseActions::exportPdf()
{
    const auto report = this->report();
    if (!report)
        return;
    const QString path = m_files->saveFileName(m_window, tr("Export as PDF"), besideDatabase(pdfFileName()),
                                                   tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = report->exportPdf(path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        emit message(tr("The PDF was not written: %1").arg(error), MessageWidget::Error);
        return;
    }
    emit message(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), MessageWidget::Positive);
}
