#include "treatmentevent.h"

#include <QCoreApplication>

namespace mend {

const QList<EventKind> &treatmentEventKinds()
{
    static const QList<EventKind> kinds{
        {"steroid-injection", QT_TRANSLATE_NOOP("Mend", "Steroid injection")},
        {"hyaluronic-acid", QT_TRANSLATE_NOOP("Mend", "Hyaluronic-acid injection")},
        {"surgery", QT_TRANSLATE_NOOP("Mend", "Surgery")},
        {"new-pain-medication", QT_TRANSLATE_NOOP("Mend", "New pain medication")},
        {"physio-start", QT_TRANSLATE_NOOP("Mend", "Physiotherapy started")},
        {"other", QT_TRANSLATE_NOOP("Mend", "Other treatment")},
    };
    return kinds;
}

QString eventKindLabel(const QString &key)
{
    for (const auto &k : treatmentEventKinds())
        if (key == QLatin1String(k.key))
            return QCoreApplication::translate("Mend", k.label);
    return key;
}

} // namespace mend
