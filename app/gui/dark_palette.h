#pragma once
#include <QPalette>

namespace poolscope::app {

// A dark desktop's palette, as KDE's Breeze Dark and GNOME's dark style give one: to start
// the window dark where the platform does not (--dark, the offscreen screenshots, the tests)
// and check that every view takes its colours from the palette.
QPalette darkPalette();

} // namespace poolscope::app
