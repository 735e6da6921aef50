#include "historymodel.h"

#include "diaryservices.h"

#include <QCoreApplication>

#include "daycount.h"
#include "domain/recovery.h"
#include "domain/romnorms.h"

#include <QLocale>
#include <algorithm>

using namespace mend;

HistoryModel::HistoryModel(Diary *diary, DiaryServices *services, QObject *parent)
    : QAbstractListModel(parent), m_diary(diary), m_services(services)
{
    diary->whenChanged(Diary::EpisodeChange | Diary::EntriesChange, this, [this] { reload(); });
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(entries().size());
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DailyEntry &e = entries().at(index.row());
    switch (role) {
    case EntryIdRole:
        return e.id;
    case DateIsoRole:
        return e.date.toString(Qt::ISODate);
    case Qt::DisplayRole:
    case DateLabelRole:
        return QLocale().toString(e.date, QStringLiteral("ddd d MMM yyyy"));
    case DayLabelRole: {
        const auto &ep = m_diary->episode();
        if (!ep)
            return QString();
        const int day = dayOf(*ep, e.date);
        const QString label = day < 0 ? tr("Baseline, %1 before").arg(dayCount(day))
                                      : tr("Day %1 · week %2").arg(day).arg(weekOf(*ep, e.date));
        // Saved while the phone's clock was ahead: kept and editable, but said so.
        return e.date > m_diary->today()
                   ? tr("%1 · dated after today (check the phone's date)").arg(label)
                   : label;
    }
    case PainRole:
        return e.painAverage;
    case DetailRole:
        return detailOf(e);
    case WarningRole:
        return warningOf(e);
    case NoteRole:
        return e.note;
    case LateRole:
        return e.late;
    default:
        return {};
    }
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    return {{EntryIdRole, "entryId"},   {DateIsoRole, "dateIso"}, {DateLabelRole, "dateLabel"},
            {DayLabelRole, "dayLabel"}, {PainRole, "pain"},       {DetailRole, "detail"},
            {NoteRole, "note"},         {LateRole, "late"},       {WarningRole, "warning"}};
}

QString HistoryModel::remove(qint64 entryId)
{
    // The list shown is the current episode's, already read: its day, without another query.
    const auto &shown = m_diary->episodeEntries();
    const auto entry = std::find_if(shown.cbegin(), shown.cend(),
                                    [entryId](const DailyEntry &e) { return e.id == entryId; });
    const QDate day = entry != shown.cend() ? entry->date : QDate();
    auto status = m_services->entries.remove(entryId);
    if (!status)
        return status.error().text();
    if (day.isValid())
        m_diary->reloadDays(Diary::EntriesChange | Diary::AlertsChange, {day});
    else
        m_diary->reload(Diary::EntriesChange | Diary::AlertsChange);
    return {};
}

const QList<DailyEntry> &HistoryModel::entries() const
{
    if (!m_entries) {
        m_entries = m_diary->episodeEntries();
        std::reverse(m_entries->begin(), m_entries->end());
    }
    return *m_entries;
}

void HistoryModel::reload()
{
    beginResetModel();
    m_entries.reset();
    endResetModel();
    Q_EMIT countChanged();
}

QString HistoryModel::detailOf(const DailyEntry &e) const
{
    QStringList parts;
    const auto &ep = m_diary->episode();
    for (const auto &m : ep ? romMovementsFor(ep->site) : QList<RomMovement>{})
        if (const auto degrees = e.romValue(m.key))
            parts.append(tr("%1 %2°").arg(m.label).arg(*degrees));
    if (e.steps)
        parts.append(tr("%1 steps").arg(QLocale().toString(*e.steps)));
    if (e.painMedication)
        parts.append(tr("pain medication"));
    if (e.symptoms.fever)
        parts.append(tr("fever"));
    if (e.safety.temperatureC)
        parts.append(tr("%1 °C").arg(QLocale().toString(*e.safety.temperatureC, 'f', 1)));
    return parts.join(QStringLiteral(" · "));
}

QString HistoryModel::warningOf(const DailyEntry &e) const
{
    QStringList signs;
    for (const auto &flag : safetyFlags())
        if (e.safety.*flag.member)
            signs.append(QCoreApplication::translate("SafetySigns", flag.label));
    return signs.isEmpty() ? QString()
                           : tr("Warning signs: %1").arg(signs.join(QStringLiteral("; ")));
}
