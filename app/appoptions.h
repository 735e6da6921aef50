#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

/** The mend executable's command line. */
struct AppOptions
{
    bool demo = false;
    bool selfTest = false;
    bool firstFrame = false; ///< exit after the first frame (start-up benchmark)
    bool control = false;    ///< commands on standard input (tests, see ControlChannel)
    QString databasePath;    ///< empty = the user's own database
    QString screenshotDir;   ///< render every screen to PNG here and exit
    QSize size{390, 844};    ///< window size (phone portrait by default)
    QString error;           ///< set when the command line cannot be used

    static AppOptions parse(const QStringList &arguments);
    /** The names of the screens, in the order --screenshot renders them. */
    static QStringList screens();
};
