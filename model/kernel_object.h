#pragma once
#include "address.h"
#include "compact_optional.h"
#include "interned.h"
#include "provenance.h"

#include <cstdint>
#include <optional>
#include <string>

namespace poolscope {

// An object-manager object (!object): the body address, its type and its counts.
// A thread or file stays alive while either count is above zero: that is the
// handle-leak mechanism.
struct KernelObject {
    Address address = 0; // body
    Interned type;
    OptionalAddress typeObject;
    OptionalAddress header;
    OptionalCount pointerCount;
    OptionalCount handleCount;
    OptionalAddress directory;
    Interned name;
    Provenance where;
};

} // namespace poolscope
