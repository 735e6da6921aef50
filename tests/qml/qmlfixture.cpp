#include "qmlfixture.h"

#include "services/diaryexchange.h"
#include "storage/database.h"
#include "storage/promrepository.h"

#include <QDir>
#include <QFile>

QmlFixture::QmlFixture(QObject *parent) : QObject(parent)
{
    auto db = mend::Database::open(m_dir.filePath(QStringLiteral("qml-test.sqlite")));
    Q_ASSERT(db.ok());
    m_services = std::make_unique<DiaryServices>(db.value());
    m_diary = std::make_unique<Diary>(*m_services, [] { return QDateTime::currentDateTime(); });
    mend::Episode episode;
    episode.site = mend::BodySite::Knee;
    episode.side = mend::Side::Right;
    episode.condition = mend::Condition::Osteoarthritis;
    episode.product = mend::Product::Prp;
    episode.injectionDate = m_diary->today().addDays(-20);
    episode.baselinePain = 6;
    const bool added = m_services->episodes.add(episode, m_diary->now()).ok();
    Q_ASSERT(added);
    Q_UNUSED(added);
    m_diary->reload(Diary::everything());
    m_controllers = std::make_unique<AppControllers>(m_diary.get(), m_services.get());
    AppControllers::provide(m_controllers.get());
}

QUrl QmlFixture::cohortFolder() const
{
    const QString folder = m_dir.filePath(QStringLiteral("cohort"));
    QDir().mkpath(folder);
    QFile f(folder + QStringLiteral("/patient-1.json"));
    const QByteArray bundle =
        mend::DiaryExchange(m_services->database).exportFhir(*m_diary->episode(), m_diary->now());
    if (!f.open(QIODevice::WriteOnly) || f.write(bundle) != bundle.size())
        return {};
    return QUrl::fromLocalFile(folder);
}

QUrl QmlFixture::tempFile(const QString &name) const
{
    return QUrl::fromLocalFile(m_dir.filePath(name));
}

QString QmlFixture::fileStart(const QUrl &file, int bytes) const
{
    QFile f(file.toLocalFile());
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.read(bytes)) : QString();
}

QString QmlFixture::latestResponse(const QString &instrumentId) const
{
    QString out;
    for (const auto &r : m_services->proms.forEpisode(m_diary->episode()->id)) {
        if (r.instrumentId != instrumentId)
            continue;
        QStringList scores;
        for (const auto &s : r.scores)
            scores << (s.score ? s.score->toString(3) : QStringLiteral("none"));
        out = r.complete ? QStringLiteral("complete: ") + scores.join(QLatin1Char(' '))
                         : QStringLiteral("draft: %1 answers").arg(r.answers.size());
    }
    return out;
}

QString QmlFixture::todayIso() const
{
    return m_diary->today().toString(Qt::ISODate);
}

int QmlFixture::storedPain(const QString &isoDate) const
{
    const auto e = m_services->entries.findByDate(m_diary->episode()->id,
                                                  QDate::fromString(isoDate, Qt::ISODate));
    return e ? e->painAverage : -1;
}

int QmlFixture::storedRom(const QString &isoDate, const QString &movement) const
{
    const auto e = m_services->entries.findByDate(m_diary->episode()->id,
                                                  QDate::fromString(isoDate, Qt::ISODate));
    return e ? e->romValue(movement).value_or(-1000) : -1000;
}

int QmlFixture::entryCount() const
{
    return int(m_services->entries.forEpisode(m_diary->episode()->id).size());
}

bool QmlFixture::store(const QString &isoDate, int pain)
{
    mend::DailyEntry e;
    e.date = QDate::fromString(isoDate, Qt::ISODate);
    e.painAverage = pain;
    const bool ok = m_services->entries.save(e, *m_diary->episode(), m_diary->now()).ok();
    m_diary->reload(Diary::everything());
    return ok;
}

int QmlFixture::openAlerts() const
{
    int open = 0;
    for (const auto &a : m_services->alerts.forEpisode(m_diary->episode()->id))
        open += a.acknowledgedAt ? 0 : 1;
    return open;
}

QString QmlFixture::addRepeatEpisode()
{
    EpisodeDraft *draft = episodes()->draft();
    draft->site = QStringLiteral("knee");
    draft->side = QStringLiteral("right");
    draft->condition = QStringLiteral("osteoarthritis");
    draft->product = QStringLiteral("prp");
    draft->injected = todayIso();
    draft->baselinePain = 4;
    draft->adjunctPrp = false;
    draft->adjunctPhysio = false;
    draft->clinic.clear();
    draft->clinicPhone.clear();
    draft->notes.clear();
    return episodes()->create();
}
