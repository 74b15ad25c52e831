#include "CsvReader.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <cstring>
#include <vector>

namespace {

// Windows-1252 0x80-0x9F; the five unassigned bytes map to the C1 control of the same value
// (as browsers do), everything else in the code page is Latin-1.
const char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

inline char16_t unit(char c) { return static_cast<unsigned char>(c); }
inline char16_t unit(QChar c) { return c.unicode(); }

// Text in Unicode NFC, as everything Verkstan stores: a decomposed å (a + ring, as macOS
// writes file names and some programs export) becomes the one letter å. ASCII and text
// already in NFC (nearly all) pass a quick check without a copy.
inline QString nfc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

// What makes a spreadsheet read a field as a formula (and the protecting quote itself).
inline bool isFormulaStart(char16_t c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// A field that CsvWriter::neutralised() protected: ' followed by a formula start or '.
template <typename Char>
inline bool isProtected(const Char *p, qsizetype n)
{
    return n >= 2 && unit(p[0]) == u'\'' && (isFormulaStart(unit(p[1])) || unit(p[1]) == u'\'');
}

QString fromCp1252(const char *p, qsizetype n)
{
    QString out(n, Qt::Uninitialized);
    QChar *d = out.data();
    for (qsizetype i = 0; i < n; ++i) {
        const auto b = static_cast<unsigned char>(p[i]);
        d[i] = (b >= 0x80 && b < 0xA0) ? QChar(kCp1252High[b - 0x80]) : QChar(b);
    }
    return out;
}

// Strict UTF-8 check (no overlong forms, no surrogates, nothing above U+10FFFF), with a
// fast path over ASCII eight bytes at a time.
bool isValidUtf8(const char *s, qsizetype n)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s);
    const auto *const e = p + n;
    while (p < e) {
        while (e - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (word & Q_UINT64_C(0x8080808080808080))
                break;
            p += 8;
        }
        if (p == e)
            break;
        const unsigned c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int len;
        char32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (e - p < len)
            return false;
        for (int i = 1; i < len; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            return false;
        if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))
            return false;
        p += len;
    }
    return true;
}

bool isBlank(const QStringList &fields)
{
    for (const QString &f : fields)
        for (QChar c : f)
            if (!c.isSpace())
                return false;
    return true;
}

// Picks the delimiter from the first non-blank line, counting outside quotes: the most
// frequent of ';', tab and ','; ties go in that order; ';' when there is none.
template <typename Char>
QChar detectDelimiter(const Char *p, const Char *end)
{
    int semicolons = 0, tabs = 0, commas = 0;
    bool inQuotes = false;
    bool seenText = false;
    for (; p < end; ++p) {
        const char16_t c = unit(*p);
        if (inQuotes) {
            if (c == u'"')
                inQuotes = false; // a doubled quote re-enters on the next character
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (seenText || tabs)
                break; // end of the header line
            continue;
        }
        switch (c) {
        case u'"': inQuotes = true; seenText = true; break;
        case u';': ++semicolons; seenText = true; break;
        case u'\t': ++tabs; break;
        case u',': ++commas; seenText = true; break;
        case u' ': break;
        default: seenText = true;
        }
    }
    if (semicolons >= tabs && semicolons >= commas && semicolons > 0)
        return QLatin1Char(';');
    if (tabs >= commas && tabs > 0)
        return QLatin1Char('\t');
    if (commas > 0)
        return QLatin1Char(',');
    return QLatin1Char(';');
}

Error invalid(int line, const QString &what)
{
    return Error{Error::Kind::Invalid, CsvReader::tr("line %1: %2").arg(QString::number(line), what)};
}

// The single pass over the text. Char is char (UTF-8 or Windows-1252 bytes: the delimiters,
// quotes and line ends are ASCII and never part of a multi-byte sequence) or QChar (UTF-16);
// makeField turns a run of Chars into a QString.
template <typename Char, typename MakeField>
Result<CsvTable> parseText(const Char *p, const Char *const end, CsvTable table, qsizetype expectedRows,
                           MakeField makeField)
{
    int line = 1;
    // Excel's hint line "sep=;" names the delimiter and is not part of the data.
    if (end - p >= 5 && (unit(p[0]) | 0x20) == u's' && (unit(p[1]) | 0x20) == u'e'
        && (unit(p[2]) | 0x20) == u'p' && unit(p[3]) == u'='
        && unit(p[4]) != u'"' && unit(p[4]) != u'\r' && unit(p[4]) != u'\n'
        && (end - p == 5 || unit(p[5]) == u'\r' || unit(p[5]) == u'\n')) {
        table.delimiter = QChar(unit(p[4]));
        p += 5;
        if (p < end && unit(*p) == u'\r')
            ++p;
        if (p < end && unit(*p) == u'\n')
            ++p;
        ++line;
    } else {
        table.delimiter = detectDelimiter(p, end);
    }
    const char16_t delim = table.delimiter.unicode();

    table.rows.reserve(expectedRows);
    table.lines.reserve(expectedRows);

    bool haveHeader = false;
    QStringList row;
    row.reserve(16);
    QVarLengthArray<Char, 256> unescaped;
    int rowLine = line;
    bool fieldPending = true; // at the start of a field (a new record, or after a delimiter)

    // The last few distinct values of each column, with where they lie in the text, so that
    // a value seen lately in the same column (types, levels, municipalities, cities, areas
    // repeat a lot) shares its string instead of allocating a new one: fewer allocations
    // make a large import faster, and memory is what large files cost.
    struct Recent
    {
        const Char *start = nullptr;
        qsizetype size = 0;
        QString value;
    };
    constexpr int kRecent = 16;
    constexpr qsizetype kShortField = 48; // longer text is rarely repeated
    struct ColumnCache
    {
        Recent values[kRecent];
        int next = 0;
        int lookups = 0;
        int hits = 0;
        // A column of values that do not repeat (names, numbers) is not worth looking up.
        bool worthIt() const { return lookups < 64 || hits * 4 >= lookups; }
    };
    std::vector<ColumnCache> recent;

    auto appendField = [&](const Char *start, qsizetype size) {
        if (haveHeader && isProtected(start, size)) { // '=1+2 as written for a spreadsheet: =1+2
            ++start;
            --size;
        }
        const size_t column = size_t(row.size());
        if (size == 0) {
            row.append(QString());
            return;
        }
        if (!haveHeader || size > kShortField) {
            row.append(makeField(start, size));
            return;
        }
        if (column >= recent.size())
            recent.resize(column + 1);
        ColumnCache &cache = recent[column];
        if (!cache.worthIt()) {
            row.append(makeField(start, size));
            return;
        }
        ++cache.lookups;
        for (const Recent &r : cache.values) {
            if (r.size == size && std::memcmp(r.start, start, size_t(size) * sizeof(Char)) == 0) {
                ++cache.hits;
                row.append(r.value);
                return;
            }
        }
        QString value = makeField(start, size);
        cache.values[cache.next] = {start, size, value};
        cache.next = (cache.next + 1) % kRecent;
        row.append(std::move(value));
    };

    auto finishRow = [&]() {
        if (!isBlank(row)) {
            if (!haveHeader) {
                for (QString &h : row)
                    h = h.trimmed();
                table.header = std::move(row);
                table.headerLine = rowLine;
                haveHeader = true;
            } else {
                table.rows.append(std::move(row));
                table.lines.append(rowLine);
            }
        }
        row = QStringList();
        row.reserve(table.header.isEmpty() ? 16 : table.header.size());
    };

    while (p < end) {
        if (row.isEmpty() && fieldPending)
            rowLine = line;
        // Start of a field. A quoted field may have spaces before its opening quote.
        const Char *fieldStart = p;
        const Char *q = p;
        while (q < end && unit(*q) == u' ')
            ++q;
        if (q < end && unit(*q) == u'"') {
            const int quoteLine = line;
            p = q + 1;
            const Char *const contentStart = p;
            bool contiguous = true;
            unescaped.clear();
            const Char *segment = p;
            for (;;) {
                if (p == end)
                    return invalid(quoteLine, CsvReader::tr("a quoted field (column %1) is not closed; "
                                                            "a quotation mark is missing")
                                                  .arg(row.size() + 1));
                const char16_t c = unit(*p);
                if (c == u'"') {
                    if (p + 1 < end && unit(p[1]) == u'"') {
                        unescaped.append(segment, p - segment + 1); // keep one of the two quotes
                        contiguous = false;
                        p += 2;
                        segment = p;
                        continue;
                    }
                    break;
                }
                if (c == u'\n') {
                    ++line;
                } else if (c == u'\r') {
                    ++line;
                    if (p + 1 < end && unit(p[1]) == u'\n')
                        ++p;
                }
                ++p;
            }
            if (contiguous) {
                appendField(contentStart, p - contentStart);
            } else {
                unescaped.append(segment, p - segment);
                const qsizetype skip = haveHeader && isProtected(unescaped.constData(), unescaped.size()) ? 1 : 0;
                row.append(makeField(unescaped.constData() + skip, unescaped.size() - skip));
            }
            ++p; // the closing quote
            // Only spaces may follow the closing quote before the delimiter or line end.
            while (p < end && (unit(*p) == u' ' || (unit(*p) == u'\t' && delim != u'\t')))
                ++p;
            if (p < end && unit(*p) != delim && unit(*p) != u'\r' && unit(*p) != u'\n')
                return invalid(line, CsvReader::tr("unexpected text after the closing quotation mark in "
                                                   "column %1; a quotation mark inside a quoted field "
                                                   "must be doubled (\"\")")
                                         .arg(row.size()));
        } else {
            p = fieldStart;
            while (p < end) {
                const char16_t c = unit(*p);
                if (c == delim || c == u'\n' || c == u'\r')
                    break;
                if (c == u'"')
                    return invalid(line, CsvReader::tr("a quotation mark inside the unquoted field in "
                                                       "column %1; put the whole field in quotation marks "
                                                       "and double the quotation mark (\"\")")
                                             .arg(row.size() + 1));
                ++p;
            }
            appendField(fieldStart, p - fieldStart);
        }
        fieldPending = false;

        if (p == end)
            break;
        if (unit(*p) == delim) {
            ++p;
            fieldPending = true;
            continue;
        }
        // End of the record: CRLF, LF or CR.
        if (unit(*p) == u'\r' && p + 1 < end && unit(p[1]) == u'\n')
            ++p;
        ++p;
        finishRow();
        ++line;
        fieldPending = true;
    }
    if (!row.isEmpty()) {
        if (fieldPending) // the text ended right after a delimiter
            appendField(end, 0);
        finishRow();
    }

    if (!haveHeader)
        return invalid(1, CsvReader::tr("the file is empty; expected a header row and at least one data row"));
    if (table.rows.isEmpty())
        return invalid(table.headerLine, CsvReader::tr("the file has a header but no data rows"));
    return table;
}

} // namespace

QString CsvReader::fromWindows1252(const QByteArray &bytes)
{
    return fromCp1252(bytes.constData(), bytes.size());
}

QString CsvReader::decode(const QByteArray &bytes, QString *encoding)
{
    auto setEncoding = [encoding](const char *name) {
        if (encoding)
            *encoding = QString::fromLatin1(name);
    };
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        // Excel's "Unicode text" is UTF-16 with a BOM (and tabs).
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                            : QStringDecoder::Utf16BE);
        setEncoding("UTF-16");
        return decoder.decode(QByteArrayView(bytes).sliced(2));
    }
    // A BOM says UTF-8 even if a stray byte is broken (it becomes U+FFFD).
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        setEncoding("UTF-8");
        return QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
    }
    if (isValidUtf8(bytes.constData(), bytes.size())) {
        setEncoding("UTF-8");
        return QString::fromUtf8(bytes);
    }
    setEncoding("Windows-1252");
    return fromWindows1252(bytes);
}

Result<CsvTable> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io,
                     tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{Error::Kind::Io,
                     tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return parse(bytes);
}

Result<CsvTable> CsvReader::parse(const QByteArray &bytes)
{
    // Things people pick by mistake in a file dialog.
    if (bytes.startsWith("PK\x03\x04"))
        return invalid(1, tr("this is a spreadsheet workbook (such as .xlsx or .ods), not a CSV file; "
                             "save it as \"CSV UTF-8\" or \"CSV (semicolon separated)\" first"));

    const qsizetype expectedRows = bytes.count('\n') + 1;
    CsvTable table;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const QString text = decode(bytes, &table.encoding);
        return parseText(text.constData(), text.constData() + text.size(), std::move(table), expectedRows,
                         [](const QChar *p, qsizetype n) { return nfc(QString(p, n)); });
    }

    if (const void *nul = std::memchr(bytes.constData(), 0, size_t(bytes.size()))) {
        const auto offset = static_cast<const char *>(nul) - bytes.constData();
        return invalid(int(QByteArrayView(bytes.constData(), offset).count('\n')) + 1,
                       tr("the file contains binary data, not text; it is not a CSV file"));
    }

    const char *begin = bytes.constData();
    const char *const end = begin + bytes.size();
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    if (bom)
        begin += 3;
    if (bom || isValidUtf8(begin, end - begin)) {
        table.encoding = QStringLiteral("UTF-8");
        return parseText(begin, end, std::move(table), expectedRows,
                         [](const char *p, qsizetype n) { return nfc(QString::fromUtf8(p, n)); });
    }
    table.encoding = QStringLiteral("Windows-1252");
    return parseText(begin, end, std::move(table), expectedRows,
                     [](const char *p, qsizetype n) { return nfc(fromCp1252(p, n)); });
}

namespace {

bool needsQuotes(const QString &text, QChar delimiter)
{
    for (QChar c : text)
        if (c == delimiter || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    return false;
}

void appendField(QString &out, const QString &raw, QChar delimiter)
{
    const QString text = CsvWriter::neutralised(raw);
    if (!needsQuotes(text, delimiter)) {
        out.append(text);
        return;
    }
    out.append(u'"');
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'"') {
            out.append(QStringView(text).sliced(from, i + 1 - from)); // up to and with the quote
            out.append(u'"');                                         // doubled
            from = i + 1;
        }
    }
    out.append(QStringView(text).sliced(from));
    out.append(u'"');
}

} // namespace

QString CsvWriter::neutralised(const QString &text)
{
    if (text.isEmpty())
        return text;
    if (isFormulaStart(text.at(0).unicode()) || isProtected(text.constData(), text.size()))
        return QLatin1Char('\'') + text;
    return text;
}

QString CsvWriter::restored(const QString &text)
{
    return isProtected(text.constData(), text.size()) ? text.mid(1) : text;
}

QString CsvWriter::field(const QString &text, QChar delimiter)
{
    QString out;
    appendField(out, text, delimiter);
    return out;
}

QByteArray CsvWriter::write(const QStringList &header, const QVector<QStringList> &rows,
                            QChar delimiter, bool bom)
{
    qsizetype size = 0;
    auto measure = [&size](const QStringList &fields) {
        for (const QString &f : fields)
            size += f.size() + 1;
        size += 2;
    };
    measure(header);
    for (const QStringList &r : rows)
        measure(r);

    QString text;
    text.reserve(size + size / 16);
    auto appendRow = [&](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                text.append(delimiter);
            appendField(text, fields.at(i), delimiter);
        }
        text.append(u"\r\n");
    };
    appendRow(header);
    for (const QStringList &r : rows)
        appendRow(r);

    QByteArray out = text.toUtf8();
    if (bom)
        out.prepend("\xEF\xBB\xBF");
    return out;
}
