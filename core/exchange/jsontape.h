#pragma once

#include "jsonview.h"
#include "uninitializedallocator.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace mend {

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
