#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

// The standard phrases of Swedish minutes, offered with a keystroke while writing
// ("Mötet öppnas", "… väljs till justerare", ...). %1 in a phrase is a name that the
// writer fills in. A person's own phrases are kept with the settings, not here.
class MinutesPhrases
{
    Q_DECLARE_TR_FUNCTIONS(MinutesPhrases)
public:
    struct Phrase
    {
        QString label; // what the phrase is for, shown in the list
        QString text;  // what is inserted
    };
    static QVector<Phrase> standard();
    // The phrase with %1 filled in with name (or left for the writer when name is empty).
    static QString filled(const QString &text, const QString &name);
};
