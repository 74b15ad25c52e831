#pragma once

#include "Minutes.h"
#include "Result.h"

#include <QCoreApplication>

// Minutes written as JSON (the demo's seed 004, resources/demo/minutes.json): a list
// of drafts, each with the adjustments that make it final. The workflow, not the
// file, decides whether those adjustments are valid.
class MinutesJson
{
    Q_DECLARE_TR_FUNCTIONS(MinutesJson)
public:
    struct Entry
    {
        Minutes draft; // numbered from § 1
        QVector<Adjustment> adjustments;
    };
    static Result<QVector<Entry>> read(const QByteArray &json, const QString &source);
};
