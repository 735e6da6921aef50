#include "readahead.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX) || defined(Q_OS_ANDROID)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace mend {

void lowerThisThreadPriority()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_ANDROID)
    // Linux keeps a nice value per thread: PRIO_PROCESS with a thread id sets only this thread's.
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#endif
}

} // namespace mend
