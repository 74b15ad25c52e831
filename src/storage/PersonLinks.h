#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

class Database;

// What points at a person from records that print the person's name: the attendance and
// assignments of minutes (final ones too) and the input material of wheel slots. These
// are links to the register, not part of the record: deleting the person sets them to
// NULL (ON DELETE SET NULL; schema 9 lets final minutes take that), and the records keep
// the name as printed. Undoing the deletion puts the links back.
class PersonLinks
{
    Q_DECLARE_TR_FUNCTIONS(PersonLinks)
public:
    static Result<PersonLinks> of(const Database &db, qint64 personId);

    // Links the rows back to the person (after the person is restored with the same id);
    // rows linked to someone else meanwhile are left alone.
    Status restore(const Database &db) const;

    // The final minutes that name the person, one entry per minutes in words:
    // "Regionala styrgruppen 2026-03-12 (attendance, § 4)".
    QStringList finalMinutes() const { return m_finalMinutes; }
    bool isEmpty() const { return m_attendees.isEmpty() && m_assignments.isEmpty() && m_inputs.isEmpty(); }

private:
    qint64 m_personId = 0;
    QVector<qint64> m_attendees;   // minutes_attendee ids
    QVector<qint64> m_assignments; // minutes_assignment ids
    QVector<qint64> m_inputs;      // wheel_input ids
    QStringList m_finalMinutes;
};
