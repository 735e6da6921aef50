#pragma once

#include "diary.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

struct DiaryServices;

/** The episode's entries, newest first, for the History page. */
class HistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by main.cpp")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        DateIsoRole,
        DateLabelRole,
        DayLabelRole,
        PainRole,
        DetailRole,
        NoteRole,
        LateRole,
        WarningRole, ///< the warning signs ticked that day, in the form's words ("" for none)
    };

    HistoryModel(Diary *diary, DiaryServices *services, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(entries().size()); }

    /** Deletes an entry. Returns "" or the error to show. */
    Q_INVOKABLE QString remove(qint64 entryId);

signals:
    void countChanged();

private:
    void reload();
    /** Newest first; read when a view first asks (the History page is built on first visit). */
    const QList<mend::DailyEntry> &entries() const;
    QString detailOf(const mend::DailyEntry &entry) const;
    QString warningOf(const mend::DailyEntry &entry) const;

    Diary *m_diary;
    DiaryServices *m_services;
    mutable std::optional<QList<mend::DailyEntry>> m_entries;
};
