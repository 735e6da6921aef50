#include "isotext.h"

namespace mend {
namespace {

// Reads n ASCII digits at text, or -1.
int digits(const char *text, int n)
{
    int value = 0;
    for (int i = 0; i < n; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// Writes value as n digits at out.
void putDigits(char *out, int value, int n)
{
    for (int i = n - 1; i >= 0; --i, value /= 10)
        out[i] = char('0' + value % 10);
}

} // namespace

QDate isoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return {};
    const int y = digits(text.data(), 4), m = digits(text.data() + 5, 2),
              d = digits(text.data() + 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d);
}

QDateTime isoTimestamp(std::string_view t)
{
    if (t.size() == 24 && t[10] == 'T' && t[13] == ':' && t[16] == ':' && t[19] == '.' &&
        t[23] == 'Z') {
        const QDate day = isoDate(t.substr(0, 10));
        const int h = digits(t.data() + 11, 2), m = digits(t.data() + 14, 2),
                  sec = digits(t.data() + 17, 2), ms = digits(t.data() + 20, 3);
        if (day.isValid() && h >= 0 && m >= 0 && sec >= 0 && ms >= 0 &&
            QTime::isValid(h, m, sec, ms))
            return QDateTime(day, QTime(h, m, sec, ms), Qt::UTC);
    }
    return QDateTime::fromString(QString::fromUtf8(t.data(), qsizetype(t.size())),
                                 Qt::ISODateWithMs);
}

QByteArray isoDateText(const QDate &date)
{
    // One calendar conversion: year(), month() and day() would each make their own.
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (!date.isValid() || y < 1 || y > 9999)
        return date.toString(Qt::ISODate).toLatin1();
    QByteArray out(10, '-');
    putDigits(out.data(), y, 4);
    putDigits(out.data() + 5, m, 2);
    putDigits(out.data() + 8, d, 2);
    return out;
}

QByteArray isoTimestampText(const QDateTime &time)
{
    if (!time.isValid() || time.timeSpec() != Qt::UTC)
        return time.toString(Qt::ISODateWithMs).toLatin1();
    const QDate day = time.date();
    QByteArray out = isoDateText(day);
    if (out.size() != 10) // a year Mend never writes: Qt's own form
        return time.toString(Qt::ISODateWithMs).toLatin1();
    out += "T00:00:00.000Z";
    const QTime t = time.time();
    putDigits(out.data() + 11, t.hour(), 2);
    putDigits(out.data() + 14, t.minute(), 2);
    putDigits(out.data() + 17, t.second(), 2);
    putDigits(out.data() + 20, t.msec(), 3);
    return out;
}

} // namespace mend
