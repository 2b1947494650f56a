#pragma once
#include "model/format.h"
#include "views/record_table_model.h"

#include <fmt/format.h>

#include <optional>
#include <string>

// Column makers for the cell kinds every table has, so a count, a size or an address
// shows, sorts and exports the same way everywhere. An absent figure is an empty cell
// that sorts below every present one.
namespace poolscope::views::columns {

constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;

template <typename Row, typename Get>
RecordColumn<Row> text(QString title, Get get)
{
    RecordColumn<Row> c;
    c.title = std::move(title);
    c.text = [get](const Row& r) { return std::string(get(r)); };
    c.less = [get](const Row& a, const Row& b) { return get(a) < get(b); };
    c.sortByText = true;
    return c;
}

// get returns std::optional<unsigned>: "1,234,567", exported as 1234567.
template <typename Row, typename Get>
RecordColumn<Row> count(QString title, Get get, bool bar = false)
{
    RecordColumn<Row> c;
    c.title = std::move(title);
    c.alignment = kRight;
    c.text = [get](const Row& r) {
        const auto v = get(r);
        return v ? format::count(static_cast<std::uint64_t>(*v)) : std::string{};
    };
    c.exported = [get](const Row& r) {
        const auto v = get(r);
        return v ? std::to_string(*v) : std::string{};
    };
    c.less = [get](const Row& a, const Row& b) { return get(a) < get(b); };
    if (bar)
        c.barValue = [get](const Row& r) -> std::optional<double> {
            const auto v = get(r);
            return v ? std::optional<double>(static_cast<double>(*v)) : std::nullopt;
        };
    return c;
}

// get returns std::optional<std::int64_t>: "+1,234" / "-56", exported as 1234 / -56.
template <typename Row, typename Get>
RecordColumn<Row> signedCount(QString title, Get get, bool bar = false)
{
    RecordColumn<Row> c;
    c.title = std::move(title);
    c.alignment = kRight;
    c.text = [get](const Row& r) {
        const auto v = get(r);
        return v ? format::signedCount(*v) : std::string{};
    };
    c.exported = [get](const Row& r) {
        const auto v = get(r);
        return v ? std::to_string(*v) : std::string{};
    };
    c.less = [get](const Row& a, const Row& b) { return get(a) < get(b); };
    if (bar)
        c.barValue = [get](const Row& r) -> std::optional<double> {
            const auto v = get(r);
            return v ? std::optional<double>(static_cast<double>(*v)) : std::nullopt;
        };
    return c;
}

// get returns std::optional<std::uint64_t> bytes: "199.3 MB", exported as 208968960.
template <typename Row, typename Get>
RecordColumn<Row> bytes(QString title, Get get, bool bar = false)
{
    RecordColumn<Row> c = count<Row>(std::move(title), get, bar);
    c.text = [get](const Row& r) {
        const auto v = get(r);
        return v ? format::bytes(static_cast<std::uint64_t>(*v)) : std::string{};
    };
    return c;
}

template <typename Row, typename Get>
RecordColumn<Row> signedBytes(QString title, Get get, bool bar = false)
{
    RecordColumn<Row> c = signedCount<Row>(std::move(title), get, bar);
    c.text = [get](const Row& r) {
        const auto v = get(r);
        return v ? format::signedBytes(*v) : std::string{};
    };
    return c;
}

// get returns std::optional<Address>; Row has pointerSize. Shown as ffffe000`05248840,
// exported as 0xffffe00005248840 (what a script or WinDbg accepts).
template <typename Row, typename Get>
RecordColumn<Row> address(QString title, Get get)
{
    RecordColumn<Row> c;
    c.title = std::move(title);
    c.text = [get](const Row& r) {
        const std::optional<Address> v = get(r);
        return v ? format::address(*v, r.pointerSize) : std::string{};
    };
    c.exported = [get](const Row& r) {
        const std::optional<Address> v = get(r);
        return v ? fmt::format("{:#x}", *v) : std::string{};
    };
    c.less = [get](const Row& a, const Row& b) { return std::optional<Address>(get(a)) < std::optional<Address>(get(b)); };
    return c;
}

// WinDbg prints Cids in hex: shown 0x8e8, sorted by number.
template <typename Row, typename Get>
RecordColumn<Row> pid(QString title, Get get)
{
    RecordColumn<Row> c;
    c.title = std::move(title);
    c.alignment = kRight;
    c.text = [get](const Row& r) {
        const auto v = get(r);
        return v ? fmt::format("{:#x}", *v) : std::string{};
    };
    c.less = [get](const Row& a, const Row& b) { return get(a) < get(b); };
    return c;
}

} // namespace poolscope::views::columns
