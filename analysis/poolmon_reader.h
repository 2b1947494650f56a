#pragma once
#include "analysis/input_error.h"
#include "analysis/read_control.h"
#include "analysis/text_source.h"
#include "model/snapshot.h"

#include <string_view>

namespace poolscope {

// Reads poolmon output: one screen, or an appended log (`poolmon /b >> poolmon.log`,
// `poolmon /n`), or screens pasted from a document. Every screen becomes one Snapshot
// of the series, in file order, labelled "<file> screen N": the two header lines fill
// Snapshot::summary, the rows fill Snapshot::poolTags. Screens of a session pool
// ("Session 0 pool information") give session pool types.
//
// Rows without deltas, with the Mapped_Driver column, with collapsed spacing or without
// a header are read; a row that does not parse is a counted skip with its line number.
// The files `poolscope-cli capture` writes add a time line to each screen and each
// process's handle counts by type (poolmon_capture_lines.h): the screen's
// Snapshot::secondsSinceStart and Snapshot::processes.
// Fails only when no screen at all was found, or when the read was cancelled.
Result<SnapshotSeries> readPoolmon(const TextDocument& document, ReadControl& control);
Result<SnapshotSeries> readPoolmon(const TextDocument& document);

// True when the first lines look like poolmon output (a " Memory: ... Avail:" header,
// a " Tag  Type  Allocs" column header, or several rows): used to pick a reader.
bool looksLikePoolmon(std::string_view text);

} // namespace poolscope
