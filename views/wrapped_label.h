#pragma once
#include <QLabel>

namespace poolscope::views {

// A label whose text wraps to whatever width it gets, never cut. Its minimum is one line:
// QLabel's own minimum for wrapped text is its height at a narrow width, which inside a
// scroll area makes the page that tall and pads every paragraph with blank lines.
class WrappedLabel : public QLabel {
public:
    explicit WrappedLabel(QWidget* parent = nullptr) : QLabel(parent)
    {
        setWordWrap(true);
        setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    explicit WrappedLabel(const QString& text, QWidget* parent = nullptr) : WrappedLabel(parent) { setText(text); }

    QSize minimumSizeHint() const override
    {
        return {fontMetrics().averageCharWidth() * 12, fontMetrics().height()};
    }
};

} // namespace poolscope::views
