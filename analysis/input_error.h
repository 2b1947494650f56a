#pragma once
#include <cstdint>
#include <string>
#include <variant>

namespace poolscope {

// An error the user can cause (bad file, unknown format, truncated structure): a value
// that names the file, where in it, and what was expected.
struct InputError {
    std::string file;
    std::uint32_t line = 0;   // 1-based, 0 when not line-oriented
    std::uint64_t offset = 0; // byte offset when meaningful
    std::string message;

    std::string describe() const; // "poolmon.log:12: expected ..."
};

// The result of a read: a value or the error that stopped it.
template <typename T>
class Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(InputError error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<T>(m_state); }
    const T& value() const { return std::get<T>(m_state); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const InputError& error() const { return std::get<InputError>(m_state); }

private:
    std::variant<T, InputError> m_state;
};

} // namespace poolscope
