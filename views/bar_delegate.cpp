#include "bar_delegate.h"

#include "views/record_table_model.h"

#include <QPainter>

#include <algorithm>

namespace poolscope::views {

void BarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant bar = index.data(BarRole);
    if (bar.isValid()) {
        const double fraction = std::clamp(bar.toDouble(), -1.0, 1.0);
        const QRect cell = option.rect.adjusted(1, 2, -1, -2);
        const int width = static_cast<int>(cell.width() * std::abs(fraction));
        if (width > 0) {
            const QRect filled = fraction >= 0 ? QRect(cell.left(), cell.top(), width, cell.height())
                                               : QRect(cell.right() - width, cell.top(), width, cell.height());
            // Growth is the symptom: warm; a shrink: cool. Light enough to read the text on.
            const QColor colour = fraction >= 0 ? QColor(232, 120, 80, 90) : QColor(80, 150, 220, 90);
            painter->fillRect(filled, colour);
        }
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace poolscope::views
