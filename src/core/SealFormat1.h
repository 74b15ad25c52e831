#pragma once

#include "Minutes.h"

#include <QByteArray>

// Seal format 1: the seals made by Verkstan before seal format 2 (schema 4 to 8).
//
// FROZEN. Minutes sealed in this format are legal records kept for decades; their
// seals must verify for as long as they are kept, so nothing here may ever change.
// The content is the compact JSON that Qt 6.4's QJsonDocument wrote for the object
// built by the original MinutesSeal: keys sorted, enums as the ordinals they had then.
// It is written out here by hand so that neither a change to Qt's serialiser nor a
// reordering of an enum can change it. tst_sealformats checks the output against
// QJsonDocument and the seals of the schema 4-8 fixtures. New seals are format 2.
class SealFormat1
{
public:
    // The JSON text the seal covers (ids and the seal fields left out).
    static QByteArray canonicalContent(const Minutes &minutes);
    // Lower-case hex SHA-256 of the content, a line feed and previousHash.
    static QByteArray seal(const Minutes &minutes, const QByteArray &previousHash);
};
