#pragma once

#include <QString>
#include <cstdint>
#include <optional>
#include <string_view>

namespace mend {

class JsonTape;

/**
 * One value of a JsonTape, or "undefined" for a key or index that is not there. Reads the way
 * QJsonValue does: a read of the wrong type gives the empty value or the fallback. Cheap to copy;
 * valid while its tape lives.
 */
class JsonView
{
public:
    enum class Type : std::uint8_t
    {
        Undefined,
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };

    JsonView() = default;
    JsonView(const JsonTape *tape, int index) : m_tape(tape), m_index(index) {}

    inline Type type() const;
    bool isUndefined() const { return type() == Type::Undefined; }
    bool isString() const { return type() == Type::String; }
    bool isNumber() const { return type() == Type::Number; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    /** An object's member (the last one if the key repeats), else undefined. */
    JsonView value(std::string_view key) const;
    bool contains(std::string_view key) const { return !value(key).isUndefined(); }
    /** An array's element, else undefined. */
    JsonView at(int i) const;
    JsonView first() const { return at(0); }
    /** Elements of an array or members of an object; 0 for anything else. */
    int size() const;

    QString toString() const;
    double toDouble(double fallback = 0) const;
    bool toBool(bool fallback = false) const;
    /** A whole number that fits an int, else the fallback. */
    int toInt(int fallback = 0) const;
    /** Whether this is a string equal to text, compared without conversion. */
    bool equals(std::string_view text) const;
    bool equals(QStringView text) const;
    /** A string's UTF-8 bytes when it has no escape sequence (nothing to decode). */
    inline std::optional<std::string_view> unescaped() const;

    /** An array's elements or an object's member values, in order. */
    class Iterator
    {
    public:
        Iterator(const JsonTape *tape, int index, bool members)
            : m_tape(tape), m_index(index), m_members(members)
        {
        }
        JsonView operator*() const { return {m_tape, m_index + (m_members ? 1 : 0)}; }
        /** The member's key (objects only). */
        JsonView key() const { return {m_tape, m_index}; }
        inline Iterator &operator++();
        bool operator!=(const Iterator &o) const { return m_index != o.m_index; }

    private:
        const JsonTape *m_tape;
        int m_index;
        bool m_members;
    };
    inline Iterator begin() const;
    inline Iterator end() const;

private:
    inline const struct JsonTapeNode &node() const;

    const JsonTape *m_tape = nullptr;
    int m_index = -1;
};

} // namespace mend
