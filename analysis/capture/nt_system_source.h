#pragma once
#include "analysis/capture/system_reading.h"

#include <memory>

namespace poolscope::capture {

// The running Windows system: the pool tag table (NtQuerySystemInformation class 22,
// SystemPoolTagInformation), every handle (class 64, SystemExtendedHandleInformation) counted
// per process and object type, the type names (NtQueryObject ObjectTypesInformation, and
// ObjectTypeInformation on the capture's own handles for types that table leaves out), the
// processes' names (Toolhelp) and the commit and pool figures (GetPerformanceInfo). What the
// system refuses or does not implement (Wine answers STATUS_NOT_IMPLEMENTED to class 22) is
// said in the reading. Nothing on other systems: the capture needs Windows.
std::unique_ptr<SystemTableSource> makeNtSystemSource();

} // namespace poolscope::capture
