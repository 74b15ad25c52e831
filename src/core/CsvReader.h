#pragma once

#include "Result.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

// A CSV file read into memory: the header and the data rows, with where each row starts.
struct CsvTable
{
    QStringList header;        // trimmed column headings of the first non-blank record
    QVector<QStringList> rows; // data rows, fields as written (not trimmed); blank rows skipped
    QVector<int> lines;        // 1-based physical line where each row starts (parallel to rows)
    QChar delimiter;           // ';', ',' or '\t'
    QString encoding;          // "UTF-8", "Windows-1252" or "UTF-16"
    int headerLine = 1;        // 1-based physical line of the header
};

// Reads the CSV that Excel and LibreOffice write in Sweden: ';', ',' or tab as delimiter
// (detected from the header line, or from an Excel "sep=;" first line), UTF-8 with or
// without BOM, UTF-16 with BOM, otherwise Windows-1252; RFC 4180 quoting with embedded
// delimiters, doubled quotes and line breaks; CRLF, LF or CR line ends. Rows whose fields
// are all blank are skipped. The row lengths are not checked here: that is up to the caller.
// A data field that CsvWriter protected from spreadsheet formulas ('=1+2) is read back as
// it was (=1+2); see CsvWriter. Text is returned in Unicode NFC.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Error::Kind::Invalid with "line N: ..." for malformed input, an empty file or a
    // file with a header but no rows.
    static Result<CsvTable> parse(const QByteArray &bytes);
    // As parse(); Error::Kind::Io naming the path when the file cannot be read.
    static Result<CsvTable> readFile(const QString &path);

    // Decodes bytes as UTF-8 (BOM stripped), UTF-16 with BOM, or Windows-1252 when the
    // bytes are not valid UTF-8. Sets *encoding to the name used.
    static QString decode(const QByteArray &bytes, QString *encoding = nullptr);
    // Windows-1252 to Unicode (0x80-0x9F through the code page's table, the rest as Latin-1).
    static QString fromWindows1252(const QByteArray &bytes);
};

// Writes CSV that Excel opens right: fields quoted when they contain the delimiter, a
// quotation mark, CR or LF; CRLF line ends; UTF-8 with a BOM unless bom is false.
//
// Fields safe in spreadsheets: a field that begins with =, +, -, @, a tab or CR would be
// taken for a formula by Excel and LibreOffice (CSV injection), so it gets a ' in front,
// which spreadsheets show as text and do not print. A field that begins with ' followed by
// one of those characters or another ' gets one too, so that CsvReader, which takes one '
// away from exactly such fields, gives back every field as it was (docs/csv-format.md).
class CsvWriter
{
public:
    // The field as written for a spreadsheet (with the ' when needed), and back.
    static QString neutralised(const QString &text);
    static QString restored(const QString &text);

    static QByteArray write(const QStringList &header, const QVector<QStringList> &rows,
                            QChar delimiter = QLatin1Char(';'), bool bom = true);
    // One field, quoted if needed.
    static QString field(const QString &text, QChar delimiter = QLatin1Char(';'));
};
