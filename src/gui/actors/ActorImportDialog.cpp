#include "ActorImportDialog.h"

#include "ActorCsv.h"
#include "ActorImport.h"
#include "FileDialogs.h"
#include "MessageWidget.h"
#include "Session.h"
#include "ActorService.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace {

QString delimiterName(QChar c)
{
    switch (c.unicode()) {
    case ';': return ActorImportDialog::tr("semicolon (;)");
    case ',': return ActorImportDialog::tr("comma (,)");
    case '\t': return ActorImportDialog::tr("tab");
    case '|': return ActorImportDialog::tr("vertical bar (|)");
    default: break;
    }
    return c.isNull() ? ActorImportDialog::tr("none") : QString(c);
}

} // namespace

ActorImportDialog::ActorImportDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_message(new MessageWidget(this))
    , m_fileLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_problemsLabel(new QLabel(tr("Problems:"), this))
    , m_problems(new QListWidget(this))
{
    setObjectName(QStringLiteral("actorImportDialog"));
    setWindowTitle(tr("Import Actors"));
    m_message->setAutoHideTimeout(0);
    m_fileLabel->setObjectName(QStringLiteral("importFile"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setAlternatingRowColors(true);
    m_problems->setWordWrap(true);
    m_problems->setUniformItemSizes(false);
    m_problemsLabel->setBuddy(m_problems);

    auto *choose = new QPushButton(tr("&Choose File…"), this);
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    connect(choose, &QPushButton::clicked, this, &ActorImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(choose);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Contents:"), m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_importValid = buttons->addButton(tr("Import the &Valid Rows"), QDialogButtonBox::ActionRole);
    m_importValid->setObjectName(QStringLiteral("importValidButton"));
    // accepted() is not connected: the dialog closes only when the import succeeded.
    connect(m_import, &QPushButton::clicked, this, [this] { runImport(false); });
    connect(m_importValid, &QPushButton::clicked, this, [this] { runImport(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);

    m_import->setEnabled(false);
    m_importValid->setEnabled(false);
    m_problems->hide();
    m_problemsLabel->hide();
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().lineSpacing() * 30);
}

void ActorImportDialog::chooseFile()
{
    const QString start = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = m_files->openFileName(this, tr("Import Actors from CSV"), start,
                                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void ActorImportDialog::showUnusable(const QString &why)
{
    m_summary->setText(tr("This file cannot be imported."));
    m_message->showMessage(why, MessageWidget::Error);
    m_problems->clear();
    m_problems->hide();
    m_problemsLabel->hide();
    m_import->setEnabled(false);
    m_importValid->setEnabled(false);
}

bool ActorImportDialog::loadFile(const QString &path)
{
    m_path = path;
    m_bytes.clear();
    m_message->hideMessage();
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    m_fileLabel->setToolTip(QDir::toNativeSeparators(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showUnusable(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_bytes = file.readAll();

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto parsed = ActorCsv::parse(m_bytes);
    const auto report = parsed ? m_session->actorService().checkImport(m_bytes)
                               : Result<ActorImportReport>(parsed.error());
    QApplication::restoreOverrideCursor();
    if (!report) {
        showUnusable(report.errorMessage());
        return false;
    }

    QSet<int> badLines;
    m_problems->clear();
    for (const CsvProblem &p : report->problems) {
        badLines.insert(p.line);
        m_problems->addItem(p.toString());
    }
    const int rows = report->rowCount;
    const int valid = rows - int(badLines.size());
    // Two texts rather than %n: without an English .qm, %n would show "row(s)".
    const QString rowText = rows == 1 ? tr("1 row") : tr("%1 rows").arg(rows);
    m_summary->setText(tr("%1, delimiter %2, encoding %3").arg(rowText, delimiterName(parsed->delimiter), parsed->encoding));
    const bool problems = !report->problems.isEmpty();
    m_problems->setVisible(problems);
    m_problemsLabel->setVisible(problems);
    m_problemsLabel->setText(badLines.size() == 1
                                 ? tr("1 row has problems. Fix it in the file, or import only the valid rows:")
                                 : tr("%1 rows have problems. Fix them in the file, or import only the valid rows:")
                                       .arg(badLines.size()));
    m_import->setEnabled(!problems && rows > 0);
    m_importValid->setEnabled(problems && valid > 0);
    m_importValid->setText(valid == 0   ? tr("Import the &Valid Rows")
                           : valid == 1 ? tr("Import the 1 &Valid Row")
                                        : tr("Import the %1 &Valid Rows").arg(valid));
    if (rows == 0)
        m_message->showMessage(tr("The file has headings but no rows to import."), MessageWidget::Warning);
    else if (!problems)
        m_message->showMessage(tr("All rows are valid."), MessageWidget::Positive);
    (problems ? static_cast<QWidget *>(m_problems) : m_import)->setFocus();
    return true;
}

void ActorImportDialog::runImport(bool skipInvalid)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = m_session->actorService().importCsv(m_bytes, skipInvalid);
    QApplication::restoreOverrideCursor();
    if (!report) {
        m_message->showMessage(report.errorMessage(), MessageWidget::Error);
        return;
    }
    if (!report->written()) {
        // The file changed under us, or the database now has some of the numbers.
        loadFile(m_path);
        m_message->showMessage(tr("Nothing was imported; the problems are listed below."), MessageWidget::Warning);
        return;
    }
    m_imported = int(report->importedIds.size());
    m_skipped = report->rowCount - m_imported;
    QDialog::accept();
}
