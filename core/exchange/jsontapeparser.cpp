// The parser that builds a JsonTape: one pass over the text, checking RFC 8259 as it goes.
#include "jsontape.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mend {

using Type = JsonView::Type;

class JsonTapeParser
{
public:
    JsonTapeParser(JsonTape &tape)
        : m_tape(tape), m_text(tape.m_text.constData()), m_size(tape.m_text.size())
    {
    }

    void run()
    {
        if (m_size >= qsizetype(std::numeric_limits<std::uint32_t>::max())) {
            fail("the document is too large", 0);
            return;
        }
        auto &nodes = m_tape.m_nodes;
        nodes.resize(std::max(nodes.capacity(), std::size_t(m_size / 12) + 1));
        m_nodesEnd = nodes.size();
        skipSpace();
        if (value(0)) {
            skipSpace();
            if (m_at != m_size)
                fail("garbage at the end of the document", m_at);
        }
        if (ok())
            nodes.resize(m_nodeCount);
        else
            nodes.clear();
    }

private:
    // Bytes a string holds as they are: not the quote, a backslash, a control or non-ASCII byte.
    static constexpr auto kPlainStringByte = [] {
        std::array<bool, 256> plain{};
        for (int c = 0x20; c < 0x80; ++c)
            plain[std::size_t(c)] = c != '"' && c != '\\';
        return plain;
    }();
    // The bytes of a little-endian word that end a plain run (a quote, a backslash, a control or a
    // non-ASCII byte), as the high bit of each: the "has a byte less than n" and "has a zero
    // byte" tests of Bit Twiddling Hacks (S. Anderson). A borrow can mark a byte above a marked
    // one, never below it, so the lowest mark is always the first such byte.
    static std::uint64_t endsOfPlainRun(const unsigned char *at)
    {
        std::uint64_t w;
        std::memcpy(&w, at, sizeof w);
        constexpr std::uint64_t ones = 0x0101010101010101u;
        constexpr std::uint64_t highs = 0x8080808080808080u;
        const auto zeros = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
        const std::uint64_t control = (w - ones * 0x20) & ~w & highs;
        return control | (w & highs) | zeros(w ^ (ones * '"')) | zeros(w ^ (ones * '\\'));
    }
    // The first byte at or after at that ends a plain run, or size: sixteen bytes at a time
    // where SSE2 is there (every x86-64), then eight, then one.
    static qsizetype endOfPlainRun(const unsigned char *bytes, qsizetype at, qsizetype size)
    {
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        const __m128i space = _mm_set1_epi8(0x20);
        while (size - at >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(bytes + at));
            // As signed bytes, non-ASCII ones (0x80-0xFF) are below 0x20 too.
            const __m128i ends =
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                             _mm_cmplt_epi8(v, space));
            if (const auto mask = unsigned(_mm_movemask_epi8(ends)); mask != 0)
                return at + std::countr_zero(mask);
            at += 16;
        }
#endif
        if constexpr (std::endian::native == std::endian::little) {
            while (size - at >= 8) {
                if (const std::uint64_t ends = endsOfPlainRun(bytes + at); ends != 0)
                    return at + std::countr_zero(ends) / 8;
                at += 8;
            }
        }
        while (at < size && kPlainStringByte[bytes[at]])
            ++at;
        return at;
    }
    // Nesting deeper than this is refused rather than risking the stack.
    static constexpr int kMaxDepth = 512;

    bool fail(const char *message, qsizetype at)
    {
        m_tape.m_error = QString::fromLatin1(message);
        m_tape.m_errorOffset = at;
        m_tape.m_numbers.clear();
        return false;
    }

    void skipSpace()
    {
        // Most calls find a value's first byte (compact JSON has no space): one compare for those.
        if (m_at < m_size && ' ' < static_cast<unsigned char>(m_text[m_at]))
            return;
        while (m_at < m_size) {
            const char c = m_text[m_at];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return;
            ++m_at;
        }
    }

    bool ok() const
    {
        return m_tape.m_error.isEmpty();
    }

    // The nodes are written in place (the array is sized ahead, never zeroed); a
    // push_back per value was a fifth of the parse.
    JsonTapeNode &node(std::size_t index)
    {
        return m_tape.m_nodes[index];
    }
    std::size_t push(Type type)
    {
        if (m_nodeCount == m_nodesEnd) [[unlikely]] {
            m_tape.m_nodes.resize(m_nodesEnd * 2);
            m_nodesEnd = m_tape.m_nodes.size();
        }
        node(m_nodeCount) = {type, false, 0, 0, 0};
        return m_nodeCount++;
    }

    bool literal(const char *word, Type type, std::uint32_t truth)
    {
        const auto n = qsizetype(std::strlen(word));
        if (m_size - m_at < n || std::memcmp(m_text + m_at, word, std::size_t(n)) != 0)
            return fail("illegal value", m_at);
        m_at += n;
        const auto node = push(type);
        this->node(node).length = truth;
        this->node(node).end = std::uint32_t(node + 1);
        return true;
    }

    bool value(int depth)
    {
        if (m_at >= m_size)
            return fail("illegal value", m_at);
        switch (m_text[m_at]) {
        case '{':
            return container(depth, Type::Object);
        case '[':
            return container(depth, Type::Array);
        case '"':
            return string();
        case 't':
            return literal("true", Type::Bool, 1);
        case 'f':
            return literal("false", Type::Bool, 0);
        case 'n':
            return literal("null", Type::Null, 0);
        default:
            return number();
        }
    }

    bool container(int depth, Type type)
    {
        if (depth >= kMaxDepth)
            return fail("too deeply nested document", m_at);
        const bool object = type == Type::Object;
        const char close = object ? '}' : ']';
        const auto node = push(type);
        ++m_at; // the opening bracket
        skipSpace();
        std::uint32_t count = 0;
        std::uint32_t lastKey = 0;
        if (m_at < m_size && m_text[m_at] == close) {
            ++m_at;
        } else {
            for (;;) {
                if (object) {
                    if (m_at >= m_size || m_text[m_at] != '"')
                        return fail(m_at >= m_size ? "unterminated object" : "illegal value", m_at);
                    if (!string())
                        return false;
                    const auto key = std::uint32_t(m_nodeCount - 1);
                    this->node(key).end = lastKey;
                    lastKey = key;
                    skipSpace();
                    if (m_at >= m_size || m_text[m_at] != ':')
                        return fail("missing name separator", m_at);
                    ++m_at;
                    skipSpace();
                }
                if (!value(depth + 1))
                    return false;
                ++count;
                skipSpace();
                if (m_at >= m_size)
                    return fail(object ? "unterminated object" : "unterminated array", m_at);
                if (m_text[m_at] == close) {
                    ++m_at;
                    break;
                }
                if (m_text[m_at] != ',')
                    return fail("missing value separator", m_at);
                ++m_at;
                skipSpace();
            }
        }
        auto &n = this->node(node);
        n.length = count;
        n.begin = lastKey;
        n.end = std::uint32_t(m_nodeCount);
        return true;
    }

    bool string()
    {
        const qsizetype begin = ++m_at; // after the quote
        bool escaped = false;
        const auto *bytes = reinterpret_cast<const unsigned char *>(m_text);
        for (;;) {
            m_at = endOfPlainRun(bytes, m_at, m_size);
            if (m_at >= m_size)
                return fail("unterminated string", m_at);
            const auto c = bytes[m_at];
            if (c == '"')
                break;
            if (c < 0x20)
                return fail("illegal value", m_at);
            if (c == '\\') {
                escaped = true;
                if (!escape())
                    return false;
            } else if (c < 0x80) {
                ++m_at;
            } else if (!utf8Sequence()) {
                return fail("invalid UTF8 string", m_at);
            }
        }
        const auto node = push(Type::String);
        auto &n = this->node(node);
        n.escaped = escaped;
        n.begin = std::uint32_t(begin);
        n.length = std::uint32_t(m_at - begin);
        n.end = std::uint32_t(node + 1);
        ++m_at; // the closing quote
        return true;
    }

    bool escape()
    {
        if (m_at + 1 >= m_size)
            return fail("unterminated string", m_at);
        const char e = m_text[m_at + 1];
        if (e == 'u') {
            if (m_size - m_at < 6)
                return fail("invalid escape sequence", m_at);
            for (int i = 2; i < 6; ++i)
                if (!std::isxdigit(static_cast<unsigned char>(m_text[m_at + i])))
                    return fail("invalid escape sequence", m_at);
            m_at += 6;
            return true;
        }
        if (!std::strchr("\"\\/bfnrt", e) || e == '\0')
            return fail("invalid escape sequence", m_at);
        m_at += 2;
        return true;
    }

    // One well-formed multi-byte UTF-8 sequence at m_at (RFC 3629: no overlongs, no surrogates).
    bool utf8Sequence()
    {
        const auto *t = reinterpret_cast<const unsigned char *>(m_text);
        const unsigned char lead = t[m_at];
        int more = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            more = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            more = 2;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            more = 3;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (m_size - m_at <= more)
            return false;
        for (int i = 1; i <= more; ++i) {
            const unsigned char c = t[m_at + i];
            if (c < (i == 1 ? low : 0x80) || c > (i == 1 ? high : 0xBF))
                return false;
        }
        m_at += more + 1;
        return true;
    }

    bool number()
    {
        const qsizetype begin = m_at;
        const auto digitAt = [&](qsizetype i) {
            return i < m_size && m_text[i] >= '0' && m_text[i] <= '9';
        };
        if (m_at < m_size && m_text[m_at] == '-')
            ++m_at;
        if (!digitAt(m_at))
            return fail(m_at == begin ? "illegal value" : "illegal number", begin);
        if (m_text[m_at] == '0')
            ++m_at;
        else
            while (digitAt(m_at))
                ++m_at;
        if (m_at < m_size && m_text[m_at] == '.') {
            ++m_at;
            if (!digitAt(m_at))
                return fail("illegal number", begin);
            while (digitAt(m_at))
                ++m_at;
        }
        if (m_at < m_size && (m_text[m_at] == 'e' || m_text[m_at] == 'E')) {
            ++m_at;
            if (m_at < m_size && (m_text[m_at] == '+' || m_text[m_at] == '-'))
                ++m_at;
            if (!digitAt(m_at))
                return fail("illegal number", begin);
            while (digitAt(m_at))
                ++m_at;
        }
        double d = 0;
        const auto [end, error] = std::from_chars(m_text + begin, m_text + m_at, d);
        if (error != std::errc() || end != m_text + m_at || !std::isfinite(d))
            return fail("illegal number", m_at);
        const auto node = push(Type::Number);
        this->node(node).begin = std::uint32_t(m_tape.m_numbers.size());
        m_tape.m_numbers.push_back(d);
        this->node(node).end = std::uint32_t(node + 1);
        return true;
    }

    JsonTape &m_tape;
    std::size_t m_nodeCount = 0;
    std::size_t m_nodesEnd = 0;
    const char *m_text;
    qsizetype m_size;
    qsizetype m_at = 0;
};

namespace {

// Each thread keeps the last tape's node array for its next parse: an import reads file after
// file of about the same size, and a fresh array of megabytes costs its page faults every time.
// Larger arrays (one big export) are given back rather than held for the life of the thread.
constexpr std::size_t kSpareNodesMax = (8u << 20) / sizeof(JsonTapeNode);
thread_local JsonTapeNodes t_spareNodes;

} // namespace

JsonTape::JsonTape(const QByteArray &text) : m_text(text)
{
    m_nodes.swap(t_spareNodes);
    m_nodes.clear();
    JsonTapeParser(*this).run();
}

JsonTape::~JsonTape()
{
    if (m_nodes.capacity() <= kSpareNodesMax && m_nodes.capacity() > t_spareNodes.capacity())
        t_spareNodes.swap(m_nodes);
}

} // namespace mend
