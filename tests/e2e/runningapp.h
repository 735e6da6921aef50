#pragma once

#include "clifixture.h"

#include <QProcess>
#include <catch2/catch.hpp>

/** The running app (`mend --control`, offscreen) on a diary, driven line by line. */
class RunningApp
{
public:
    explicit RunningApp(const QString &db)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(MEND_APP_PATH),
                        {QStringLiteral("--db"), db, QStringLiteral("--control")});
        REQUIRE(m_process.waitForStarted(10000));
        REQUIRE(readLine() == QStringLiteral("ready"));
    }
    ~RunningApp()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(20000))
            m_process.kill();
    }
    QString command(const QString &line)
    {
        m_process.write(line.toUtf8() + '\n');
        return readLine();
    }
    QString logDay(int daysAgo, int pain)
    {
        return command(QStringLiteral("log %1 %2").arg(isoDaysFromToday(-daysAgo)).arg(pain));
    }
    int shownEntries() { return command(QStringLiteral("count")).toInt(); }
    int quit()
    {
        command(QStringLiteral("quit"));
        m_process.closeWriteChannel();
        REQUIRE(m_process.waitForFinished(20000));
        INFO(m_process.readAllStandardError().toStdString());
        return m_process.exitCode();
    }

private:
    QString readLine()
    {
        while (!m_process.canReadLine())
            if (!m_process.waitForReadyRead(20000))
                FAIL("the app did not answer: " << m_process.readAllStandardError().toStdString());
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }
    QProcess m_process;
};
