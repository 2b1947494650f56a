#pragma once
#include "address.h"
#include "compact_optional.h"
#include "interned.h"
#include "provenance.h"
#include "shared_address.h"

#include <cstdint>
#include <optional>
#include <string>

namespace poolscope {

// An object-manager object (!object): the body address, its type and its counts.
// A thread or file stays alive while either count is above zero: that is the
// handle-leak mechanism.
// A million of them in a handle leak: 56 bytes, the 8-byte fields first.
struct KernelObject {
    Address address = 0; // body
    OptionalAddress header;
    OptionalCount pointerCount;
    OptionalCount handleCount;
    CompactProvenance where;
    Interned type;
    Interned name;
    SharedAddress typeObject; // one per type
    SharedAddress directory;
};

} // namespace poolscope
