#pragma once

#include "needlechart/ui/common/MessagePresenter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace needlechart::test {

// A MessagePresenter for tests: remembers every message and answers at once, so no test ever
// waits on a modal box: questions with `answer`, text and reason prompts with `textAnswer`,
// choices with `choiceAnswer`, file dialogs
// with `fileAnswer` (nothing: the person cancelled).
class RecordingMessagePresenter final : public MessagePresenter {
public:
    enum class Kind {
        Information,
        Warning,
        Critical,
        Question,
        Text,
        Password,
        Choice,
        Reason,
        OpenFile,
        SaveFile
    };
    struct Message {
        Kind kind;
        QString title;
        QString text;
    };

    void information(QWidget*, const QString& title, const QString& text) override
    {
        messages.append({Kind::Information, title, text});
    }
    void warning(QWidget*, const QString& title, const QString& text) override
    {
        messages.append({Kind::Warning, title, text});
    }
    void critical(QWidget*, const QString& title, const QString& text) override
    {
        messages.append({Kind::Critical, title, text});
    }
    bool question(QWidget*, const QString& title, const QString& text) override
    {
        messages.append({Kind::Question, title, text});
        return answer;
    }
    std::optional<QString> askText(QWidget*, const QString& title, const QString& label,
                                   const QString& initial) override
    {
        messages.append({Kind::Text, title, label});
        lastInitialText = initial;
        return textAnswer;
    }
    std::optional<int> choose(QWidget*, const QString& title, const QString& text,
                              const QStringList& choices) override
    {
        messages.append({Kind::Choice, title, text});
        lastChoices = choices;
        return choiceAnswer;
    }
    std::optional<QString> askReason(QWidget*, const QString& title, const QString& label,
                                     const QString& confirm, const QString& back) override
    {
        messages.append({Kind::Reason, title, label});
        lastChoices = {confirm, back};
        return textAnswer;
    }
    std::optional<QString> askPassword(QWidget*, const QString& title, const QString& text) override
    {
        messages.append({Kind::Password, title, text});
        return passwordAnswer;
    }
    std::optional<QString> openFileName(QWidget*, const QString& title, const QString& suggested,
                                        const QString&) override
    {
        messages.append({Kind::OpenFile, title, suggested});
        return fileAnswer;
    }
    std::optional<QString> saveFileName(QWidget*, const QString& title, const QString& suggested,
                                        const QString&) override
    {
        messages.append({Kind::SaveFile, title, suggested});
        return fileAnswer;
    }
    std::optional<QString> folderName(QWidget*, const QString& title,
                                      const QString& suggested) override
    {
        messages.append({Kind::OpenFile, title, suggested});
        return fileAnswer;
    }

    QList<Message> messages;
    bool answer = false;
    std::optional<QString> textAnswer;
    std::optional<QString> fileAnswer;
    // What a password question is answered with (nothing: cancelled).
    std::optional<QString> passwordAnswer;
    QString lastInitialText;
    // What a choice is answered with (its index; nothing: the box was closed), and the button
    // texts of the last choice or reason asked.
    std::optional<int> choiceAnswer;
    QStringList lastChoices;
};

} // namespace needlechart::test
