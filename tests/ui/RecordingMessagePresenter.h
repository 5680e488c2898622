#pragma once

#include "needlechart/ui/MessagePresenter.h"

#include <QList>
#include <QString>

namespace needlechart::test {

// A MessagePresenter for tests: remembers every message and answers questions at once with
// `answer`, so no test ever waits on a modal box.
class RecordingMessagePresenter final : public MessagePresenter {
public:
    enum class Kind { Information, Warning, Critical, Question };
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

    QList<Message> messages;
    bool answer = false;
};

} // namespace needlechart::test
