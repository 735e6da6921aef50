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
    QString pseudoLocale;    ///< "accented" or "rtl" (see PseudoTranslator); empty = none
    QString language;     ///< this run's language ("en", "es"); empty = the one chosen in Settings
    QSize size{390, 844}; ///< window size (phone portrait by default)
    bool sizeGiven = false; ///< --size was given (else the screen decides, windowSizeFor)
    QString error;          ///< set when the command line cannot be used

    static AppOptions parse(const QStringList &arguments);
    /** The window for a screen with this much room: all of a phone's, a comfortable part of a
     *  desktop's (a 390 px column on a 1280 px screen wasted it). */
    static QSize windowSizeFor(QSize available);
    /** The names of the screens, in the order --screenshot renders them. */
    static QStringList screens();
};
