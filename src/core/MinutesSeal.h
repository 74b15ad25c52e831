#pragma once

#include "Minutes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Tamper evidence for final minutes. Each final set of minutes is sealed with the
// SHA-256 of its canonical content followed by the seal of the body's previous final
// minutes, so the seals of a body form a chain: a changed byte, a deleted item, or a
// set of minutes taken out of the middle breaks it at the first minutes affected.
class MinutesSeal
{
    Q_DECLARE_TR_FUNCTIONS(MinutesSeal)
public:
    // The content that the seal covers, as compact JSON with sorted keys: header,
    // attendance, items with decisions and assignments, adjustments. Database ids and
    // the seal fields themselves are left out.
    static QByteArray canonicalContent(const Minutes &minutes);
    // Lower-case hex SHA-256 of the content and previousHash.
    static QByteArray seal(const Minutes &minutes, const QByteArray &previousHash);
    // Seals minutes that have just become final, after the body's previous final ones.
    static void apply(Minutes &minutes, const QByteArray &previousHash);
    // The short code printed on final minutes: the seal's first 12 hex digits, "1A2B-3C4D-5E6F".
    static QString verificationCode(const QByteArray &hash);

    struct Break
    {
        qsizetype index = -1; // in the list checked
        qint64 minutesId = 0;
        QString reason;
    };
    // Checks one body's final minutes, oldest first: the first that does not match.
    static std::optional<Break> verifyChain(const QVector<Minutes> &finalMinutesInOrder);
};
