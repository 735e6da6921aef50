// Reading a JsonTape's values: strings decoded only when read.
#include "jsontape.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace mend {

using Type = JsonView::Type;

namespace {

// Decodes a string's escape sequences (the bytes between the quotes, already checked).
QString decode(const char *text, std::size_t size)
{
    QString out;
    out.reserve(qsizetype(size));
    std::size_t plainFrom = 0;
    const auto flushPlain = [&](std::size_t to) {
        if (to > plainFrom)
            out.append(QString::fromUtf8(text + plainFrom, qsizetype(to - plainFrom)));
    };
    for (std::size_t i = 0; i < size; ++i) {
        if (text[i] != '\\')
            continue;
        flushPlain(i);
        const char e = text[i + 1];
        switch (e) {
        case 'b':
            out.append(QLatin1Char('\b'));
            break;
        case 'f':
            out.append(QLatin1Char('\f'));
            break;
        case 'n':
            out.append(QLatin1Char('\n'));
            break;
        case 'r':
            out.append(QLatin1Char('\r'));
            break;
        case 't':
            out.append(QLatin1Char('\t'));
            break;
        case 'u': {
            unsigned int unit = 0;
            std::from_chars(text + i + 2, text + i + 6, unit, 16);
            out.append(QChar(char16_t(unit))); // surrogate pairs arrive as two escapes, in order
            i += 4;
            break;
        }
        default: // '"', '\\' or '/'
            out.append(QLatin1Char(e));
        }
        ++i;
        plainFrom = i + 1;
    }
    flushPlain(size);
    return out;
}

} // namespace

JsonView JsonView::value(std::string_view key) const
{
    if (!isObject())
        return {};
    // The hottest read of an import: keys compared by length first, on the nodes directly, from
    // the last member back, so the first match is the one that counts.
    const auto &nodes = m_tape->m_nodes;
    const char *text = m_tape->m_text.constData();
    for (auto k = std::size_t(node().begin); k != 0; k = nodes[k].end) {
        const JsonTapeNode &name = nodes[k];
        const bool same = name.escaped
                              ? JsonView(m_tape, int(k)).equals(key)
                              : name.length == key.size() &&
                                    (key.empty() || text[name.begin] == key.front()) &&
                                    std::memcmp(text + name.begin, key.data(), key.size()) == 0;
        if (same)
            return JsonView(m_tape, int(k) + 1);
    }
    return {};
}

JsonView JsonView::at(int i) const
{
    if (!isArray() || i < 0)
        return {};
    for (auto it = begin(); it != end(); ++it, --i)
        if (i == 0)
            return *it;
    return {};
}

int JsonView::size() const
{
    return isArray() || isObject() ? int(node().length) : 0;
}

QString JsonView::toString() const
{
    if (!isString())
        return {};
    const auto &n = node();
    const char *text = m_tape->m_text.constData() + n.begin;
    return n.escaped ? decode(text, n.length) : QString::fromUtf8(text, n.length);
}

double JsonView::toDouble(double fallback) const
{
    return isNumber() ? m_tape->m_numbers[node().begin] : fallback;
}

bool JsonView::toBool(bool fallback) const
{
    return type() == Type::Bool ? node().length != 0 : fallback;
}

int JsonView::toInt(int fallback) const
{
    const double d = toDouble(std::nan(""));
    // Range first: converting an out-of-range double to int is undefined behaviour.
    if (!(d >= std::numeric_limits<int>::min() && d <= std::numeric_limits<int>::max()) ||
        d != std::floor(d))
        return fallback;
    return int(d);
}

bool JsonView::equals(std::string_view text) const
{
    if (!isString())
        return false;
    if (const auto raw = unescaped())
        return *raw == text;
    return toString() == QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool JsonView::equals(QStringView text) const
{
    const auto raw = unescaped();
    if (!raw)
        return isString() && toString() == text;
    if (raw->size() != std::size_t(text.size()))
        return toString() == text; // non-ASCII: byte and UTF-16 lengths differ
    for (std::size_t i = 0; i < raw->size(); ++i) {
        const auto byte = static_cast<unsigned char>((*raw)[i]);
        if (byte >= 0x80)
            return toString() == text;
        if (byte != text[qsizetype(i)].unicode())
            return false;
    }
    return true;
}

} // namespace mend
