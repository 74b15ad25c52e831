#pragma once

#include <QMetaType>
#include <QString>
#include <QVariant>

// Bind values shared by the repositories.
namespace SqlValues {

// Everything stored is Unicode NFC, however it was typed, pasted or imported: a
// decomposed å (a + combining ring, as macOS writes it) is stored as the letter å, so
// that search, sorting and the uniqueness of names see one letter.
inline QString nfc(const QString &s)
{
    return s.normalized(QString::NormalizationForm_C);
}

// Text for a NOT NULL column: a null QString would bind as SQL NULL.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(nfc(s));
}

// Text for a nullable column: empty means NULL.
inline QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(nfc(s));
}

// A reference: 0 means NULL.
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace SqlValues
