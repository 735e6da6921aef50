#pragma once

#include <QDir>
#include <QProcess>
#include <QSize>
#include <QStandardPaths>
#include <catch2/catch.hpp>
#include <unistd.h>

/**
 * The real app (`mend --control`) in a real X server (Xvfb, when installed; offscreen otherwise),
 * driven with real events through its control channel: screens, taps on items by name or text,
 * keys, typing, screenshots. HOME is a folder of the test's, so Documents/Mend is the test's too.
 */
class DrivenApp
{
public:
    DrivenApp(const QString &db, QSize size, const QString &home, const QString &shotPrefix,
              const QStringList &extraArguments = {})
        : m_home(home), m_shotPrefix(shotPrefix), m_size(size)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        // Programs a test puts in HOME/bin come first (stand-ins for xdg-open and the like).
        env.insert(QStringLiteral("PATH"),
                   home + QStringLiteral("/bin:") + env.value(QStringLiteral("PATH")));
        env.remove(QStringLiteral("XDG_DOCUMENTS_DIR"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        QStringList app{QStringLiteral(MEND_APP_PATH),
                        QStringLiteral("--db"),
                        db,
                        QStringLiteral("--size"),
                        QStringLiteral("%1x%2").arg(size.width()).arg(size.height()),
                        QStringLiteral("--control")};
        app += extraArguments;
        // The scenario suite's run in another language (scenariosupport.h: scenarioLanguage).
        const QString language = qEnvironmentVariable("MEND_SCENARIO_LANGUAGE");
        if (!language.isEmpty() && !extraArguments.contains(QStringLiteral("--pseudo-locale")))
            app << QStringLiteral("--language") << language;
        QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
#if defined(__SANITIZE_ADDRESS__)
        // libxkbcommon-x11 reads past a buffer when Xvfb hands it its keymap (ASan reports it in
        // xkb_x11_keymap_new_from_device, not Mend's code): sanitizer runs drive offscreen.
        xvfb.clear();
#endif
        if (xvfb.isEmpty()) {
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            m_process.setProcessEnvironment(env);
            m_process.start(app.first(), app.mid(1));
        } else {
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            m_process.setProcessEnvironment(env);
            // -n from the pid: two tests starting at once would otherwise race for one display.
            m_process.start(xvfb, QStringList{QStringLiteral("-a"), QStringLiteral("-n"),
                                              QString::number(100 + ::getpid() % 800),
                                              QStringLiteral("-s"),
                                              QStringLiteral("-screen 0 1600x1200x24")} +
                                      app);
        }
        REQUIRE(m_process.waitForStarted(10000));
        REQUIRE(readLine() == QStringLiteral("ready"));
        // The application replaces the first frame once it is built.
        for (int i = 0; i < 100 && command(QStringLiteral("visible appShell")) != "yes"; ++i)
            command(QStringLiteral("wait 100"));
    }
    ~DrivenApp()
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
    /** A command that must answer "ok". */
    void must(const QString &line)
    {
        INFO(line.toStdString());
        REQUIRE(command(line) == QStringLiteral("ok"));
    }
    /** The window's size. */
    QSize size() const
    {
        return m_size;
    }
    bool visible(const QString &nameOrText)
    {
        return command(QStringLiteral("visible ") + nameOrText) == QStringLiteral("yes");
    }
    /** Waits up to `tenths` tenths of a second for it to show, then for the layout to settle. */
    bool waitUntilVisible(const QString &nameOrText, int tenths = 100)
    {
        for (int i = 0; i < tenths && !visible(nameOrText); ++i)
            must(QStringLiteral("wait 100"));
        must(QStringLiteral("wait 300"));
        return visible(nameOrText);
    }
    /** Saves a screenshot for people to look at: <prefix>-<step>.png. */
    void shot(const QString &step)
    {
        QDir().mkpath(QFileInfo(m_shotPrefix).path());
        must(QStringLiteral("shot %1-%2.png").arg(m_shotPrefix, step));
    }
    int warnings()
    {
        return command(QStringLiteral("warnings")).toInt();
    }
    QString documents() const
    {
        return m_home + QStringLiteral("/Documents/Mend");
    }
    QString errors()
    {
        return QString::fromUtf8(m_process.readAllStandardError());
    }

private:
    QString readLine()
    {
        while (!m_process.canReadLine())
            if (!m_process.waitForReadyRead(30000))
                FAIL("the app did not answer: " << m_process.readAllStandardError().toStdString());
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }
    QString m_home;
    QString m_shotPrefix;
    QSize m_size;
    QProcess m_process;
};
