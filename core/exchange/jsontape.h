#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

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

/**
 * One value on the tape: 16 bytes, so that a key's search reads as little memory as it can. An
 * object's keys are linked from the last back to the first, so a search stops at the member
 * that counts (the last of a repeated key).
 */
struct JsonTapeNode
{
    JsonView::Type type;
    bool escaped;         ///< a string with escape sequences
    std::uint32_t begin;  ///< strings: offset of the first byte after the quote; numbers: index
                          ///< into the tape's numbers; objects: index of the last member's key
                          ///< (0 when empty)
    std::uint32_t length; ///< strings: bytes; containers: elements or members; bools: 0 or 1
    std::uint32_t end;    ///< index after this value's subtree; an object's key: index of the
                          ///< member's key before it (0 for the first)
};

/** Leaves a new node unset instead of zeroing it: the parser sizes the array ahead and writes
 * each node once. */
template <typename T> struct UninitializedAllocator : std::allocator<T>
{
    template <typename U> struct rebind
    {
        using other = UninitializedAllocator<U>;
    };
    template <typename U> void construct(U *p) noexcept { ::new (static_cast<void *>(p)) U; }
    template <typename U, typename... Args> void construct(U *p, Args &&...args)
    {
        ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
    }
};
using JsonTapeNodes = std::vector<JsonTapeNode, UninitializedAllocator<JsonTapeNode>>;

/**
 * A JSON text (RFC 8259, UTF-8) parsed into one flat array of values that point into the text:
 * strings are decoded only when read, containers know where their subtree ends. Built for large
 * imports, where a QJsonDocument's tree of decoded values costs more than the reading itself.
 */
class JsonTape
{
public:
    explicit JsonTape(const QByteArray &text);
    ~JsonTape();
    JsonTape(const JsonTape &) = delete;
    JsonTape &operator=(const JsonTape &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    /** The syntax problem ("unterminated string", …); empty when ok(). */
    QString error() const { return m_error; }
    /** Byte offset of the problem into the text. */
    qsizetype errorOffset() const { return m_errorOffset; }
    /** The top-level value (undefined if the text did not parse). */
    JsonView root() const { return ok() ? JsonView(this, 0) : JsonView(); }

private:
    friend class JsonView;
    friend class JsonTapeParser;

    QByteArray m_text;
    JsonTapeNodes m_nodes;
    std::vector<double> m_numbers;
    QString m_error;
    qsizetype m_errorOffset = 0;
};

// The reads an import makes per value, inline.

const JsonTapeNode &JsonView::node() const
{
    return m_tape->m_nodes[std::size_t(m_index)];
}

JsonView::Type JsonView::type() const
{
    return m_index >= 0 ? node().type : Type::Undefined;
}

std::optional<std::string_view> JsonView::unescaped() const
{
    if (!isString() || node().escaped)
        return std::nullopt;
    return std::string_view(m_tape->m_text.constData() + node().begin, node().length);
}

JsonView::Iterator JsonView::begin() const
{
    const bool container = isArray() || isObject();
    return {m_tape, container ? m_index + 1 : 0, isObject()};
}

JsonView::Iterator JsonView::end() const
{
    const bool container = isArray() || isObject();
    return {m_tape, container ? int(node().end) : 0, isObject()};
}

JsonView::Iterator &JsonView::Iterator::operator++()
{
    // Past the element's subtree (for a member: the key, then the value's subtree).
    m_index = int(m_tape->m_nodes[std::size_t(m_index + (m_members ? 1 : 0))].end);
    return *this;
}

} // namespace mend
