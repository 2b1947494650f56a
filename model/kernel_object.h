#pragma once
#include "address.h"
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
    std::string type;
    std::optional<Address> typeObject;
    std::optional<Address> header;
    std::optional<std::uint64_t> pointerCount;
    std::optional<std::uint64_t> handleCount;
    std::optional<Address> directory;
    std::string name;
    Provenance where;
};

} // namespace poolscope
