#pragma once

#include <QString>

// A fast sort key for Swedish text: case-insensitive, accents folded the Swedish way
// (é as e, ü as y, æ as ä, ø as ö), and å, ä, ö after z, in that order. Comparing two
// keys with QString's plain comparison gives the order of a Swedish dictionary, at a
// fraction of ICU's cost — what a register of 100 000 actors needs on every sort.
class SwedishCollation
{
public:
    static QString key(const QString &text);
    static int compare(const QString &a, const QString &b) { return key(a).compare(key(b)); }
};
