#include "needlechart/ui/common/QtMessagePresenter.h"

#include "needlechart/ui/common/ReasonDialog.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace needlechart {

void QtMessagePresenter::information(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

void QtMessagePresenter::warning(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

void QtMessagePresenter::critical(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::critical(parent, title, text);
}

bool QtMessagePresenter::question(QWidget* parent, const QString& title, const QString& text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No)
           == QMessageBox::Yes;
}

std::optional<QString> QtMessagePresenter::askText(QWidget* parent, const QString& title,
                                                   const QString& label, const QString& initial)
{
    bool ok = false;
    const QString text =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

std::optional<int> QtMessagePresenter::choose(QWidget* parent, const QString& title,
                                              const QString& text, const QStringList& choices)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton*> buttons;
    for (const QString& choice : choices)
        buttons.append(box.addButton(choice, QMessageBox::ActionRole));
    if (buttons.isEmpty())
        return std::nullopt;
    box.setDefaultButton(qobject_cast<QPushButton*>(buttons.first()));
    box.setEscapeButton(buttons.last());
    box.exec();
    const qsizetype chosen = buttons.indexOf(box.clickedButton());
    if (chosen < 0)
        return std::nullopt;
    return int(chosen);
}

std::optional<QString> QtMessagePresenter::askReason(QWidget* parent, const QString& title,
                                                     const QString& label, const QString& confirm,
                                                     const QString& back)
{
    ReasonDialog dialog(title, label, confirm, back, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

std::optional<QString> QtMessagePresenter::askPassword(QWidget* parent, const QString& title,
                                                       const QString& text)
{
    bool ok = false;
    const QString password =
        QInputDialog::getText(parent, title, text, QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

std::optional<QString> QtMessagePresenter::openFileName(QWidget* parent, const QString& title,
                                                        const QString& suggested,
                                                        const QString& filter)
{
    const QString path = QFileDialog::getOpenFileName(parent, title, suggested, filter);
    if (path.isEmpty())
        return std::nullopt;
    return path;
}

std::optional<QString> QtMessagePresenter::saveFileName(QWidget* parent, const QString& title,
                                                        const QString& suggested,
                                                        const QString& filter)
{
    const QString path = QFileDialog::getSaveFileName(parent, title, suggested, filter);
    if (path.isEmpty())
        return std::nullopt;
    return path;
}

std::optional<QString> QtMessagePresenter::folderName(QWidget* parent, const QString& title,
                                                      const QString& suggested)
{
    const QString path = QFileDialog::getExistingDirectory(parent, title, suggested);
    if (path.isEmpty())
        return std::nullopt;
    return path;
}

} // namespace needlechart
