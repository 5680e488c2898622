#include "needlechart/ui/common/Appearance.h"

#include "common/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace needlechart {

bool Appearance::apply(const QString& choice)
{
    bool dark = choice == Dark;
    if (choice.isEmpty()) {
        const QPalette desktop = QGuiApplication::palette();
        dark = desktop.color(QPalette::Window).lightness()
               < desktop.color(QPalette::WindowText).lightness();
    }
    const Theme::Palette palette = dark ? Theme::Palette::Dark : Theme::Palette::Light;
    Theme::use(palette);
    // The desktop's own light palette is kept when nothing else was asked for; a chosen one, or
    // any dark one, is the theme's on Fusion, which draws every palette colour it is given.
    if (dark || choice == Light) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(Theme::palette(palette));
    }
    return dark;
}

} // namespace needlechart
