#pragma once

#include "diary.h"
#include "domain/instrument.h"
#include "domain/instrumentscoring.h"
#include "outcomerows.h"
#include "recordlistmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

struct DiaryServices;

/**
 * One questionnaire being answered, one item per screen: the item shown, its options, the answers
 * so far; saving a draft to resume later and submitting (scored in core).
 */
class QuestionnaireController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by main.cpp")
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString instructions READ instructions NOTIFY changed)
    Q_PROPERTY(QString copyright READ copyright NOTIFY changed)
    Q_PROPERTY(bool englishOnly READ englishOnly CONSTANT)
    Q_PROPERTY(int index READ index NOTIFY changed)
    Q_PROPERTY(int itemCount READ itemCount NOTIFY changed)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY changed)
    Q_PROPERTY(bool reviewing READ reviewing NOTIFY changed)
    Q_PROPERTY(QString section READ section NOTIFY changed)
    Q_PROPERTY(QString itemText READ itemText NOTIFY changed)
    Q_PROPERTY(RecordListModel *options READ options CONSTANT)
    Q_PROPERTY(int selectedOption READ selectedOption NOTIFY changed)
    Q_PROPERTY(QString reviewText READ reviewText NOTIFY changed)
public:
    QuestionnaireController(Diary *diary, DiaryServices *services, QObject *parent = nullptr);

    bool active() const { return m_instrument.has_value(); }
    QString title() const;
    QString instructions() const;
    QString copyright() const;
    /** Whether Mend runs in another language than the questionnaires' English: they are shown
     *  in English, said so, as Mend ships no validated translation of any (their licences
     *  differ, and an instrument is never translated by Mend itself). */
    static bool englishOnly();
    int index() const { return m_index; }
    int itemCount() const;
    int answeredCount() const { return int(m_answers.size()); }
    /** Past the last item: the summary before submitting. */
    bool reviewing() const { return active() && m_index >= itemCount(); }
    QString section() const;
    QString itemText() const;
    /** The current item's options, in order (choose() takes the index). */
    RecordListModel *options() const { return m_options; }
    /** Index of the chosen option of the current item, -1 when unanswered. */
    int selectedOption() const;
    /** What submitting will give: every scale scored, or which rule leaves one without a score. */
    QString reviewText() const;

    /** Opens an instrument for a time point ("" = off-schedule), resuming a stored draft. */
    Q_INVOKABLE QString start(const QString &instrumentId, const QString &timePointId);
    /** Answers the current item with one of its options and moves on. */
    Q_INVOKABLE void choose(int optionIndex);
    Q_INVOKABLE void next();
    Q_INVOKABLE void back();
    /** Leaves the current item unanswered and moves on. */
    Q_INVOKABLE void skip();
    /** Stores the answers as a draft; returns "" or the error. */
    Q_INVOKABLE QString saveForLater();
    /** Scores and stores the response; returns "" or the error. The result is in lastResult. */
    Q_INVOKABLE QString submit();
    Q_INVOKABLE void close();
    /** The scores of the last submitted response, in words. */
    Q_INVOKABLE QString lastResult() const { return m_lastResult; }

signals:
    void changed();
    /** Answers were stored: complete (message: the score in words) or kept to finish later. The
     *  page is closed by then, so the shell says it and opens the next questionnaire due. */
    void saved(const QString &message, bool complete);

private:
    const mend::InstrumentItem *currentItem() const;
    void fillOptions();

    Diary *m_diary;
    DiaryServices *m_services;
    std::optional<mend::Instrument> m_instrument;
    QString m_timePointId;
    QString m_timePointLabel;
    mend::Answers m_answers;
    int m_index = 0;
    QString m_lastResult;
    RecordList<QuestionOptionRow> *m_options = new RecordList<QuestionOptionRow>(this);
};
