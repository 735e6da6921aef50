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

} // namespace mend
