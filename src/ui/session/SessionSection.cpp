#include "session/SessionSection.h"

#include "needlechart/domain/session/SessionValidator.h"
#include "needlechart/ui/session/SessionEditor.h"

#include "common/CharacterCounter.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>

namespace needlechart {
namespace {

// The limit limitLine() set, kept on the widget so keepWhole() can restore it.
constexpr char LimitProperty[] = "needlechartTextLimit";

// Ends the editor's merge run when a field loses focus, so the next edit of it is a new step.
class FinishEditOnFocusOut : public QObject {
public:
    FinishEditOnFocusOut(SessionEditor& editor, QObject* parent) : QObject(parent), m_editor(editor)
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_editor.finishEdit();
        return QObject::eventFilter(watched, event);
    }

private:
    SessionEditor& m_editor;
};

} // namespace

SessionSection::SessionSection(const QString& title, SessionEditor& editor, QWidget* parent)
    : QGroupBox(title, parent), m_editor(editor)
{}

const Session& SessionSection::session() const
{
    return m_editor.session();
}

void SessionSection::refresh()
{
    refreshFields();
    const bool readOnly = m_editor.isReadOnly();
    if (m_readOnly != readOnly || readOnly) { // rows rebuilt since need it too
        m_readOnly = readOnly;
        applyReadOnly(readOnly);
    }
}

QWidget* SessionSection::widgetFor(const QString& field) const
{
    QString key = field;
    while (!key.isEmpty()) {
        if (QWidget* widget = m_fields.value(key))
            return widget;
        const qsizetype slash = key.lastIndexOf(QLatin1Char('/'));
        if (slash < 0)
            break;
        key.truncate(slash);
    }
    return nullptr;
}

void SessionSection::registerField(const QString& field, QWidget* widget)
{
    m_fields.insert(field, widget);
}

void SessionSection::bindText(QPlainTextEdit* edit, const QString& field, QString Session::*member)
{
    registerField(field, edit);
    edit->installEventFilter(new FinishEditOnFocusOut(m_editor, edit));
    CharacterCounter::attach(edit, SessionValidator::MaxTextLength);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, field, member] {
        const QString text = edit->toPlainText();
        m_editor.edit(field, [&](Session& s) { s.*member = text; });
    });
}

void SessionSection::bindLine(QLineEdit* edit, const QString& field, QString Session::*member,
                              int limit)
{
    registerField(field, edit);
    limitLine(edit, limit);
    edit->installEventFilter(new FinishEditOnFocusOut(m_editor, edit));
    connect(edit, &QLineEdit::textEdited, this, [this, field, member](const QString& text) {
        m_editor.edit(field, [&](Session& s) { s.*member = text; });
    });
}

void SessionSection::configureScore(QSpinBox* spin)
{
    spin->setRange(-1, 10);
    spin->setSpecialValueText(tr("not recorded"));
    spin->setValue(-1);
    spin->setAccelerated(false);
}

void SessionSection::bindScore(QSpinBox* spin, const QString& field,
                               std::optional<int> Session::*member)
{
    configureScore(spin);
    registerField(field, spin);
    connect(spin, &QSpinBox::valueChanged, this, [this, field, member](int value) {
        m_editor.edit(field, [&](Session& s) {
            s.*member = value < 0 ? std::optional<int>() : std::optional<int>(value);
        });
        m_editor.finishEdit(); // each score change is its own step
    });
}

void SessionSection::showText(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text) {
        const QSignalBlocker block(edit);
        edit->setPlainText(text);
    }
}

void SessionSection::limitLine(QLineEdit* edit, int limit)
{
    edit->setProperty(LimitProperty, limit);
    edit->setMaxLength(limit);
}

void SessionSection::keepWhole(QLineEdit* edit, const QString& text)
{
    if (const int limit = edit->property(LimitProperty).toInt(); limit > 0)
        edit->setMaxLength(std::max(limit, int(text.size())));
}

void SessionSection::showText(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text) {
        keepWhole(edit, text);
        const QSignalBlocker block(edit);
        edit->setText(text);
    }
}

void SessionSection::showAsReadOnly(QWidget* field, bool readOnly)
{
    if (!readOnly) {
        field->setPalette(QPalette());
        field->setAttribute(Qt::WA_SetPalette, false); // inherit the window's again
        return;
    }
    QPalette palette = field->palette();
    palette.setBrush(QPalette::Base, palette.brush(QPalette::Window));
    field->setPalette(palette);
}

void SessionSection::applyReadOnly(bool readOnly)
{
    // A signed note stays readable: text fields become read-only rather than greyed out, and
    // lose the white of a field that takes typing (they take the window's colour instead).
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        if (!qobject_cast<QAbstractSpinBox*>(edit->parentWidget())
            && !qobject_cast<QComboBox*>(edit->parentWidget())) {
            edit->setReadOnly(readOnly);
            showAsReadOnly(edit, readOnly);
        }
    }
    for (QPlainTextEdit* edit : findChildren<QPlainTextEdit*>()) {
        edit->setReadOnly(readOnly);
        showAsReadOnly(edit, readOnly);
    }
    for (QAbstractSpinBox* spin : findChildren<QAbstractSpinBox*>()) {
        spin->setReadOnly(readOnly);
        spin->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons
                                        : QAbstractSpinBox::UpDownArrows);
        showAsReadOnly(spin, readOnly);
    }
    for (QComboBox* combo : findChildren<QComboBox*>())
        combo->setEnabled(!readOnly);
    // Check boxes keep showing what was recorded; buttons that add or remove rows go away.
    for (QAbstractButton* button : findChildren<QAbstractButton*>()) {
        if (qobject_cast<QCheckBox*>(button))
            button->setEnabled(!readOnly);
        else
            button->setVisible(!readOnly);
    }
}

} // namespace needlechart
