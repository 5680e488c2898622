#pragma once

#include <QString>

class QWidget;

namespace needlechart {

// How the UI tells a person something that needs acknowledging (an error, a conflict, the
// About text) or asks a yes/no question. Widgets receive one by reference instead of calling
// QMessageBox, so tests substitute a recorder that answers at once and never blocks.
// `parent` is the window the message belongs to; it may be null.
class MessagePresenter {
public:
    virtual ~MessagePresenter();

    virtual void information(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void warning(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void critical(QWidget* parent, const QString& title, const QString& text) = 0;
    // True if the person answered yes; the safe answer (no) is the default button.
    [[nodiscard]] virtual bool question(QWidget* parent, const QString& title,
                                        const QString& text) = 0;

protected:
    MessagePresenter() = default;
    MessagePresenter(const MessagePresenter&) = default;
    MessagePresenter& operator=(const MessagePresenter&) = default;
};

} // namespace needlechart
