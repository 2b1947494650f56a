#include "object_commands.h"

namespace poolscope::windbg {

bool ObjectOutputHandler::line(const TextLine& line, LogState& state)
{
    const std::string_view text = state.noBreakSpaces ? plainText(line.text, m_scratch) : line.text;
    return take(line, text, state) != LineShape::None;
}

LineShape ObjectOutputHandler::take(const TextLine& line, std::string_view text, LogState& state)
{
    return m_lines.take(line, text, state);
}

} // namespace poolscope::windbg
