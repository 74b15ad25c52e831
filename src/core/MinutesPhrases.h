#pragma once

#include "Minutes.h"

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
    // What a phrase is for; the name it takes follows from it.
    enum class Key {
        Opening,
        Welcome,
        AdjusterChosen,
        AgendaApproved,
        InformationNoted,
        Assignment,
        PreviousMinutes,
        NextMeeting,
        Closing,
        Own, // a person's own phrase
    };
    struct Phrase
    {
        Key key = Key::Own;
        QString label; // what the phrase is for, shown in the list
        QString text;  // what is inserted
    };
    static QVector<Phrase> standard();
    static Phrase standard(Key key);
    // The phrase with %1 filled in with name (or left for the writer when name is empty).
    static QString filled(const QString &text, const QString &name);
    // The name a phrase takes in these minutes: the adjuster for the choice of adjuster,
    // the chair for the others.
    static QString nameFor(Key key, const Minutes &minutes);
    // The phrase as inserted in these minutes: its name filled in, a %1 left over shown
    // as "…" for the writer.
    static QString inserted(const Phrase &phrase, const Minutes &minutes);
};
