#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QPlainTextEdit;

namespace needlechart {

// How many characters a multi-line field holds against its limit, shown small in the field's
// bottom-right corner once the text reaches nine tenths of the limit ("3,712 of 4,000
// characters"), and in the error colour once over it, so a limit is never first met when saving.
// Typing is not cut off: the rule behind the field names it and its limit when the text is
// saved, and a longer text stored before the limit is still shown whole. A QLineEdit needs none
// of this: QLineEdit::setMaxLength stops typing at the limit.
class CharacterCounter : public QObject {
    Q_OBJECT
public:
    // Adds a counter to `edit`, owned by it; returns the counter's label.
    static QLabel* attach(QPlainTextEdit* edit, int limit);
    // What the counter says for `length` characters against `limit`.
    [[nodiscard]] static QString text(qsizetype length, int limit);
    // Whether it says anything at all.
    [[nodiscard]] static bool shown(qsizetype length, int limit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    CharacterCounter(QPlainTextEdit* edit, int limit);
    void update();
    void place();

    QPlainTextEdit* m_edit;
    QLabel* m_label;
    int m_limit;
};

} // namespace needlechart
