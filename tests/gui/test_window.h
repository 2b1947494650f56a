#pragma once
// The main window as the window tests start it: on a settings folder of the test's own (a
// test run's settings must not leak into the user's, nor the user's into the test), with
// the built-in pool tag descriptions, shown at a size and exposed.
#include "analysis/pooltag_database.h"
#include "app/gui/main_window.h"
#include "views/investigation.h"

#include <QApplication>
#include <QSettings>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace poolscope::testgui {

// From initTestCase: settings go to `folder`, under this application's name.
[[nodiscard]] inline bool isolateSettings(const QTemporaryDir& folder, const QString& application)
{
    if (!folder.isValid())
        return false;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
    QSettings::setDefaultFormat(QSettings::NativeFormat);
    QApplication::setOrganizationName(QStringLiteral("PoolScopeTest"));
    QApplication::setApplicationName(application);
    return true;
}

// From init: a new investigation and its window, shown at `size`; false when the window
// was never exposed.
[[nodiscard]] inline bool openWindow(std::unique_ptr<views::Investigation>& investigation,
                                     std::unique_ptr<app::MainWindow>& window, QSize size = QSize(1400, 900))
{
    investigation = std::make_unique<views::Investigation>(PoolTagDatabase::builtin());
    window = std::make_unique<app::MainWindow>(*investigation);
    window->resize(size);
    window->show();
    return QTest::qWaitForWindowExposed(window.get());
}

} // namespace poolscope::testgui
