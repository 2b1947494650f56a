#pragma once
#include "analysis/windbg/command_handler.h"
#include "analysis/windbg/object_lines.h"

#include <memory>
#include <string>
#include <string_view>

// !process, !handle, !object, !thread and !icpleak: their outputs share the line shapes
// that ObjectLines reads, so each handler is ObjectLines plus what its arguments say.
namespace poolscope::windbg {

class ObjectOutputHandler : public CommandHandler {
public:
    bool line(const TextLine& line, LogState& state) override;

protected:
    // Every shape but None counts as understood: Skipped lines are already counted.
    virtual LineShape take(const TextLine& line, std::string_view text, LogState& state);

    ObjectLines m_lines;

private:
    std::string m_scratch;
};

std::unique_ptr<CommandHandler> makeProcessHandler();
std::unique_ptr<CommandHandler> makeHandleHandler();
std::unique_ptr<CommandHandler> makeObjectHandler();
std::unique_ptr<CommandHandler> makeThreadHandler();
std::unique_ptr<CommandHandler> makeIcpleakHandler();

// Strict tests for output pasted without its prompt.
bool startsProcessOutput(std::string_view line);
bool startsHandleOutput(std::string_view line);
bool startsObjectOutput(std::string_view line);
bool startsThreadOutput(std::string_view line);

} // namespace poolscope::windbg
