#pragma once

#include <QString>
#include <QTest>
#include <QWidget>

namespace needlechart::test {

// Types `text` into `widget` key by key, like QTest::keyClicks, but also letters outside ASCII
// ("Zoë Ødegård"): QTest maps only ASCII characters to keys, so those are sent as key events
// that carry the character as text, the way an input method delivers them.
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClicks(widget, QString(c));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace needlechart::test
