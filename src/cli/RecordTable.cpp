#include "RecordTable.h"

#include "CsvReader.h"
#include "JsonOut.h"

QByteArray RecordTable::toCsv() const
{
    QVector<QStringList> text;
    text.reserve(rows.size());
    for (const QVariantList &row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QVariant &v : row)
            fields << v.toString();
        text << fields;
    }
    return CsvWriter::write(columns, text, QLatin1Char(';'), false);
}

QByteArray RecordTable::toJson() const
{
    return JsonOut::table(*this);
}
