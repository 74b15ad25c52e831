#include "MinutesPhrases.h"

QVector<MinutesPhrases::Phrase> MinutesPhrases::standard()
{
    return {
        {tr("Opening"), tr("The meeting is opened.")},
        {tr("Welcome"), tr("%1 welcomes everyone.")},
        {tr("Choice of adjuster"), tr("%1 is chosen to adjust the minutes.")},
        {tr("Agenda approved"), tr("The agenda is approved.")},
        {tr("Information noted"), tr("The information is noted.")},
        {tr("Assignment"), tr("%1 is given the assignment to")},
        {tr("Previous minutes"), tr("The previous minutes are placed on file.")},
        {tr("Next meeting"), tr("The next meeting is held on")},
        {tr("Closing"), tr("The meeting is closed.")},
    };
}

QString MinutesPhrases::filled(const QString &text, const QString &name)
{
    if (!text.contains(QLatin1String("%1")))
        return text;
    return name.trimmed().isEmpty() ? text : QString(text).replace(QLatin1String("%1"), name.trimmed());
}
