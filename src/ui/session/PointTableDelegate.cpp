#include "session/PointTableDelegate.h"

#include "needlechart/domain/session/SessionValidator.h"
#include "needlechart/ui/session/PointTableModel.h"

#include <QComboBox>
#include <QLineEdit>

#include <algorithm>

namespace needlechart {

QWidget* PointTableDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const
{
    const QStringList choices = index.data(PointTableModel::ChoicesRole).toStringList();
    if (choices.isEmpty()) {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        // A point's notes stop at their limit as they are typed (a longer stored text is shown
        // whole: the limit then rises to it, and the rule names it when the note is saved).
        if (auto* line = qobject_cast<QLineEdit*>(editor);
            line && index.column() == PointTableModel::NotesColumn)
            line->setMaxLength(std::max(SessionValidator::MaxTextLength,
                                        int(index.data(Qt::EditRole).toString().size())));
        return editor;
    }
    auto* combo = new QComboBox(parent);
    combo->addItems(choices);
    return combo;
}

void PointTableDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PointTableDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                      const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace needlechart
