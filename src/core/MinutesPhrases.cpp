#include "MinutesPhrases.h"

QVector<MinutesPhrases::Phrase> MinutesPhrases::standard()
{
    return {
        {Key::Opening, tr("Opening"), tr("The meeting is opened.")},
        {Key::Welcome, tr("Welcome"), tr("%1 welcomes everyone.")},
        {Key::AdjusterChosen, tr("Choice of adjuster"), tr("%1 is chosen to adjust the minutes.")},
        {Key::AgendaApproved, tr("Agenda approved"), tr("The agenda is approved.")},
        {Key::InformationNoted, tr("Information noted"), tr("The information is noted.")},
        {Key::Assignment, tr("Assignment"), tr("%1 is given the assignment to")},
        {Key::PreviousMinutes, tr("Previous minutes"), tr("The previous minutes are placed on file.")},
        {Key::NextMeeting, tr("Next meeting"), tr("The next meeting is held on")},
        {Key::Closing, tr("Closing"), tr("The meeting is closed.")},
    };
}

MinutesPhrases::Phrase MinutesPhrases::standard(Key key)
{
    for (const Phrase &p : standard())
        if (p.key == key)
            return p;
    return {};
}

QString MinutesPhrases::filled(const QString &text, const QString &name)
{
    if (!text.contains(QLatin1String("%1")))
        return text;
    return name.trimmed().isEmpty() ? text : QString(text).replace(QLatin1String("%1"), name.trimmed());
}

QString MinutesPhrases::nameFor(Key key, const Minutes &minutes)
{
    return key == Key::AdjusterChosen ? minutes.adjusters().value(0) : minutes.chair();
}

QString MinutesPhrases::inserted(const Phrase &phrase, const Minutes &minutes)
{
    QString text = filled(phrase.text, nameFor(phrase.key, minutes));
    text.replace(QLatin1String("%1"), QStringLiteral("…"));
    return text;
}
