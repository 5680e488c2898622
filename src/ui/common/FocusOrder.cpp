#include "common/FocusOrder.h"

#include <QAbstractScrollArea>
#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QMainWindow>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QWidget>

#include <algorithm>
#include <tuple>
#include <vector>

namespace needlechart {
namespace {

class ReadingOrder {
public:
    std::vector<QWidget*> widgets;

    void widget(QWidget* w)
    {
        if (qobject_cast<QDialogButtonBox*>(w) != nullptr)
            return;
        // A tab widget hands its focus to its tab bar, which is placed below.
        if ((w->focusPolicy() & Qt::TabFocus) && qobject_cast<QTabWidget*>(w) == nullptr)
            widgets.push_back(w);
        if (auto* main = qobject_cast<QMainWindow*>(w)) {
            if (main->centralWidget() != nullptr)
                widget(main->centralWidget());
        } else if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            widget(tabs->tabBar());
            for (int i = 0; i < tabs->count(); ++i)
                widget(tabs->widget(i));
        } else if (auto* stack = qobject_cast<QStackedWidget*>(w)) {
            for (int i = 0; i < stack->count(); ++i)
                widget(stack->widget(i));
        } else if (auto* splitter = qobject_cast<QSplitter*>(w)) {
            for (int i = 0; i < splitter->count(); ++i)
                widget(splitter->widget(i));
        } else if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
            if (scroll->widget() != nullptr)
                widget(scroll->widget());
        } else if (qobject_cast<QAbstractScrollArea*>(w) == nullptr && w->layout() != nullptr) {
            layout(w->layout());
        }
    }

    void layout(QLayout* layout)
    {
        // (row, column, index): a grid or form row by row, any other layout by index.
        std::vector<std::tuple<int, int, int>> places;
        for (int i = 0; i < layout->count(); ++i) {
            int row = i;
            int column = 0;
            if (auto* grid = qobject_cast<QGridLayout*>(layout)) {
                int rows = 0;
                int columns = 0;
                grid->getItemPosition(i, &row, &column, &rows, &columns);
            } else if (auto* form = qobject_cast<QFormLayout*>(layout)) {
                QFormLayout::ItemRole role = QFormLayout::LabelRole;
                form->getItemPosition(i, &row, &role);
                column = role == QFormLayout::LabelRole ? 0 : 1;
            }
            places.emplace_back(row, column, i);
        }
        std::sort(places.begin(), places.end());
        if (auto* box = qobject_cast<QBoxLayout*>(layout);
            box != nullptr
            && (box->direction() == QBoxLayout::RightToLeft
                || box->direction() == QBoxLayout::BottomToTop))
            std::reverse(places.begin(), places.end());
        for (const auto& [row, column, index] : places) {
            QLayoutItem* item = layout->itemAt(index);
            if (QWidget* w = item->widget())
                widget(w);
            else if (QLayout* inner = item->layout())
                this->layout(inner);
        }
    }
};

} // namespace

void FocusOrder::followLayout(QWidget* root)
{
    ReadingOrder order;
    order.widget(root);
    for (std::size_t i = 1; i < order.widgets.size(); ++i)
        QWidget::setTabOrder(order.widgets[i - 1], order.widgets[i]);
}

} // namespace needlechart
