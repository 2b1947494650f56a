#include "memory_release.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace poolscope {

void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace poolscope
