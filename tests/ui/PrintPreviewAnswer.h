#pragma once

#include <QApplication>
#include <QPrintPreviewDialog>
#include <QTimer>

#include <gtest/gtest.h>

namespace needlechart::test {

// Answers the print preview about to open, once it is up: `print` accepts it, which is what
// Qt's preview does once it has printed; otherwise it is rejected, as its Close does.
inline void answerPrintPreview(bool print)
{
    QTimer::singleShot(0, [print] {
        auto* preview = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(preview, nullptr) << "no print preview open";
        if (print)
            preview->accept();
        else
            preview->reject();
    });
}

} // namespace needlechart::test
