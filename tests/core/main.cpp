#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <cstring>

int runSqliteChild(int argc, char *argv[]); // tst_multiprocess.cpp

// Catch2 v2 runner with a Qt application object, as Qt SQL needs one. Started as
// "tst_core --sqlite-child …" it is the other process of the multi-process tests instead.
int main(int argc, char *argv[])
{
    if (argc > 1 && std::strcmp(argv[1], "--sqlite-child") == 0)
        return runSqliteChild(argc, argv);
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
