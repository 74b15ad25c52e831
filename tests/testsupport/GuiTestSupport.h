#pragma once

#include "FileDialogs.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

#include <functional>

// Helpers for the tests that drive real widgets.
namespace GuiTest {

// Runs act on the modal dialog of type D as soon as it is shown (from a timer, since
// exec() does not return); a dialog that act leaves open is cancelled, so a failing
// check never leaves the test waiting.
template <typename D, typename F>
void whenModal(F act)
{
    QTimer::singleShot(0, qApp, [act] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *dialog = qobject_cast<D *>(modal);
        if (!dialog) {
            if (auto *other = qobject_cast<QDialog *>(modal))
                other->reject();
            QFAIL("the expected dialog is not open");
        }
        act(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
}

// Types text key by key, as QTest::keyClicks does, also for letters such as å, ä, ö and
// the en dash (which keyClicks cannot send).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key(c.toUpper().unicode()), QString(c), Qt::NoModifier);
    }
}

// File dialogs that answer at once, as the test says: the window (or a view) is given
// these instead of the native ones. No answer is "cancelled".
class AnsweredFileDialogs : public FileDialogs
{
public:
    enum class Mode { Open, Save };
    std::function<QString(Mode mode, const QString &caption, const QString &suggestion)> answer;

    QString openFileName(QWidget *, const QString &caption, const QString &suggestion, const QString &) override
    {
        return answer ? answer(Mode::Open, caption, suggestion) : QString();
    }
    QString saveFileName(QWidget *, const QString &caption, const QString &suggestion, const QString &,
                         bool) override
    {
        return answer ? answer(Mode::Save, caption, suggestion) : QString();
    }
};

// The labels of w that would show a literal "&": a mnemonic needs a buddy to be one
// ("&Time:" beside a row of two fields showed as "&Time:", issue 18).
inline QStringList labelsShowingAmpersands(QWidget *w)
{
    QStringList found;
    for (QLabel *label : w->findChildren<QLabel *>()) {
        QString text = label->text();
        text.remove(QStringLiteral("&&"));
        if (label->textFormat() != Qt::RichText && text.contains(QLatin1Char('&')) && !label->buddy())
            found << label->text();
    }
    return found;
}

inline QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
}

} // namespace GuiTest
