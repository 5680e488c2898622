#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace needlechart {

// How the UI tells a person something that needs acknowledging (an error, a conflict, the
// About text), asks a yes/no question, asks for a line of text, or asks which file to open or
// save. Widgets receive one by reference instead of calling QMessageBox, QInputDialog or
// QFileDialog, so tests substitute a recorder that answers at once and never blocks.
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
    // A line of text typed by the person, starting from `initial`; nothing if they cancelled.
    [[nodiscard]] virtual std::optional<QString> askText(QWidget* parent, const QString& title,
                                                         const QString& label,
                                                         const QString& initial = {}) = 0;
    // One of `choices` (button texts, with mnemonics), by index, or nothing if the person
    // closed the box. The first choice is the default button; Escape is the last.
    [[nodiscard]] virtual std::optional<int> choose(QWidget* parent, const QString& title,
                                                    const QString& text,
                                                    const QStringList& choices) = 0;
    // A reason that must not be empty (why a booking is cancelled, why consent is withdrawn),
    // in a box whose buttons say what they do: `confirm` ("Cancel the appointment") once a
    // reason is typed, `back` ("Keep the appointment"). Nothing if the person went back.
    [[nodiscard]] virtual std::optional<QString> askReason(QWidget* parent, const QString& title,
                                                           const QString& label,
                                                           const QString& confirm,
                                                           const QString& back) = 0;
    // A password typed by the person (hidden as typed) after `text` says what it is for;
    // nothing if they cancelled. Never kept or logged by the presenter.
    [[nodiscard]] virtual std::optional<QString> askPassword(QWidget* parent, const QString& title,
                                                             const QString& text) = 0;
    // The file chosen to open or to save to, starting in or at `suggested`, offering the
    // `filter` ("PDF files (*.pdf)"); nothing if the person cancelled.
    [[nodiscard]] virtual std::optional<QString> openFileName(QWidget* parent, const QString& title,
                                                              const QString& suggested,
                                                              const QString& filter) = 0;
    [[nodiscard]] virtual std::optional<QString> saveFileName(QWidget* parent, const QString& title,
                                                              const QString& suggested,
                                                              const QString& filter) = 0;
    // A folder chosen (a backup disk), starting at `suggested`; nothing if cancelled.
    [[nodiscard]] virtual std::optional<QString> folderName(QWidget* parent, const QString& title,
                                                            const QString& suggested) = 0;

protected:
    MessagePresenter() = default;
    MessagePresenter(const MessagePresenter&) = default;
    MessagePresenter& operator=(const MessagePresenter&) = default;
};

} // namespace needlechart
