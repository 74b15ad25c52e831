#pragma once

#include "Result.h"

#include <functional>
#include <optional>

// How the door keeps one kind of record: how a snapshot is read, how the database is
// brought from one snapshot to another, and what the window must do when a record has
// changed. A snapshot is std::nullopt when the record does not exist (before an add,
// after a delete), so adding, changing and deleting are one and the same edit.
template <typename T>
struct Kept
{
    using Snapshot = std::optional<T>;
    // The record as stored now (std::nullopt when there is none).
    std::function<Result<Snapshot>(qint64 id)> load;
    // Brings the stored record from `from` (what the door last saw) to `to`: restore,
    // update or remove. `from` is where a shared database checks the row version.
    std::function<Status(qint64 id, const Snapshot &from, const Snapshot &to)> store;
    // Models and signals follow the stored record, which went from `from` to `now`.
    std::function<void(qint64 id, const Snapshot &from, const Snapshot &now)> shown;
    // Whether two snapshots are the same record (default: T's operator==).
    std::function<bool(const T &, const T &)> same;
};

// A record read by id as a snapshot: "not found" is std::nullopt, other errors stay.
template <typename T>
Result<std::optional<T>> snapshotOf(Result<T> found)
{
    if (found)
        return std::optional<T>(std::move(found).value());
    if (found.error().kind == Error::Kind::NotFound)
        return std::optional<T>();
    return found.error();
}
