#pragma once
#include "model/snapshot.h"

namespace poolscope {

// Joins what the records say about each other, the way the manual walk does:
// IRP -> its thread's process, IRP -> its file object's completion port, completion
// port -> the processes holding handles to it, handle -> its object's type. Only fills
// what is absent; never overwrites what a source stated. Every reader calls it last.
void linkSnapshot(Snapshot& snapshot);

} // namespace poolscope
