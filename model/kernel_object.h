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
// A million of them in a handle leak: 48 bytes. Its name, type object and directory are
// kept once for all the objects that have the same three (a million unnamed thread objects
// share one) and read through the accessors.
struct KernelObject {
    Address address = 0; // body
    OptionalAddress header;
    OptionalCount pointerCount;
    OptionalCount handleCount;
    CompactProvenance where;
    Interned type;

    Interned name() const;
    SharedAddress typeObject() const;
    SharedAddress directory() const;
    void setName(const Interned& name);
    void setTypeObject(const SharedAddress& typeObject);
    void setDirectory(const SharedAddress& directory);

private:
    std::uint32_t m_naming = 0; // 0: no name, type object or directory
};

static_assert(sizeof(KernelObject) == 48);

} // namespace poolscope
