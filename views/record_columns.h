#pragma once
#include "model/format.h"
#include "views/record_table_model.h"

#include <fmt/format.h>

#include <QCoreApplication>

#include <optional>
#include <string>

// Column makers for the cell kinds every table has, so a count, a size or an address
// shows, sorts and exports the same way everywhere. An absent figure is an empty cell
// that sorts below every present one.
namespace poolscope::views::columns {

constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;

// A column's title as shown (translated) and as a CSV header writes it (the English source,
// so that a script reads the same header whatever the window's language).
struct Heading {
    QString shown;
    QString exported;
    Heading(QString shownTitle, QString exportedTitle) : shown(std::move(shownTitle)), exported(std::move(exportedTitle)) {}
};

// Marked at the call site (no title converts implicitly, so none escapes the CSV rule) with QT_TRANSLATE_NOOP("Column", "...") so that lupdate collects it.
inline Heading heading(const char* source)
{
    return {QCoreApplication::translate("Column", source), QString::fromUtf8(source)};
}

template <typename Row>
void setHeading(RecordColumn<Row>& c, Heading title)
{
    c.title = std::move(title.shown);
    c.exportTitle = std::move(title.exported);
}

template <typename Row, typename Get>
RecordColumn<Row> text(Heading title, Get get)
{
    RecordColumn<Row> c;
    setHeading(c, std::move(title));
    c.text = [get](const Row& r) { return std::string(get(r)); };
    c.less = [get](const Row& a, const Row& b) { return get(a) < get(b); };
    c.sortByText = true;
    return c;
}

// get returns a word marked QT_TRANSLATE_NOOP("Cell", "...") (or ""): shown in the window's
// language, exported in English like the header, sorted by the English word.
template <typename Row, typename Get>
RecordColumn<Row> word(Heading title, Get get)
{
    RecordColumn<Row> c;
    setHeading(c, std::move(title));
    c.text = [get](const Row& r) {
        const std::string w(get(r));
        return w.empty() ? w : QCoreApplication::translate("Cell", w.c_str()).toStdString();
    };
    c.exported = [get](const Row& r) { return std::string(get(r)); };
    c.less = [get](const Row& a, const Row& b) { return std::string(get(a)) < std::string(get(b)); };
    return c;
}

// get returns std::optional<unsigned>: "1,234,567", exported as 1234567.
template <typename Row, typename Get>
RecordColumn<Row> count(Heading title, Get get, bool bar = false)
{
    RecordColumn<Row> c;
    setHeading(c, std::move(title));
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
RecordColumn<Row> signedCount(Heading title, Get get, bool bar = false)
{
    RecordColumn<Row> c;
    setHeading(c, std::move(title));
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
RecordColumn<Row> bytes(Heading title, Get get, bool bar = false)
{
    RecordColumn<Row> c = count<Row>(std::move(title), get, bar);
    c.text = [get](const Row& r) {
        const auto v = get(r);
        return v ? format::bytes(static_cast<std::uint64_t>(*v)) : std::string{};
    };
    return c;
}

template <typename Row, typename Get>
RecordColumn<Row> signedBytes(Heading title, Get get, bool bar = false)
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
RecordColumn<Row> address(Heading title, Get get)
{
    RecordColumn<Row> c;
    setHeading(c, std::move(title));
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
RecordColumn<Row> pid(Heading title, Get get)
{
    RecordColumn<Row> c;
    setHeading(c, std::move(title));
    c.alignment = kRight;
    c.text = [get](const Row& r) {
        const auto v = get(r);
        return v ? fmt::format("{:#x}", *v) : std::string{};
    };
    c.less = [get](const Row& a, const Row& b) { return get(a) < get(b); };
    return c;
}

} // namespace poolscope::views::columns
