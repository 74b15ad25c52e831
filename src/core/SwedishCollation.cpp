#include "SwedishCollation.h"

QString SwedishCollation::key(const QString &text)
{
    QString out;
    out.resize(text.size());
    QChar *d = out.data();
    for (QChar c : text) {
        char16_t u = c.toLower().unicode();
        if (u < 0x80) {
            *d++ = QChar(u);
            continue;
        }
        switch (u) {
        case u'å': u = 0x7b; break;
        case u'ä': case u'æ': u = 0x7c; break;
        case u'ö': case u'ø': u = 0x7d; break;
        case u'à': case u'á': case u'â': case u'ã': u = u'a'; break;
        case u'ç': u = u'c'; break;
        case u'è': case u'é': case u'ê': case u'ë': u = u'e'; break;
        case u'ì': case u'í': case u'î': case u'ï': u = u'i'; break;
        case u'ñ': u = u'n'; break;
        case u'ò': case u'ó': case u'ô': case u'õ': u = u'o'; break;
        case u'ù': case u'ú': case u'û': u = u'u'; break;
        case u'ü': case u'ý': case u'ÿ': u = u'y'; break;
        default: break;
        }
        *d++ = QChar(u);
    }
    return out;
}
