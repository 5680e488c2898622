#pragma once

#include "needlechart/ui/MessagePresenter.h"

namespace needlechart {

// The application's MessagePresenter: modal QMessageBox dialogs.
class QtMessagePresenter final : public MessagePresenter {
public:
    void information(QWidget* parent, const QString& title, const QString& text) override;
    void warning(QWidget* parent, const QString& title, const QString& text) override;
    void critical(QWidget* parent, const QString& title, const QString& text) override;
    [[nodiscard]] bool question(QWidget* parent, const QString& title,
                                const QString& text) override;
};

} // namespace needlechart
