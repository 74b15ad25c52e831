#include "SealFormat2.h"

#include <QCryptographicHash>

// Once released, what this file writes for given minutes never changes: see
// docs/seal-format.md and the test vectors in tests/data/seal/.

namespace {

QString statusKey(AttendanceStatus s)
{
    switch (s) {
    case AttendanceStatus::Present: return QStringLiteral("present");
    case AttendanceStatus::Absent: return QStringLiteral("absent");
    case AttendanceStatus::DeputyServing: return QStringLiteral("deputy");
    }
    return QStringLiteral("present");
}

QString roleKey(MinutesRole r)
{
    switch (r) {
    case MinutesRole::None: return QStringLiteral("none");
    case MinutesRole::Chair: return QStringLiteral("chair");
    case MinutesRole::Secretary: return QStringLiteral("secretary");
    case MinutesRole::Adjuster: return QStringLiteral("adjuster");
    }
    return QStringLiteral("none");
}

QString methodKey(AdjustmentMethod m)
{
    return m == AdjustmentMethod::SignedOnPaper ? QStringLiteral("paper") : QStringLiteral("here");
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString time(const QTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

class Writer
{
public:
    // "key: value", or "key:" alone when the value is empty (no trailing space).
    void field(const char *key, const QString &value)
    {
        m_text += QLatin1String(key);
        m_text += QLatin1Char(':');
        if (!value.isEmpty()) {
            m_text += QLatin1Char(' ');
            m_text += SealFormat2::escaped(value);
        }
        m_text += QLatin1Char('\n');
    }
    void field(const char *key, qint64 value) { field(key, QString::number(value)); }
    void field(const char *key, bool value) { field(key, value ? QStringLiteral("yes") : QStringLiteral("no")); }
    void section(const QString &name) { m_text += QLatin1Char('[') + name + QStringLiteral("]\n"); }
    QByteArray utf8() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

} // namespace

QString SealFormat2::escaped(const QString &text)
{
    QString lf = text;
    lf.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    lf.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QString nfc = lf.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(nfc.size() + 8);
    for (qsizetype i = 0; i < nfc.size(); ++i) {
        const char16_t u = nfc.at(i).unicode();
        if (u == u'\\') {
            out += QStringLiteral("\\\\");
        } else if (u == u'\n') {
            out += QStringLiteral("\\n");
        } else if (u < 0x20 || u == 0x7f) {
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        } else if (QChar::isHighSurrogate(u) && i + 1 < nfc.size() && QChar::isLowSurrogate(nfc.at(i + 1).unicode())) {
            out += nfc.at(i);
            out += nfc.at(++i);
        } else if (QChar::isSurrogate(u)) {
            out += QChar(QChar::ReplacementCharacter); // not Unicode text: as UTF-8 encoders write it
        } else {
            out += nfc.at(i);
        }
    }
    return out;
}

QByteArray SealFormat2::canonicalText(const Minutes &m, const QByteArray &previousHash)
{
    Writer w;
    w.field("verkstan-minutes-seal", qint64(kVersion));
    w.field("previous", QString::fromLatin1(previousHash));
    w.field("body", m.bodyName);
    w.field("date", date(m.date));
    w.field("start", time(m.start));
    w.field("end", time(m.end));
    w.field("place", m.place);
    w.field("addition", qint64(m.additionNumber));
    w.field("adjusted-on", date(m.adjustedOn));
    for (qsizetype i = 0; i < m.attendance.size(); ++i) {
        const Attendee &a = m.attendance.at(i);
        w.section(QStringLiteral("attendee %1").arg(i + 1));
        w.field("name", a.name);
        w.field("party", a.party);
        w.field("organisation", a.organisation);
        w.field("member", a.member);
        w.field("status", statusKey(a.status));
        w.field("role", roleKey(a.role));
        w.field("arrived-at", qint64(a.arrivedAtItem));
        w.field("left-after", qint64(a.leftAtItem));
    }
    for (qsizetype i = 0; i < m.items.size(); ++i) {
        const MinutesItem &item = m.items.at(i);
        w.section(QStringLiteral("item %1").arg(i + 1));
        w.field("number", qint64(item.number));
        w.field("title", item.title);
        w.field("discussion", item.discussion);
        w.field("decision", item.decision);
        for (qsizetype k = 0; k < item.assignments.size(); ++k) {
            const Assignment &a = item.assignments.at(k);
            w.section(QStringLiteral("assignment %1.%2").arg(i + 1).arg(k + 1));
            w.field("responsible", a.responsible);
            w.field("task", a.task);
            w.field("due", date(a.due));
        }
        // Extension point (docs/seal-format.md): sections added to an item later come
        // here, after its assignments, each only when the item has such records.
    }
    for (qsizetype i = 0; i < m.adjustments.size(); ++i) {
        const Adjustment &a = m.adjustments.at(i);
        w.section(QStringLiteral("adjustment %1").arg(i + 1));
        w.field("name", a.name);
        w.field("role", roleKey(a.role));
        w.field("date", date(a.date));
        w.field("method", methodKey(a.method));
    }
    w.section(QStringLiteral("end"));
    return w.utf8();
}

QByteArray SealFormat2::seal(const Minutes &m, const QByteArray &previousHash)
{
    return QCryptographicHash::hash(canonicalText(m, previousHash), QCryptographicHash::Sha256).toHex();
}
