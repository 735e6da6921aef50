# Cross-building for arm64 Linux (PinePhone, Librem 5, other Linux phones) on an amd64 Debian with
# multiarch: the target's Qt and SQLite are Debian's :arm64 packages in /usr/lib/aarch64-linux-gnu,
# the host's Qt tools (moc, rcc, qmlcachegen) stay amd64. Used by scripts/build-arm64.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)
# Qt's cross-building needs the host's Qt for its tools.
set(QT_HOST_PATH /usr)
set(QT_HOST_PATH_CMAKE_DIR /usr/lib/x86_64-linux-gnu/cmake)
# Programs built for arm64 (Catch2's test discovery runs them) run under qemu-user.
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64-static)
set(ENV{PKG_CONFIG_LIBDIR} /usr/lib/aarch64-linux-gnu/pkgconfig:/usr/share/pkgconfig)
