#pragma once

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLayout>
#include <QMainWindow>
#include <QMenuBar>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStringList>
#include <QTabBar>
#include <QTabWidget>
#include <QWidget>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

namespace needlechart::test {

// Whether Tab can land on `widget` in `window` as it is shown now (what Qt's own
// focusNextPrevChild asks: visible, enabled, accepting Tab, not handing focus to a proxy).
inline bool takesTab(const QWidget* widget, const QWidget* window)
{
    return widget->window() == window && widget->isVisibleTo(window) && widget->isEnabled()
           && (widget->focusPolicy() & Qt::TabFocus) && widget->focusProxy() == nullptr;
}

// The focusable widgets of `window` in reading order, as its layouts place them: a box layout
// in its direction, a grid and a form row by row (a form's label before its field), a tab
// widget's tab bar before its current page, a splitter's panes in order. A widget that hands
// its focus to a proxy (a spin box to its line edit) stands for the proxy. Button boxes are
// left out: Qt orders their buttons by the desktop's convention, not by layout.
inline std::vector<QWidget*> readingOrder(QWidget* window)
{
    std::vector<QWidget*> order;
    std::function<void(QWidget*)> visit;
    std::function<void(QLayout*)> visitLayout;
    const auto standsForTab = [window](QWidget* w) {
        QWidget* proxy = w;
        while (proxy->focusProxy() != nullptr)
            proxy = proxy->focusProxy();
        return proxy != w ? takesTab(proxy, window) && w->isEnabled() && w->isVisibleTo(window)
                          : takesTab(w, window);
    };
    visitLayout = [&](QLayout* layout) {
        std::vector<std::pair<std::pair<int, int>, QLayoutItem*>> items;
        for (int i = 0; i < layout->count(); ++i) {
            std::pair<int, int> place{i, 0};
            if (auto* grid = qobject_cast<QGridLayout*>(layout)) {
                int row = 0, column = 0, rows = 0, columns = 0;
                grid->getItemPosition(i, &row, &column, &rows, &columns);
                place = {row, column};
            } else if (auto* form = qobject_cast<QFormLayout*>(layout)) {
                int row = 0;
                QFormLayout::ItemRole role = QFormLayout::LabelRole;
                form->getItemPosition(i, &row, &role);
                place = {row, role == QFormLayout::LabelRole ? 0 : 1};
            }
            items.push_back({place, layout->itemAt(i)});
        }
        std::stable_sort(items.begin(), items.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        if (auto* box = qobject_cast<QBoxLayout*>(layout);
            box != nullptr
            && (box->direction() == QBoxLayout::RightToLeft
                || box->direction() == QBoxLayout::BottomToTop))
            std::reverse(items.begin(), items.end());
        for (const auto& [place, item] : items) {
            if (QWidget* w = item->widget())
                visit(w);
            else if (QLayout* inner = item->layout())
                visitLayout(inner);
        }
    };
    visit = [&](QWidget* w) {
        if (!w->isVisibleTo(window) || qobject_cast<QDialogButtonBox*>(w) != nullptr)
            return;
        if (standsForTab(w))
            order.push_back(w);
        if (auto* main = qobject_cast<QMainWindow*>(w)) {
            if (main->centralWidget() != nullptr)
                visit(main->centralWidget());
        } else if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            visit(tabs->tabBar());
            if (tabs->currentWidget() != nullptr)
                visit(tabs->currentWidget());
        } else if (auto* stack = qobject_cast<QStackedWidget*>(w)) {
            if (stack->currentWidget() != nullptr)
                visit(stack->currentWidget());
        } else if (auto* splitter = qobject_cast<QSplitter*>(w)) {
            for (int i = 0; i < splitter->count(); ++i)
                visit(splitter->widget(i));
        } else if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
            if (scroll->widget() != nullptr)
                visit(scroll->widget());
        } else if (qobject_cast<QAbstractScrollArea*>(w) != nullptr) {
            // A view or text field: one stop, whatever it draws inside.
        } else if (w->layout() != nullptr) {
            visitLayout(w->layout());
        }
    };
    visit(window);
    // A widget whose proxy is in the list itself (a tab widget and its tab bar) is one stop.
    std::erase_if(order, [&order](QWidget* w) {
        return w->focusProxy() != nullptr
               && std::find(order.begin(), order.end(), w->focusProxy()) != order.end();
    });
    return order;
}

// Where Tab goes in `window`, as the widgets of `reading` it lands on (a spin box's line edit
// counts as the spin box), in the order of Qt's focus chain from the first of them.
inline std::vector<QWidget*> tabSequence(QWidget* window, const std::vector<QWidget*>& reading)
{
    const auto standing = [&reading](QWidget* w) -> QWidget* {
        for (QWidget* up = w; up != nullptr; up = up->parentWidget()) {
            if (std::find(reading.begin(), reading.end(), up) != reading.end())
                return up;
        }
        return nullptr;
    };
    std::vector<QWidget*> chain;
    std::vector<QWidget*> seen;
    QWidget* w = window;
    do {
        w = w->nextInFocusChain();
        if (std::find(seen.begin(), seen.end(), w) != seen.end())
            break; // a chain that does not pass the window again
        seen.push_back(w);
        if (w != window && takesTab(w, window)) {
            QWidget* stand = standing(w);
            if (stand != nullptr && (chain.empty() || chain.back() != stand))
                chain.push_back(stand);
        }
    } while (w != window);
    if (!reading.empty()) {
        if (auto first = std::find(chain.begin(), chain.end(), reading.front());
            first != chain.end())
            std::rotate(chain.begin(), first, chain.end());
    }
    return chain;
}

// Where Tab does not follow the layout in `window`: the first place the two orders part, with
// the widgets named by object name and class, or nothing.
inline QStringList tabOrderProblems(QWidget* window)
{
    const std::vector<QWidget*> reading = readingOrder(window);
    const std::vector<QWidget*> tabbing = tabSequence(window, reading);
    const auto name = [](const QWidget* w) -> QString {
        QString called = w->objectName();
        if (const auto* button = qobject_cast<const QAbstractButton*>(w);
            called.isEmpty() && button != nullptr)
            called = button->text().isEmpty() ? button->toolTip() : button->text();
        if (called.isEmpty())
            called = w->accessibleName();
        return QLatin1Char('"') + called + QStringLiteral("\" ")
               + QString::fromLatin1(w->metaObject()->className());
    };
    // NEEDLECHART_TAB_TRACE=1 prints both orders.
    if (qEnvironmentVariableIsSet("NEEDLECHART_TAB_TRACE")) {
        QStringList lines;
        for (std::size_t i = 0; i < std::max(reading.size(), tabbing.size()); ++i)
            lines << (i < reading.size() ? name(reading[i]) : QString()).leftJustified(50)
                         + (i < tabbing.size() ? name(tabbing[i]) : QString());
        qInfo("layout | tab\n%s", qPrintable(lines.join(QLatin1Char('\n'))));
    }
    QStringList problems;
    for (std::size_t i = 0; i < reading.size(); ++i) {
        if (i >= tabbing.size()) {
            problems << QStringLiteral("Tab never reaches %1").arg(name(reading[i]));
            break;
        }
        if (tabbing[i] != reading[i]) {
            problems << QStringLiteral("after %1, Tab goes to %2 where the layout puts %3")
                            .arg(i == 0 ? QStringLiteral("the start") : name(reading[i - 1]),
                                 name(tabbing[i]), name(reading[i]));
            break;
        }
    }
    return problems;
}

} // namespace needlechart::test
