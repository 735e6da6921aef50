#include "questionnairecontroller.h"

#include "diaryservices.h"

#include "services/instrumentcatalog.h"
#include "services/outcomeservice.h"
#include "services/promrecorder.h"
#include "storage/promrepository.h"

#include <QLocale>

using namespace mend;

QuestionnaireController::QuestionnaireController(Diary *diary, DiaryServices *services,
                                                 QObject *parent)
    : QObject(parent), m_diary(diary), m_services(services)
{
    // First of the handlers: the page reads the new item's options when it hears of the change.
    connect(this, &QuestionnaireController::changed, this, &QuestionnaireController::fillOptions);
}

QString QuestionnaireController::title() const
{
    if (!m_instrument)
        return {};
    return m_timePointLabel.isEmpty()
               ? m_instrument->shortName
               : tr("%1 · %2").arg(m_instrument->shortName, m_timePointLabel);
}

QString QuestionnaireController::instructions() const
{
    return m_instrument ? m_instrument->instructions : QString();
}

bool QuestionnaireController::englishOnly()
{
    const QLocale::Language language = QLocale().language();
    return language != QLocale::English && language != QLocale::C;
}

QString QuestionnaireController::copyright() const
{
    return m_instrument ? m_instrument->copyright : QString();
}

int QuestionnaireController::itemCount() const
{
    return m_instrument ? int(m_instrument->items.size()) : 0;
}

const InstrumentItem *QuestionnaireController::currentItem() const
{
    if (!m_instrument || m_index < 0 || m_index >= itemCount())
        return nullptr;
    return &m_instrument->items.at(m_index);
}

QString QuestionnaireController::section() const
{
    const auto *item = currentItem();
    return item ? item->section : QString();
}

QString QuestionnaireController::itemText() const
{
    const auto *item = currentItem();
    return item ? item->text : QString();
}

void QuestionnaireController::fillOptions()
{
    QList<QuestionOptionRow> rows;
    if (const auto *item = currentItem())
        for (const auto &o : item->options)
            rows.append(
                {o.group.isEmpty() ? o.label : tr("%1 · %2").arg(o.group, o.label), o.label});
    m_options->set(std::move(rows));
}

int QuestionnaireController::selectedOption() const
{
    const auto *item = currentItem();
    if (!item || !m_answers.contains(item->id))
        return -1;
    const int value = m_answers.value(item->id);
    for (int i = 0; i < item->options.size(); ++i)
        if (item->options.at(i).value == value)
            return i;
    return -1;
}

QString QuestionnaireController::reviewText() const
{
    if (!m_instrument)
        return {};
    QStringList lines{tr("%1 of %2 questions answered.").arg(answeredCount()).arg(itemCount())};
    for (const auto &scale : m_instrument->scales) {
        const auto s = scoreScale(scale, m_answers);
        if (!s.score)
            lines << tr("No %1 score will be given: %2").arg(scale.label, s.reason);
    }
    return lines.join(QLatin1Char('\n'));
}

QString QuestionnaireController::start(const QString &instrumentId, const QString &timePointId)
{
    const auto &episode = m_diary->episode();
    if (!episode)
        return tr("Set up your injection first.");
    auto instrument = m_services->instruments.find(instrumentId);
    if (!instrument)
        return tr("The questionnaire '%1' is not installed.").arg(instrumentId);
    m_instrument = instrument;
    m_timePointId = timePointId;
    m_timePointLabel.clear();
    for (const auto &tp : m_services->outcomes.timePoints(*episode))
        if (tp.id == timePointId)
            m_timePointLabel = patientLabel(tp);
    m_answers.clear();
    m_index = 0;
    if (!timePointId.isEmpty())
        if (auto draft = m_services->proms.findScheduled(episode->id, instrumentId, timePointId))
            m_answers = draft->answers;
    // Resume at the first unanswered item.
    while (m_index < itemCount() && m_answers.contains(m_instrument->items.at(m_index).id))
        ++m_index;
    if (m_index >= itemCount())
        m_index = 0;
    Q_EMIT changed();
    return {};
}

void QuestionnaireController::choose(int optionIndex)
{
    const auto *item = currentItem();
    if (!item || optionIndex < 0 || optionIndex >= item->options.size())
        return;
    m_answers.insert(item->id, item->options.at(optionIndex).value);
    ++m_index;
    Q_EMIT changed();
}

void QuestionnaireController::next()
{
    if (m_index < itemCount()) {
        ++m_index;
        Q_EMIT changed();
    }
}

void QuestionnaireController::back()
{
    if (m_index > 0) {
        --m_index;
        Q_EMIT changed();
    }
}

void QuestionnaireController::skip()
{
    if (const auto *item = currentItem())
        m_answers.remove(item->id);
    next();
}

QString QuestionnaireController::saveForLater()
{
    if (!m_instrument || !m_diary->episode())
        return tr("No questionnaire is open.");
    if (m_timePointId.isEmpty()) {
        close();
        return {};
    }
    auto saved = m_services->promRecorder.saveDraft(
        *m_instrument, {m_diary->episode()->id, m_timePointId, m_diary->today(), m_answers},
        m_diary->now());
    if (!saved)
        return saved.error().text();
    close();
    m_diary->reload(Diary::QuestionnairesChange);
    Q_EMIT this->saved(tr("Saved. You can finish it later from Today."), false);
    return {};
}

QString QuestionnaireController::submit()
{
    if (!m_instrument || !m_diary->episode())
        return tr("No questionnaire is open.");
    auto saved = m_services->promRecorder.complete(
        *m_instrument, {m_diary->episode()->id, m_timePointId, m_diary->today(), m_answers},
        m_diary->now());
    if (!saved)
        return saved.error().text();
    QStringList parts;
    for (const auto &s : saved.value().scores) {
        const auto *scale = m_instrument->scale(s.scaleId);
        if (s.score && scale)
            parts << tr("%1: %2").arg(scale->label, s.score->toLocaleString(scale->decimals));
    }
    m_lastResult = parts.isEmpty() ? tr("Answers saved (no score: too many questions skipped).")
                                   : tr("Saved. %1.").arg(parts.join(QStringLiteral(", ")));
    close();
    m_diary->reload(Diary::QuestionnairesChange);
    Q_EMIT this->saved(m_lastResult, true);
    return {};
}

void QuestionnaireController::close()
{
    m_instrument.reset();
    m_answers.clear();
    m_index = 0;
    Q_EMIT changed();
}
