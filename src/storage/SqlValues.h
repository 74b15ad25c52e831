#pragma once

#include <QMetaType>
#include <QString>
#include <QVariant>

// Bind values shared by the repositories.
namespace SqlValues {

// Text for a NOT NULL column: a null QString would bind as SQL NULL.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

// Text for a nullable column: empty means NULL.
inline QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// A reference: 0 means NULL.
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace SqlValues
