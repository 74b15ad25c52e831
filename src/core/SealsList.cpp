#include "SealsList.h"

#include "SealFormat2.h"

#include <QHash>
#include <QRegularExpression>

namespace {

const char kHeading[] = "# verkstan seals 1";

QString unescaped(const QString &text, bool *ok)
{
    QString out;
    out.reserve(text.size());
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\')) {
            out += c;
            continue;
        }
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (next == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
            ++i;
        } else if (next == QLatin1Char('n')) {
            out += QLatin1Char('\n');
            ++i;
        } else if (next == QLatin1Char('u') && i + 5 < text.size()) {
            bool hex = false;
            const uint code = text.mid(i + 2, 4).toUInt(&hex, 16);
            if (!hex) {
                *ok = false;
                return {};
            }
            out += QChar(char16_t(code));
            i += 5;
        } else {
            *ok = false;
            return {};
        }
    }
    return out;
}

QString key(const SealEntry &e)
{
    return QStringLiteral("%1\t%2\t%3\t%4").arg(e.body, e.date.toString(Qt::ISODate)).arg(e.addition).arg(e.sequence);
}

} // namespace

QString SealEntry::describe() const
{
    const QString when = date.toString(Qt::ISODate);
    return addition > 0 ? SealsList::tr("%1 %2, addition %3").arg(body, when).arg(addition)
                        : SealsList::tr("%1 %2").arg(body, when);
}

QByteArray SealsList::write(const QVector<SealEntry> &entries)
{
    QString text = QLatin1String(kHeading) + QLatin1Char('\n');
    text += QStringLiteral("# body\tmeeting date\taddition\tsequence\tformat\tseal\tprevious seal\n");
    for (const SealEntry &e : entries)
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
                    .arg(SealFormat2::escaped(e.body), e.date.toString(Qt::ISODate))
                    .arg(e.addition)
                    .arg(e.sequence)
                    .arg(e.format)
                    .arg(QString::fromLatin1(e.seal),
                         e.previous.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(e.previous));
    return text.toUtf8();
}

Result<QVector<SealEntry>> SealsList::parse(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (!text.startsWith(QLatin1String(kHeading)))
        return Error{Error::Kind::Invalid, tr("line 1: this is not a seals list written by verkstan-cli export seals "
                                              "(it must begin with \"%1\")")
                                               .arg(QLatin1String(kHeading))};
    static const QRegularExpression hash(QStringLiteral("^[0-9a-f]{64}$"));
    QVector<SealEntry> out;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const auto bad = [&](const QString &what) {
            return Error{Error::Kind::Invalid, tr("line %1: %2").arg(n + 1).arg(what)};
        };
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() != 7)
            return bad(tr("expected 7 fields separated by tabs, found %1").arg(f.size()));
        SealEntry e;
        bool ok = false;
        e.body = unescaped(f.at(0), &ok);
        if (!ok || e.body.isEmpty())
            return bad(tr("the name of the body is missing or badly written"));
        e.date = QDate::fromString(f.at(1), Qt::ISODate);
        if (!e.date.isValid())
            return bad(tr("\"%1\" is not a date written YYYY-MM-DD").arg(f.at(1)));
        bool a = false, s = false, v = false;
        e.addition = f.at(2).toInt(&a);
        e.sequence = f.at(3).toInt(&s);
        e.format = f.at(4).toInt(&v);
        if (!a || !s || !v || e.addition < 0 || e.sequence < 1 || e.format < 1)
            return bad(tr("the addition, sequence and format must be numbers"));
        e.seal = f.at(5).toLatin1();
        e.previous = f.at(6) == QLatin1String("-") ? QByteArray() : f.at(6).toLatin1();
        if (!hash.match(f.at(5)).hasMatch() || (!e.previous.isEmpty() && !hash.match(f.at(6)).hasMatch()))
            return bad(tr("a seal is 64 hexadecimal digits (lower case)"));
        out.append(e);
    }
    return out;
}

SealsList::Comparison SealsList::compare(const QVector<SealEntry> &filed, const QVector<SealEntry> &now)
{
    Comparison out;
    QHash<QString, const SealEntry *> current;
    for (const SealEntry &e : now)
        current.insert(key(e), &e);
    QHash<QString, int> lastFiled; // body -> highest sequence in the list
    QHash<QString, bool> listed;
    for (const SealEntry &f : filed) {
        lastFiled[f.body] = qMax(lastFiled.value(f.body), f.sequence);
        listed.insert(key(f), true);
        const SealEntry *e = current.value(key(f));
        if (!e) {
            out.problems << tr("%1 (no. %2 of the body's chain, seal %3): in the filed list, but not among the final "
                               "minutes of the database; they have been removed or changed.")
                                .arg(f.describe())
                                .arg(f.sequence)
                                .arg(QString::fromLatin1(f.seal.left(12)));
            continue;
        }
        if (e->seal != f.seal || e->previous != f.previous || e->format != f.format)
            out.problems << tr("%1 (no. %2 of the body's chain): the seal in the database is %3, the filed list says "
                               "%4; the minutes, or minutes before them, have been changed and sealed again.")
                                .arg(f.describe())
                                .arg(f.sequence)
                                .arg(QString::fromLatin1(e->seal.left(12)), QString::fromLatin1(f.seal.left(12)));
    }
    for (const SealEntry &e : now) {
        if (listed.contains(key(e)))
            continue;
        if (e.sequence <= lastFiled.value(e.body, 0))
            out.problems << tr("%1 (no. %2 of the body's chain): not in the filed list, although the list has later "
                               "minutes of the body.")
                                .arg(e.describe())
                                .arg(e.sequence);
        else
            out.notes << tr("%1 (no. %2 of the body's chain): sealed after the list was made.")
                             .arg(e.describe())
                             .arg(e.sequence);
    }
    return out;
}
