#pragma once

#include "AnnualWheel.h"
#include "Meeting.h"
#include "WheelPainter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

// The pictures of the wheels: one body's wheel (one ring per kind of meeting) and the
// regional overview (one ring per body, clashes flagged).
class WheelPictures
{
    Q_DECLARE_TR_FUNCTIONS(WheelPictures)
public:
    static WheelPicture forWheel(const AnnualWheel &wheel, const QDate &today = QDate::currentDate());
    // bodyAreas: the Area bits of each body, for the ring colours.
    static WheelPicture overview(const QVector<AnnualWheel> &wheels, const QVector<MeetingClash> &clashes,
                                 const QHash<qint64, int> &bodyAreas, int year,
                                 const QDate &today = QDate::currentDate());
    // The clashes among the year's wheels (the joint future seminar is one event and
    // does not clash with itself).
    static QVector<MeetingClash> clashes(const QVector<AnnualWheel> &wheels,
                                         const QHash<qint64, QSet<QString>> &members);
    static QString tooltip(const WheelSlot &slot, const QString &bodyName);
    static int kindIndex(SlotKind kind);
};
