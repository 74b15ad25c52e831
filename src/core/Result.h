#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

// A failure the caller must look at: what went wrong, in words for a person.
struct Error
{
    enum class Kind {
        Invalid,     // input that breaks a rule (bad organisation number, empty name, ...)
        Duplicate,   // a unique value that another record already has
        NotFound,    // the record is gone
        InUse,       // the record is referenced, or the file is opened by another program
        Database,    // the database said no (locked, corrupt, disk full, ...)
        Io,          // a file could not be read or written
        Version,     // the database was written by a newer program
    };
    Kind kind = Kind::Invalid;
    QString message;
};

// Result of an operation that yields a value: either the value or an Error.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

// Result of an operation that yields nothing: success or an Error.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorMessage() const { return m_error ? m_error->message : QString(); }

private:
    std::optional<Error> m_error;
};
