#include "PhraseMenu.h"

#include "AppSettings.h"
#include "MinutesPhrases.h"

#include <QInputDialog>
#include <QPlainTextEdit>
#include <QTextCursor>

PhraseMenu::PhraseMenu(QWidget *parent) : QMenu(parent)
{
    setObjectName(QStringLiteral("phraseMenu"));
    const auto all = phrases();
    const int standard = int(MinutesPhrases::standard().size());
    for (int i = 0; i < all.size(); ++i) {
        if (i == standard)
            addSeparator();
        // The first nine are chosen with their digit.
        const QString label = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(all.at(i).label) : all.at(i).label;
        addAction(label, this, [this, i] { emit phraseChosen(i); });
    }
    addSeparator();
    addAction(tr("Edit my phrases…"), this, &PhraseMenu::editOwnPhrasesRequested);
}

QVector<MinutesPhrases::Phrase> PhraseMenu::phrases()
{
    QVector<MinutesPhrases::Phrase> all = MinutesPhrases::standard();
    for (const QString &own : AppSettings::ownPhrases())
        all.append({MinutesPhrases::Key::Own, own, own});
    return all;
}

void PhraseMenu::editOwnPhrases(QWidget *parent)
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(parent, tr("My phrases"),
                                                        tr("One phrase a line; they follow the standard ones (Ctrl+J):"),
                                                        AppSettings::ownPhrases().join(QLatin1Char('\n')), &ok);
    if (ok)
        AppSettings::setOwnPhrases(text.split(QLatin1Char('\n')));
}

void PhraseMenu::insert(QPlainTextEdit *editor, const MinutesPhrases::Phrase &phrase, const Minutes &minutes)
{
    QString text = MinutesPhrases::inserted(phrase, minutes);
    QTextCursor cursor = editor->textCursor();
    if (cursor.positionInBlock() > 0)
        text.prepend(QLatin1Char(' '));
    cursor.insertText(text);
    editor->setTextCursor(cursor);
    editor->setFocus();
}
