#pragma once

#include <QByteArray>
#include <QStringList>
#include <QVariantList>
#include <QVector>

// Rows of one kind of record as a command prints them: column names (stable, not
// translated: they are read by programs) and values (numbers stay numbers in JSON).
struct RecordTable
{
    QStringList columns;
    QVector<QVariantList> rows;

    // ";"-separated with a header line, CRLF, no BOM (it goes to a terminal or a pipe).
    QByteArray toCsv() const;
    // An array of objects keyed by the column names.
    QByteArray toJson() const;
};
