#pragma once

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

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
