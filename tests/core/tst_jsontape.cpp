#include "testsupport.h"

#include "exchange/jsontape.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mend;

namespace {

/** The tape's value as a QJsonValue, to compare with Qt's own parser. */
QJsonValue toQt(const JsonView &v)
{
    switch (v.type()) {
    case JsonView::Type::Undefined:
        return QJsonValue::Undefined;
    case JsonView::Type::Null:
        return QJsonValue::Null;
    case JsonView::Type::Bool:
        return v.toBool();
    case JsonView::Type::Number:
        return v.toDouble();
    case JsonView::Type::String:
        return v.toString();
    case JsonView::Type::Array: {
        QJsonArray a;
        for (const auto element : v)
            a.append(toQt(element));
        return a;
    }
    case JsonView::Type::Object: {
        QJsonObject o;
        for (auto it = v.begin(); it != v.end(); ++it)
            o.insert(it.key().toString(), toQt(*it));
        return o;
    }
    }
    return QJsonValue::Undefined;
}

} // namespace

TEST_CASE("JSON tape: values, lookups and reads of the wrong type", "[exchange]")
{
    const JsonTape tape(R"( {"a": [1, -2.5e-1, true, false, null, "x"], "o": {"k": "v"},
                             "dup": 1, "dup": 2, "e": {}, "n": [] } )");
    REQUIRE(tape.ok());
    const JsonView root = tape.root();
    CHECK(root.isObject());
    CHECK(root.size() == 6);
    const JsonView a = root.value("a");
    REQUIRE(a.size() == 6);
    CHECK(a.at(0).toInt() == 1);
    CHECK(a.at(1).toDouble() == -0.25);
    CHECK(a.at(1).toInt(7) == 7); // not a whole number
    CHECK(a.at(2).toBool());
    CHECK_FALSE(a.at(3).toBool(true));
    CHECK(a.at(4).type() == JsonView::Type::Null);
    CHECK(a.at(5).toString() == QStringLiteral("x"));
    CHECK(a.at(6).isUndefined());
    CHECK(a.at(-1).isUndefined());
    CHECK(root.value("o").value("k").equals("v"));
    CHECK(root.value("o").value("k").equals(QStringLiteral("v")));
    CHECK(root.value("dup").toInt() == 2); // the last of a repeated key, as QJsonDocument
    CHECK(root.value("e").size() == 0);
    CHECK_FALSE(root.value("e").begin() != root.value("e").end());
    CHECK(root.value("missing").isUndefined());
    CHECK(root.value("missing").value("deeper").isUndefined());
    CHECK(root.value("a").value("k").isUndefined()); // an array has no keys
    CHECK(root.value("o").toString().isEmpty());
    CHECK(root.value("o").toDouble(-1) == -1);
    CHECK(a.at(5).toInt(3) == 3);
    CHECK(JsonTape("3e9").root().toInt(-1) == -1);   // outside int
    CHECK(JsonTape("1e300").root().toInt(-1) == -1); // far outside: no undefined conversion
}

TEST_CASE("JSON tape: a tape parsed after another on the same thread (which reuses its node "
          "array) and one parsed while another is alive each read their own values",
          "[exchange]")
{
    {
        const JsonTape first(R"({"n": [1, 2, 3], "s": "first", "t": true})");
        REQUIRE(first.ok());
        CHECK(first.root().value("n").at(2).toInt() == 3);
    }
    const JsonTape second(R"({"s": "second", "n": [4.5], "f": false})");
    const JsonTape third(R"([10, "third", true, {"k": 11}])");
    REQUIRE(second.ok());
    REQUIRE(third.ok());
    CHECK(second.root().value("s").toString() == QStringLiteral("second"));
    CHECK(second.root().value("n").at(0).toDouble() == 4.5);
    CHECK_FALSE(second.root().value("f").toBool(true));
    CHECK(second.root().value("t").isUndefined());
    CHECK(third.root().at(0).toInt() == 10);
    CHECK(third.root().at(1).equals("third"));
    CHECK(third.root().at(2).toBool());
    CHECK(third.root().at(3).value("k").toInt() == 11);
    const JsonTape broken(R"({"n": [1, 2)");
    CHECK_FALSE(broken.ok());
    const JsonTape after(R"({"n": [7]})");
    CHECK(after.root().value("n").at(0).toInt() == 7);
}

TEST_CASE("JSON tape: strings decode escapes and UTF-8", "[exchange]")
{
    const JsonTape tape(R"(["Kn\u00e9e \"r\" \\ \/ \b\f\n\r\t", "\ud83d\ude00!", "Knie – ü", ""])");
    REQUIRE(tape.ok());
    const JsonView root = tape.root();
    CHECK(root.at(0).toString() == QStringLiteral("Knée \"r\" \\ / \b\f\n\r\t"));
    CHECK(root.at(1).toString() == QStringLiteral("😀!"));
    CHECK(root.at(2).toString() == QStringLiteral("Knie – ü"));
    CHECK(root.at(2).equals(QStringLiteral("Knie – ü")));
    CHECK_FALSE(root.at(2).equals(QStringLiteral("Knie – u")));
    CHECK(root.at(1).equals("\xF0\x9F\x98\x80!"));
    CHECK_FALSE(root.at(0).unescaped().has_value());
    CHECK(root.at(2).unescaped() == std::string_view("Knie \xE2\x80\x93 \xC3\xBC"));
    CHECK(root.at(3).toString().isEmpty());
    CHECK(root.at(3).equals(""));
}

TEST_CASE("JSON tape: a string's escape, UTF-8 or refused byte at any place in the sixteen or "
          "eight bytes read at once is found there",
          "[exchange]")
{
    struct Special
    {
        QByteArray bytes;
        bool valid; // else refused at its first byte (RFC 8259; QJsonDocument lets a tab through)
    };
    const Special specials[] = {
        {"\\\"", true},
        {"\\n", true},
        {"\\u00e9", true},
        {"\xC3\xA9", true},
        {"\xF0\x9F\x98\x80", true},
        {"\x7F", true},
        {"\t", false},
        {"\x01", false},
        {"\xC3\x28", false},
        {"\x80", false},
        {"\xFF", false},
    };
    int checked = 0;
    for (int before = 0; before < 40; ++before) // across two 16-byte reads and the 8-byte tail
        for (const auto &special : specials)
            for (int after = 0; after < 10; after += 3) {
                const QByteArray text = "[\"" + QByteArray(before, 'a') + special.bytes +
                                        QByteArray(after, 'b') + "\", 1]";
                const JsonTape tape(text);
                INFO(text.toStdString());
                REQUIRE(tape.ok() == special.valid);
                if (special.valid) {
                    const QJsonDocument qt = QJsonDocument::fromJson(text);
                    CHECK(tape.root().at(0).toString() == qt.array().at(0).toString());
                    CHECK(tape.root().at(1).toInt() == 1);
                } else {
                    CHECK(tape.errorOffset() == 2 + before);
                }
                ++checked;
            }
    CHECK(checked == 40 * 11 * 4);
}

TEST_CASE("JSON tape: each syntax error is named at its byte offset", "[exchange]")
{
    struct Case
    {
        QByteArray text;
        const char *error;
        qsizetype offset;
    };
    const Case cases[] = {
        {"", "illegal value", 0},
        {"  ", "illegal value", 2},
        {"{\"a\": 1", "unterminated object", 7},
        {"[1, 2", "unterminated array", 5},
        {"{\"a\" 1}", "missing name separator", 5},
        {"[1 2]", "missing value separator", 3},
        {"{\"a\": 1,}", "illegal value", 8},
        {"{1: 2}", "illegal value", 1},
        {"[\"abc", "unterminated string", 5},
        {"[\"a\tb\"]", "illegal value", 3},
        {"[\"\\x\"]", "invalid escape sequence", 2},
        {"[\"\\u12G4\"]", "invalid escape sequence", 2},
        {"[\"\xC3\x28\"]", "invalid UTF8 string", 2},
        {"[\"\xED\xA0\x80\"]", "invalid UTF8 string", 2}, // an encoded surrogate
        {"[\"\xC0\xAF\"]", "invalid UTF8 string", 2},     // an overlong
        {"[01]", "missing value separator", 2},
        {"[1.]", "illegal number", 1},
        {"[-]", "illegal number", 1},
        {"[1e]", "illegal number", 1},
        {"[1e400]", "illegal number", 6},
        {"[tru]", "illegal value", 1},
        {"nul", "illegal value", 0},
        {"[1] x", "garbage at the end of the document", 4},
        {QByteArray(600, '['), "too deeply nested document", 512},
    };
    for (const auto &c : cases) {
        const JsonTape tape(c.text);
        INFO(c.text.left(40).toStdString());
        CHECK_FALSE(tape.ok());
        CHECK(tape.error() == QString::fromLatin1(c.error));
        CHECK(tape.errorOffset() == c.offset);
        CHECK(tape.root().isUndefined());
    }
}

TEST_CASE("JSON tape: every JSON file in the test data reads as QJsonDocument reads it",
          "[exchange]")
{
    int files = 0;
    QDirIterator it(QStringLiteral(MEND_TEST_DATA_DIR), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QJsonParseError error;
        const QJsonDocument qt = QJsonDocument::fromJson(text, &error);
        const JsonTape tape(text);
        INFO(file.fileName().toStdString());
        CHECK(tape.ok() == (error.error == QJsonParseError::NoError));
        if (tape.ok() && !qt.isNull())
            CHECK(toQt(tape.root()) == (qt.isObject() ? QJsonValue(qt.object()) : qt.array()));
        ++files;
    }
    CHECK(files > 20);
}
