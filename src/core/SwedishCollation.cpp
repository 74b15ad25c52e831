#include "SwedishCollation.h"

#include <QLocale>

namespace {

QCollator &threadCollator()
{
    thread_local QCollator collator = SwedishCollation::collator();
    return collator;
}

} // namespace

QCollator SwedishCollation::collator()
{
    QCollator c{QLocale(QLocale::Swedish, QLocale::Sweden)};
    c.setCaseSensitivity(Qt::CaseInsensitive);
    c.setNumericMode(true);
    c.setIgnorePunctuation(false);
    return c;
}

int SwedishCollation::compare(const QString &a, const QString &b)
{
    return threadCollator().compare(a, b);
}

QCollatorSortKey SwedishCollation::sortKey(const QString &text)
{
    return threadCollator().sortKey(text);
}

QString SwedishCollation::groupKey(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).toCaseFolded();
}
