#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

/** What a finished program printed and returned. */
struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/** Runs a program to completion (2 minutes at most) with QT_QPA_PLATFORM=offscreen. */
inline RunResult runProgram(const QString &program, const QStringList &args,
                            const QStringList &extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const auto &kv : extraEnv)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
