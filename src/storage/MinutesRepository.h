#pragma once

#include "Minutes.h"
#include "MinutesSeal.h"
#include "Result.h"
#include "SealsList.h"

#include <QCoreApplication>
#include <QVector>

class Database;

struct MinutesSummary
{
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 bodyId = 0;
    QString bodyName;
    QDate date;
    MinutesState state = MinutesState::Draft;
    int additionNumber = 0;
};

// An assignment with where it was given, for follow-up and the overview.
struct AssignmentRecord
{
    Assignment assignment;
    qint64 minutesId = 0;
    qint64 bodyId = 0;
    QString bodyName;
    QDate meetingDate;
    int itemNumber = 0;
    qint64 followedUpInMinutesId = 0; // the minutes at whose meeting it was last followed up
    QDate followedUpOn;
};

// An item that a search found.
struct MinutesHit
{
    qint64 minutesId = 0;
    qint64 itemId = 0;
    int number = 0;
    QString title;
    QString bodyName;
    QDate date;
    QString snippet; // the words found between [ and ]
};

struct ChainProblem
{
    qint64 bodyId = 0;
    QString bodyName;
    MinutesSeal::Break problem;
};

// Reads and writes minutes. Every write is one transaction. Final minutes are refused
// here with a message, and by the database's triggers for anything else that tries.
class MinutesRepository
{
    Q_DECLARE_TR_FUNCTIONS(MinutesRepository)
public:
    explicit MinutesRepository(const Database &db) : m_db(db) {}

    Result<QVector<MinutesSummary>> list(qint64 bodyId = 0) const;
    Result<Minutes> load(qint64 id) const;
    // The minutes of a meeting (not its additions); 0 when it has none.
    Result<qint64> idForMeeting(qint64 meetingId) const;

    // New draft minutes (or an addition) of minutes.meetingId.
    Result<qint64> add(const Minutes &minutes) const;
    // Saves a draft, or the state and comments of minutes out for adjustment; items and
    // assignments keep their ids. Returns the minutes as stored (new rows with ids).
    // Final minutes are refused.
    Result<Minutes> save(const Minutes &minutes) const;
    // Saves what was typed in one item of draft minutes (title, discussion, decision) and
    // nothing else: one UPDATE of the item (its search row follows by trigger), for the
    // autosave while the meeting runs. Minutes no longer a draft are refused.
    Status saveItemText(qint64 minutesId, const MinutesItem &item) const;
    // Minutes that the workflow has just made final: seals them after the body's
    // previous final minutes and stores the adjustments, the date and the seal.
    Status finalize(Minutes &minutes) const;

    // A body's final minutes in the order they were sealed.
    Result<QVector<Minutes>> finalChain(qint64 bodyId) const;
    // Every body's chain checked; the first break of each broken chain.
    Result<QVector<ChainProblem>> verifyChains() const;
    // The seal of every final minutes, by body and in chain order, in one read: what
    // verkstan-cli export seals files and check --against compares.
    Result<QVector<SealEntry>> seals() const;

    // Assignments given in a body's minutes (bodyId 0: every body), oldest first.
    Result<QVector<AssignmentRecord>> assignments(qint64 bodyId = 0, bool openOnly = false) const;
    // Marks an assignment done, carried on or open again, at a later meeting's minutes.
    Status followUp(qint64 assignmentId, AssignmentStatus status, qint64 inMinutesId, const QDate &on) const;
    // The highest § of a body's minutes in a year, other than exceptMinutesId (running numbering).
    Result<int> lastItemNumber(qint64 bodyId, int year, qint64 exceptMinutesId = 0) const;

    // Items whose title, discussion or decision have every word typed, the last as a
    // prefix ("kompetens förs" finds "kompetensförsörjning"); the newest items first.
    Result<QVector<MinutesHit>> search(const QString &text, int limit = 50) const;
    // The FTS5 query for what a person typed: each word quoted, the last with *.
    static QString searchQuery(const QString &text);
    // The words of what was typed (letters and digits).
    static QStringList searchWords(const QString &text);
    // PostgreSQL's hits get what FTS5's snippet() gives: the word found in [ ], a few
    // words either side.
    static QString snippetOf(const QString &text, const QString &word);

private:
    // The minutes that the condition on the minutes table (one ? for value) selects, whole,
    // in seal order: a fixed number of reads however many they are.
    Result<QVector<Minutes>> loadWhere(const QString &where, qint64 value) const;
    Status refuseIfFinal(qint64 id) const;
    Status writeAttendance(qint64 minutesId, const QVector<Attendee> &attendance) const;
    Status writeItems(Minutes &minutes) const;
    Status writeAdjustments(qint64 minutesId, const QVector<Adjustment> &adjustments) const;
    const Database &m_db;
};
