#pragma once
#include <QStyledItemDelegate>

namespace poolscope::views {

// Draws the cell's BarRole (-1..1) as a bar behind its text, so the biggest tag or the
// deepest port is seen at a glance. Negative values (a shrink in compare mode) draw in
// another colour from the right edge.
class BarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace poolscope::views
