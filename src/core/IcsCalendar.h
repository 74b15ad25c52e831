#pragma once

#include "AnnualWheel.h"
#include "Meeting.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

// An annual wheel as an iCalendar file (RFC 5545) for Outlook, Thunderbird and phones:
// one event per slot, with times in Europe/Stockholm (its VTIMEZONE included). A slot
// that became a meeting is exported as that meeting with its agenda. UIDs depend only
// on the database ids, so exporting again updates the events instead of adding
// copies; SEQUENCE counts the saved changes.
class IcsCalendar
{
    Q_DECLARE_TR_FUNCTIONS(IcsCalendar)
public:
    // meetings: the body's meetings of the year (with agendas); those not made from a
    // slot of the wheel are exported too. stamp: DTSTAMP (now, when null).
    static QByteArray write(const AnnualWheel &wheel, const QVector<Meeting> &meetings,
                            const QDateTime &stamp = QDateTime());

    static QString uidForSlot(qint64 bodyId, qint64 slotId);
    static QString uidForMeeting(qint64 bodyId, qint64 meetingId);
    // TEXT value escaping: backslash, semicolon, comma and line breaks.
    static QString escape(const QString &text);
    // A content line folded at 75 octets (never inside a UTF-8 sequence), CRLF after.
    static QByteArray folded(const QString &line);
};
