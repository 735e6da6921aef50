#pragma once

#include <QObject>
#include <QThread>
#include <functional>

/**
 * One background job at a time for a controller (imports, reports, backups: never on the GUI
 * thread). The work runs on its own thread; `done` runs afterwards on the owner's thread. A job
 * still running when the owner goes is waited for, so nothing is ever left half written.
 */
class WorkerJob
{
public:
    explicit WorkerJob(QObject *owner) : m_owner(owner) {}
    ~WorkerJob()
    {
        if (m_thread)
            m_thread->wait();
    }
    WorkerJob(const WorkerJob &) = delete;
    WorkerJob &operator=(const WorkerJob &) = delete;

    bool busy() const { return m_thread != nullptr; }

    /** Starts work unless a job is running (then returns false and does nothing). */
    bool start(std::function<void()> work, std::function<void()> done)
    {
        if (m_thread)
            return false;
        m_thread = QThread::create(std::move(work));
        QObject::connect(m_thread, &QThread::finished, m_owner, [this, done = std::move(done)] {
            m_thread->deleteLater();
            m_thread = nullptr;
            done();
        });
        m_thread->start();
        return true;
    }

private:
    QObject *m_owner;
    QThread *m_thread = nullptr;
};
