#include "SealFormat1.h"

#include <QCryptographicHash>

// FROZEN: see SealFormat1.h. Do not change a byte of what this file writes.

namespace {

// The ordinals the enums had when format 1 was in use (Minutes.h of schema 4-8).
int ordinal(AttendanceStatus s)
{
    switch (s) {
    case AttendanceStatus::Present: return 0;
    case AttendanceStatus::Absent: return 1;
    case AttendanceStatus::DeputyServing: return 2;
    }
    return 0;
}

int ordinal(MinutesRole r)
{
    switch (r) {
    case MinutesRole::None: return 0;
    case MinutesRole::Chair: return 1;
    case MinutesRole::Secretary: return 2;
    case MinutesRole::Adjuster: return 3;
    }
    return 0;
}

int ordinal(AdjustmentMethod m)
{
    switch (m) {
    case AdjustmentMethod::SignedOnPaper: return 0;
    case AdjustmentMethod::ConfirmedHere: return 1;
    }
    return 0;
}

char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

// A JSON string as QJsonDocument wrote it: " and \ escaped, control characters as
// \b \f \n \r \t or \u00xx, everything else as UTF-8; a lone surrogate as \uxxxx.
void appendString(QByteArray &out, const QString &s)
{
    out += '"';
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = s.at(i).unicode();
        if (u < 0x80) {
            switch (u) {
            case 0x22: out += "\\\""; break;
            case 0x5c: out += "\\\\"; break;
            case 0x08: out += "\\b"; break;
            case 0x0c: out += "\\f"; break;
            case 0x0a: out += "\\n"; break;
            case 0x0d: out += "\\r"; break;
            case 0x09: out += "\\t"; break;
            default:
                if (u < 0x20) {
                    out += "\\u00";
                    out += hexDigit(u >> 4);
                    out += hexDigit(u & 0xf);
                } else {
                    out += char(u);
                }
            }
            continue;
        }
        uint code = u;
        if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(s.at(i + 1).unicode())) {
            code = QChar::surrogateToUcs4(u, s.at(i + 1).unicode());
            ++i;
        } else if (QChar::isSurrogate(u)) {
            out += "\\u";
            out += hexDigit(u >> 12 & 0xf);
            out += hexDigit(u >> 8 & 0xf);
            out += hexDigit(u >> 4 & 0xf);
            out += hexDigit(u & 0xf);
            continue;
        }
        // UTF-8: a lead byte, then six bits at a time.
        if (code < 0x800) {
            out += char(0xc0 | (code >> 6));
        } else if (code < 0x10000) {
            out += char(0xe0 | (code >> 12));
            out += char(0x80 | ((code >> 6) & 0x3f));
        } else {
            out += char(0xf0 | (code >> 18));
            out += char(0x80 | ((code >> 12) & 0x3f));
            out += char(0x80 | ((code >> 6) & 0x3f));
        }
        out += char(0x80 | (code & 0x3f));
    }
    out += '"';
}

// One "key":value pair; the callers write the keys in sorted order, as QJsonObject did.
void key(QByteArray &out, const char *name, bool first = false)
{
    if (!first)
        out += ',';
    out += '"';
    out += name;
    out += "\":";
}

void text(QByteArray &out, const char *name, const QString &value, bool first = false)
{
    key(out, name, first);
    appendString(out, value);
}

void number(QByteArray &out, const char *name, qint64 value, bool first = false)
{
    key(out, name, first);
    out += QByteArray::number(value);
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString time(const QTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

} // namespace

QByteArray SealFormat1::canonicalContent(const Minutes &m)
{
    QByteArray out;
    out.reserve(4096);
    out += '{';
    number(out, "addition", m.additionNumber, true);
    text(out, "adjustedOn", date(m.adjustedOn));
    key(out, "adjustments");
    out += '[';
    for (qsizetype i = 0; i < m.adjustments.size(); ++i) {
        const Adjustment &a = m.adjustments.at(i);
        if (i > 0)
            out += ',';
        out += '{';
        text(out, "date", date(a.date), true);
        number(out, "method", ordinal(a.method));
        text(out, "name", a.name);
        number(out, "role", ordinal(a.role));
        out += '}';
    }
    out += ']';
    key(out, "attendance");
    out += '[';
    for (qsizetype i = 0; i < m.attendance.size(); ++i) {
        const Attendee &a = m.attendance.at(i);
        if (i > 0)
            out += ',';
        out += '{';
        number(out, "arrived", a.arrivedAtItem, true);
        number(out, "left", a.leftAtItem);
        key(out, "member");
        out += a.member ? "true" : "false";
        text(out, "name", a.name);
        text(out, "organisation", a.organisation);
        text(out, "party", a.party);
        number(out, "role", ordinal(a.role));
        number(out, "status", ordinal(a.status));
        out += '}';
    }
    out += ']';
    text(out, "body", m.bodyName);
    text(out, "date", date(m.date));
    text(out, "end", time(m.end));
    key(out, "items");
    out += '[';
    for (qsizetype i = 0; i < m.items.size(); ++i) {
        const MinutesItem &item = m.items.at(i);
        if (i > 0)
            out += ',';
        out += '{';
        key(out, "assignments", true);
        out += '[';
        for (qsizetype k = 0; k < item.assignments.size(); ++k) {
            const Assignment &a = item.assignments.at(k);
            if (k > 0)
                out += ',';
            out += '{';
            text(out, "due", date(a.due), true);
            text(out, "responsible", a.responsible);
            text(out, "task", a.task);
            out += '}';
        }
        out += ']';
        text(out, "decision", item.decision);
        text(out, "discussion", item.discussion);
        number(out, "number", item.number);
        text(out, "title", item.title);
        out += '}';
    }
    out += ']';
    text(out, "place", m.place);
    text(out, "start", time(m.start));
    out += '}';
    return out;
}

QByteArray SealFormat1::seal(const Minutes &m, const QByteArray &previousHash)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(canonicalContent(m));
    hash.addData(QByteArrayView("\n"));
    hash.addData(previousHash);
    return hash.result().toHex();
}
