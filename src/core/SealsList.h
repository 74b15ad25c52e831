#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

// The seals of an archive's final minutes as a text that a registrar files outside the
// database (docs/seal-format.md, "The seals list"): one tab-separated line per final
// minutes, oldest first within each body. Checked against the database later, it catches
// minutes that were changed and sealed again, or taken away.
struct SealEntry
{
    QString body;
    QDate date;
    int addition = 0;
    int sequence = 0; // place in the body's chain, from 1
    int format = 0;
    QByteArray seal;
    QByteArray previous; // empty for the first of a body

    // "Regionala styrgruppen 2026-03-12" (", addition 1")
    QString describe() const;
};

class SealsList
{
    Q_DECLARE_TR_FUNCTIONS(SealsList)
public:
    static QByteArray write(const QVector<SealEntry> &entries);
    // Error::Kind::Invalid naming the line for text that is not a seals list.
    static Result<QVector<SealEntry>> parse(const QByteArray &text);

    struct Comparison
    {
        QStringList problems; // minutes changed, sealed again or missing: check fails
        QStringList notes;    // minutes sealed after the list was made
    };
    // The database's seals now against a list filed earlier.
    static Comparison compare(const QVector<SealEntry> &filed, const QVector<SealEntry> &now);
};
