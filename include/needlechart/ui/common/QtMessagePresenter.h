#pragma once

#include "needlechart/ui/common/MessagePresenter.h"

namespace needlechart {

// The application's MessagePresenter: modal QMessageBox, QInputDialog and QFileDialog.
class QtMessagePresenter final : public MessagePresenter {
public:
    void information(QWidget* parent, const QString& title, const QString& text) override;
    void warning(QWidget* parent, const QString& title, const QString& text) override;
    void critical(QWidget* parent, const QString& title, const QString& text) override;
    [[nodiscard]] bool question(QWidget* parent, const QString& title,
                                const QString& text) override;
    [[nodiscard]] std::optional<QString> askText(QWidget* parent, const QString& title,
                                                 const QString& label,
                                                 const QString& initial) override;
    [[nodiscard]] std::optional<int> choose(QWidget* parent, const QString& title,
                                            const QString& text,
                                            const QStringList& choices) override;
    [[nodiscard]] std::optional<QString> askReason(QWidget* parent, const QString& title,
                                                   const QString& label, const QString& confirm,
                                                   const QString& back) override;
    [[nodiscard]] std::optional<QString> askPassword(QWidget* parent, const QString& title,
                                                     const QString& text) override;
    [[nodiscard]] std::optional<QString> openFileName(QWidget* parent, const QString& title,
                                                      const QString& suggested,
                                                      const QString& filter) override;
    [[nodiscard]] std::optional<QString> saveFileName(QWidget* parent, const QString& title,
                                                      const QString& suggested,
                                                      const QString& filter) override;
    [[nodiscard]] std::optional<QString> folderName(QWidget* parent, const QString& title,
                                                    const QString& suggested) override;
};

} // namespace needlechart
