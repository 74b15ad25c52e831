#include "Minutes.h"

QStringList Minutes::namesIn(MinutesRole role) const
{
    QStringList names;
    for (const Attendee &a : attendance)
        if (a.role == role)
            names.append(a.name);
    return names;
}

const Attendee *Minutes::attendee(const QString &name) const
{
    for (const Attendee &a : attendance)
        if (a.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &a;
    return nullptr;
}
