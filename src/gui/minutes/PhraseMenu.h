#pragma once

#include "MinutesPhrases.h"

#include <QMenu>

class QPlainTextEdit;
#include <QPair>
#include <QVector>

// The phrases offered while writing the discussion of an item (Ctrl+J): the standard
// ones of Swedish minutes, then the writer's own from the settings. The first nine
// are chosen with their digit; the last entry edits the writer's own phrases.
class PhraseMenu : public QMenu
{
    Q_OBJECT
public:
    explicit PhraseMenu(QWidget *parent = nullptr);

    // Every phrase offered, in the order of the menu: the standard ones, then one's own.
    static QVector<MinutesPhrases::Phrase> phrases();
    // Inserts the phrase, its name filled in from the minutes, at the editor's cursor.
    static void insert(QPlainTextEdit *editor, const MinutesPhrases::Phrase &phrase, const Minutes &minutes);
    // Asks for the writer's own phrases, one a line, and keeps them in the settings.
    static void editOwnPhrases(QWidget *parent);

signals:
    // Phrase index of phrases() was chosen.
    void phraseChosen(int index);
    void editOwnPhrasesRequested();
};
