#pragma once

#include <QStyledItemDelegate>

namespace needlechart {

// Edits PointTableModel's enumerated columns with a combo box of PointTableModel::ChoicesRole;
// every other column with the default editor.
class PointTableDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace needlechart
