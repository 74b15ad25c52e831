#pragma once

#include "AnnualWheel.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVector>

class Database;

// A wheel as listed: enough to choose one.
struct WheelSummary
{
    qint64 id = 0;
    qint64 bodyId = 0;
    QString bodyName;
    int year = 0;
    int slotCount = 0;
};

// Reads and writes annual wheels with their slotList and input material, and the saved
// wheel templates. Each write is one transaction; a refused write changes nothing.
class WheelRepository
{
    Q_DECLARE_TR_FUNCTIONS(WheelRepository)
public:
    explicit WheelRepository(const Database &db) : m_db(db) {}

    Result<QVector<WheelSummary>> list() const;
    Result<AnnualWheel> load(qint64 id) const;
    // The id of the body's wheel of that year, 0 when there is none.
    Result<qint64> idFor(qint64 bodyId, int year) const;
    // Every wheel of a year, with slotList (the regional overview).
    Result<QVector<AnnualWheel>> ofYear(int year) const;

    // Saves a new wheel with its slotList. Ids > 0 are kept (undo of a delete).
    Result<qint64> add(const AnnualWheel &wheel) const;
    Result<qint64> createFromTemplate(qint64 bodyId, int year, const WheelTemplate &tmpl) const;
    // The body's wheel of fromYear copied to toYear (same weekdays, inputs missing again).
    Result<qint64> copyFromYear(qint64 bodyId, int fromYear, int toYear) const;
    Status remove(qint64 wheelId) const;

    Result<WheelSlot> slot(qint64 slotId) const;
    // Adds a slot to a wheel; slot.id > 0 is kept (undo of a delete).
    Result<qint64> addSlot(WheelSlot slot) const;
    // Saves the slot and its inputs; counts a revision.
    Status updateSlot(const WheelSlot &slot) const;
    Status removeSlot(qint64 slotId) const;

    // Built-in templates first, then the saved ones by name.
    Result<QVector<WheelTemplate>> templates() const;
    Result<qint64> saveTemplate(const WheelTemplate &tmpl) const;
    Status removeTemplate(qint64 id) const;

    // For each body, the names of its members: people by name, organisation seats by
    // the organisation's name (clash detection).
    Result<QHash<qint64, QSet<QString>>> memberNames() const;

private:
    Result<int> yearOfWheel(qint64 wheelId) const;
    Status check(const WheelSlot &slot, int year) const;
    Status writeSlot(const WheelSlot &slot, int position, bool insert, qint64 *newId) const;
    Status writeInputs(qint64 slotId, const QVector<InputItem> &inputs) const;
    Result<QVector<WheelSlot>> slotsWhere(const QString &condition, const QVariant &value) const;
    const Database &m_db;
};
