#pragma once

#include <QString>
#include <QStringDecoder>

/**
 * The first command-line argument that is not valid UTF-8, or -1. Qt would decode such an
 * argument with replacement characters, so a file name would silently become another name.
 */
inline int firstNonUtf8Argument(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        QStringDecoder decode(QStringDecoder::Utf8);
        const QString decoded = decode(QByteArrayView(argv[i]));
        if (decode.hasError())
            return i;
    }
    return -1;
}

/** The refusal for that argument, with its bytes shown as escapes. */
inline QString nonUtf8ArgumentMessage(const char *argument)
{
    return QStringLiteral("the argument '%1' is not valid UTF-8; rename the file or use another "
                          "name")
        .arg(QString::fromLatin1(QByteArray(argument).toPercentEncoding("/.-_~:=")));
}
