#pragma once

#include "needlechart/ui/session/SessionWindow.h"

#include <QPointer>
#include <QTest>

#include <gtest/gtest.h>

namespace needlechart::test {

// Shows a session window at the size the tests drive it at (wide enough for both views of the
// map side by side) and waits until it is exposed; null if there was no window to show.
inline QPointer<SessionWindow> shownSessionWindow(SessionWindow* window)
{
    EXPECT_TRUE(window);
    if (!window)
        return {};
    window->resize(1500, 950);
    window->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(window));
    return window;
}

} // namespace needlechart::test
