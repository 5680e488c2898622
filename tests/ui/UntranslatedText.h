#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTextDocument>
#include <QTranslator>
#include <QWidget>

#include <algorithm>
#include <functional>

namespace needlechart::test {

// The German translation (compiled into the ui library as :/i18n/needlechart_de.qm), keeping
// every text it gave and every lookup of ours it had no text for. Qt's own contexts (QDialog-
// ButtonBox, QLineEdit's menu, ...) are Qt's translation's business and not recorded.
class RecordingTranslator final : public QTranslator {
public:
    [[nodiscard]] bool loadGerman()
    {
        return m_german.load(QStringLiteral(":/i18n/needlechart_de.qm"));
    }

    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        const QString result = m_german.translate(context, source, disambiguation, n);
        if (!source || !*source || !context || context[0] == 'Q')
            return result;
        if (result.isEmpty())
            m_missed.insert(QString::fromUtf8(context) + QStringLiteral(": ")
                            + QString::fromUtf8(source));
        else
            m_given.insert(result);
        return result;
    }

    [[nodiscard]] bool isEmpty() const override { return false; }

    [[nodiscard]] QStringList missed() const
    {
        QStringList list(m_missed.cbegin(), m_missed.cend());
        list.sort();
        return list;
    }

    // What is left of `shown` once every piece of text this translator gave is taken out of
    // it: the words nobody translated. Placeholders (%1, %n) split a translation into pieces.
    [[nodiscard]] QStringList untranslatedWords(const QString& shown) const
    {
        if (m_pieces.isEmpty() || m_piecesFrom != m_given.size())
            collectPieces();
        QString rest = withoutMnemonics(shown);
        for (const QString& piece : m_pieces)
            rest.replace(piece, QStringLiteral(" "));
        static const QRegularExpression word(QStringLiteral(R"(\p{L}{2,})"));
        QStringList words;
        for (auto it = word.globalMatch(rest); it.hasNext();)
            words << it.next().captured();
        return words;
    }

    static QString withoutMnemonics(QString text)
    {
        text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
        text.remove(QLatin1Char('&'));
        text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
        return text;
    }

private:
    void collectPieces() const
    {
        static const QRegularExpression placeholder(QStringLiteral(R"(%L?\d|%n|<[^>]*>)"));
        QSet<QString> pieces;
        for (const QString& given : m_given) {
            QString plain = withoutMnemonics(given);
            if (plain.contains(QLatin1Char('<')))
                plain = plainText(plain) + QLatin1Char('\x02') + plain;
            for (const QString& piece : plain.split(placeholder, Qt::SkipEmptyParts)) {
                for (const QString& part : piece.split(QLatin1Char('\x02'))) {
                    if (part.trimmed().size() >= 2)
                        pieces.insert(part);
                }
            }
        }
        m_pieces = QStringList(pieces.cbegin(), pieces.cend());
        // Longest first, so that a sentence goes before the words it contains.
        std::sort(m_pieces.begin(), m_pieces.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
        m_piecesFrom = m_given.size();
    }

    static QString plainText(const QString& html)
    {
        QTextDocument document;
        document.setHtml(html);
        return document.toPlainText();
    }

    QTranslator m_german;
    mutable QSet<QString> m_given;
    mutable QSet<QString> m_missed;
    mutable QStringList m_pieces;
    mutable qsizetype m_piecesFrom = -1;
};

// Every text a person reads in `window` now: labels, buttons, group boxes, tabs, placeholders,
// tool tips, column headings, combo box entries, window titles and every entry of its menus
// (including the menus behind buttons). Rich text is taken as plain text.
inline QStringList shownTexts(QWidget* window)
{
    QStringList texts;
    const auto add = [&texts](const QString& text) {
        QString plain = text;
        if (Qt::mightBeRichText(plain)) {
            QTextDocument document;
            document.setHtml(plain);
            plain = document.toPlainText();
        }
        if (!plain.trimmed().isEmpty())
            texts << plain;
    };
    std::function<void(QMenu*)> addMenu = [&](QMenu* menu) {
        add(menu->title());
        for (QAction* action : menu->actions()) {
            if (!action->isVisible())
                continue;
            add(action->text());
            if (action->menu())
                addMenu(action->menu());
        }
    };
    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    widgets.prepend(window);
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(window) && widget != window)
            continue;
        if (widget->isWindow())
            add(widget->windowTitle());
        add(widget->toolTip());
        if (auto* label = qobject_cast<QLabel*>(widget))
            add(label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button->text());
        else if (auto* box = qobject_cast<QGroupBox*>(widget))
            add(box->title());
        else if (auto* edit = qobject_cast<QLineEdit*>(widget))
            add(edit->placeholderText());
        else if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i));
        } else if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
            if (QAbstractItemModel* model = view->model()) {
                for (int c = 0; c < model->columnCount(); ++c)
                    add(model->headerData(c, Qt::Horizontal).toString());
            }
        }
        for (QAction* action : widget->actions()) {
            if (action->menu())
                addMenu(action->menu());
        }
        if (auto* button = qobject_cast<QPushButton*>(widget); button && button->menu())
            addMenu(button->menu());
    }
    return texts;
}

} // namespace needlechart::test
