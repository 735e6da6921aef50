#pragma once

#include <QtGlobal>

/**
 * Counts the warnings Qt Quick and QML print themselves (qWarning from QQmlContext, delegate
 * models, layouts…), which do not pass through QQmlEngine::warnings, into *count, and prints
 * every message as before. For the self-test and the driven window: a test fails on them too.
 */
void countQtQuickWarnings(int *count);
