#pragma once

#include <QCollator>
#include <QString>

// The one Swedish order of the program, on screen and on paper alike: ICU's collation
// for Swedish through QCollator, whatever the language of the user interface. Å, Ä and
// Ö come after Z (Ängelholm after Angered and after Zinkgruvan), é goes with e and ü
// with y, case only breaks ties, digits compare as numbers (Forum 2 before Forum 10),
// and a decomposed å (a + combining ring) is the same letter as å.
//
// A collator belongs to one thread: compare() and sortKey() use one per thread. For many
// comparisons of the same texts (the register's 100 000 names) take sortKey() once per
// text and compare the keys.
class SwedishCollation
{
public:
    // A new collator with the program's settings.
    static QCollator collator();
    static int compare(const QString &a, const QString &b);
    static QCollatorSortKey sortKey(const QString &text);
    // Texts that are the same name for people ("Örebro", "ÖREBRO", decomposed "Örebro")
    // give the same key: NFC and case-folded. For grouping, not for ordering.
    static QString groupKey(const QString &text);
};
