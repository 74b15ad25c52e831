#pragma once

#include "Minutes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Tamper evidence for final minutes. Each final set of minutes is sealed with the
// SHA-256 of its canonical content and the seal of the body's previous final minutes,
// so the seals of a body form a chain: a changed byte, a deleted item, or a set of
// minutes taken out of the middle breaks it at the first minutes affected.
//
// Minutes keep the format they were sealed in: format 1 (SealFormat1, frozen, the
// seals of schema 4-8) or format 2 (SealFormat2, docs/seal-format.md), which every
// new seal uses.
class MinutesSeal
{
    Q_DECLARE_TR_FUNCTIONS(MinutesSeal)
public:
    static constexpr int kCurrentFormat = 2;
    static bool isKnownFormat(int format) { return format == 1 || format == 2; }

    // What the seal of that format covers: format 1's JSON, format 2's canonical text.
    static QByteArray canonicalContent(const Minutes &minutes, const QByteArray &previousHash, int format);
    // Lower-case hex SHA-256 in the given format; empty for a format this program does not know.
    static QByteArray seal(const Minutes &minutes, const QByteArray &previousHash, int format = kCurrentFormat);
    // Seals minutes that have just become final, after the body's previous final ones,
    // in the current format.
    static void apply(Minutes &minutes, const QByteArray &previousHash);
    // The short code printed on final minutes: the seal's first 12 hex digits, "1A2B-3C4D-5E6F".
    static QString verificationCode(const QByteArray &hash);

    struct Break
    {
        qsizetype index = -1; // in the list checked
        qint64 minutesId = 0;
        QString reason;
    };
    // Checks one body's final minutes, oldest first, each in the format it was sealed
    // in: the first that does not match.
    static std::optional<Break> verifyChain(const QVector<Minutes> &finalMinutesInOrder);
};
