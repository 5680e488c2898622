#include "common/ErrorLabel.h"

#include "common/Theme.h"

#include <QLabel>

namespace needlechart {

QLabel* ErrorLabel::create(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setStyleSheet(Theme::labelStyleSheet(Theme::Role::ErrorText));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

void ErrorLabel::show(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace needlechart
