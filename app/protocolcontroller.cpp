#include "protocolcontroller.h"

#include "diaryservices.h"

#include "daycount.h"

#include <QFile>

using namespace mend;

ProtocolController::ProtocolController(Diary *diary, DiaryServices *services, QObject *parent)
    : QObject(parent), m_diary(diary), m_services(services)
{
    diary->whenChanged(Diary::EpisodeChange, this, [this] { reload(); });
    reload();
}

void ProtocolController::reload()
{
    const auto &ep = m_diary->episode();
    m_current = ep ? m_services->protocols.forEpisode(*ep) : std::nullopt;
    Q_EMIT changed();
}

QString ProtocolController::name() const
{
    const auto &p = m_current;
    return p ? tr("%1 (version %2)").arg(p->name).arg(p->version) : tr("No protocol applies");
}

QString ProtocolController::aftercare() const
{
    const auto &p = m_current;
    if (!p)
        return {};
    QString text = tr("Avoid anti-inflammatory painkillers (NSAIDs) for %1 after the "
                      "injection; paracetamol/acetaminophen is usually allowed. ")
                       .arg(dayCount(p->aftercare.nsaidAvoidanceDays));
    if (p->aftercare.activityRestrictionDays > 0)
        text += tr("Avoid strenuous or repetitive activity for %1. ")
                    .arg(dayCount(p->aftercare.activityRestrictionDays));
    return text + p->aftercare.weightBearing;
}

QString ProtocolController::aftercareSource() const
{
    return m_current ? tr("Aftercare: %1").arg(m_current->aftercare.source) : QString();
}

QString ProtocolController::evidencePatient() const
{
    const auto &p = m_current;
    return p ? p->evidencePatient : QString();
}

QString ProtocolController::evidenceClinician() const
{
    const auto &p = m_current;
    return p ? p->evidenceClinician : QString();
}

QString ProtocolController::citations() const
{
    const auto &p = m_current;
    return p ? QStringLiteral("• ") + p->citations.join(QStringLiteral("\n• ")) : QString();
}

QString ProtocolController::load(const QUrl &url)
{
    QFile file(url.isLocalFile() ? url.toLocalFile() : url.toString());
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString());
    auto &catalog = m_services->protocols;
    auto loaded = catalog.load(file.read(4 * 1024 * 1024), m_diary->now());
    if (!loaded)
        return tr("%1: %2").arg(file.fileName(), loaded.error().text());
    m_diary->reload(Diary::everything()); // milestones everywhere follow the protocol
    return {};
}
