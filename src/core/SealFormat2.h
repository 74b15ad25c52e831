#pragma once

#include "Minutes.h"

#include <QByteArray>
#include <QString>

// Seal format 2: an explicit canonical text of final minutes, written down in
// docs/seal-format.md so that anyone can rebuild it from the printed minutes and
// recompute the seal with sha256sum, without Verkstan.
//
// One "key: value" line per field, in a fixed order; a "[kind n]" line opens each
// attendee, item, assignment and adjustment; "[end]" closes the text. Enums are written
// as stable keys (present, chair, paper, ...), dates as YYYY-MM-DD, times as HH:MM,
// text in Unicode NFC with line breaks as \n. The format's number and the previous
// seal are lines of the text itself, and the seal is the SHA-256 of its UTF-8 bytes.
//
// Once minutes are sealed with it, what this writes for them may never change. Fields
// added later (motions, votes, reservations, recusals: issue 15) follow the extension
// rule of docs/seal-format.md: written only when they have a value, at a documented
// place, so that minutes without them keep exactly the text they were sealed with.
class SealFormat2
{
public:
    static constexpr int kVersion = 2;
    static QByteArray canonicalText(const Minutes &minutes, const QByteArray &previousHash);
    // Lower-case hex SHA-256 of canonicalText().
    static QByteArray seal(const Minutes &minutes, const QByteArray &previousHash);
    // A value as the text writes it: line ends as LF, NFC, then \ as \\, a line break as
    // \n and any other control character as \uXXXX (four lower-case hex digits).
    static QString escaped(const QString &text);
};
