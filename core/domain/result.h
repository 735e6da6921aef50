#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace mend {

/** A validation or storage failure: the field it concerns (may be empty) and a message for people.
 */
struct Error
{
    QString field;
    QString message;
    /** The same for the person at the form, in plain words without keys or limits (empty: the
     *  message says it well enough). */
    QString plain = {};

    /** "field: message", or just the message when no field applies. */
    QString text() const
    {
        return field.isEmpty() ? message : field + QStringLiteral(": ") + message;
    }
    /** What the form shows at its field. */
    QString forPerson() const { return plain.isEmpty() ? message : plain; }
};

/** A value or an Error; never both. */
template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/** Success marker for operations that return nothing. */
struct Done
{
};

using Status = Result<Done>;

} // namespace mend
