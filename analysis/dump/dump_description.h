#pragma once
#include "analysis/dump/dump_file.h"

#include <cstdint>
#include <string>

// What a dump's header says, in words: enough to tell a customer's file apart from another
// even when nothing else in it can be read (a copy cut short, a dump the system could not
// finish writing).
namespace poolscope {

// "complete memory dump", "kernel memory dump (bitmap)", "live kernel memory dump", ...
std::string dumpTypeName(const DumpHeader& header);

// "complete memory dump of Windows build 19041, 4 processors, bug check 0xE2
// (MANUALLY_INITIATED_CRASH), written 2024-03-05 14:02:11 UTC"
std::string describeDump(const DumpHeader& header);

// The file's size against RequiredDumpSpace: "the file is the 8.0 GB its header announces",
// or "truncated: 64 KB of the 8.0 GB its header announces (RequiredDumpSpace)".
std::string describeFileSize(const DumpHeader& header, std::uint64_t fileSize);

// The above with the page count: "truncated: 64 KB of the 8.0 GB its header announces
// (RequiredDumpSpace), 2,096,000 of 2,097,152 pages missing".
std::string describeTruncation(const DumpFile& dump);

// The name WinDbg's !analyze gives a bug check code, or "" for one not in the short list
// of the codes that end up in pool investigations.
std::string bugCheckName(std::uint32_t code);

// A FILETIME as "2024-03-05 14:02:11 UTC"; "" for 0 or the header's unset fill.
std::string fileTimeText(std::uint64_t fileTime);

} // namespace poolscope
