#include "session/NeedlesSection.h"

#include "needlechart/domain/session/SessionValidator.h"
#include "needlechart/ui/session/SessionEditor.h"

#include "common/CarriedMark.h"
#include "common/Theme.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace needlechart {
namespace {

enum RowColumn { GaugeCol, LengthCol, LotCol, InsertedCol, RemovedCol, RemoveCol };

template <typename T>
T* cell(QGridLayout* grid, qsizetype row, int column)
{
    QLayoutItem* item = grid->itemAtPosition(int(row) + 1, column); // row 0 holds the headings
    return item ? qobject_cast<T*>(item->widget()) : nullptr;
}

} // namespace

QList<double> NeedlesSection::standardGauges()
{
    return {0.16, 0.18, 0.20, 0.22, 0.25, 0.30, 0.35, 0.40};
}

QList<int> NeedlesSection::standardLengths()
{
    return {13, 15, 25, 30, 40, 50, 60, 75, 90, 100, 125};
}

NeedlesSection::NeedlesSection(SessionEditor& editor, QWidget* parent)
    : SessionSection(tr("Needles"), editor, parent),
      m_rows(new QGridLayout),
      m_add(new QPushButton(tr("A&dd needles"), this)),
      m_totals(new QLabel(this)),
      m_countNote(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("needlesSection"));
    m_add->setObjectName(QStringLiteral("addNeedlesButton"));
    m_totals->setObjectName(QStringLiteral("needleTotals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setWordWrap(true);
    m_countNote->setObjectName(QStringLiteral("needleCountNoteEdit"));
    m_countNote->setTabChangesFocus(true);
    m_countNote->setPlaceholderText(
        tr("If the count out differs from the count in: what happened and what was done"));
    m_countNote->setAccessibleName(tr("Needle count note"));
    m_countNote->setMaximumHeight(fontMetrics().lineSpacing() * 3);

    const QStringList headings{tr("Gauge"), tr("Length"), tr("Lot"), tr("In"), tr("Out")};
    for (int column = 0; column < headings.size(); ++column) {
        auto* heading = new QLabel(headings.at(column), this);
        heading->setStyleSheet(QStringLiteral("font-weight: bold"));
        m_rows->addWidget(heading, 0, column);
    }
    m_rows->setColumnStretch(LotCol, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_rows);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    layout->addWidget(m_totals);
    layout->addWidget(m_countNote);

    registerField(SessionFields::Needles, m_add);
    bindText(m_countNote, SessionFields::NeedleCountNote, &Session::needleCountNote);
    connect(m_add, &QPushButton::clicked, this, [this] {
        NeedleUse use;
        if (!session().needles.isEmpty()) { // most sessions use one size: start from the last
            use.gaugeMm = session().needles.last().gaugeMm;
            use.lengthMm = session().needles.last().lengthMm;
        }
        this->editor().edit(SessionFields::Needles, [&](Session& s) { s.needles.append(use); });
        this->editor().finishEdit();
    });
    refresh();
}

void NeedlesSection::editRow(qsizetype row, const std::function<void(NeedleUse&)>& change)
{
    editor().edit(SessionFields::row(SessionFields::Needles, row, QString()), [&](Session& s) {
        if (row < s.needles.size()) {
            change(s.needles[row]);
            s.needles[row].carriedFrom = CarriedFrom::Nowhere; // editing a copied row confirms it
        }
    });
}

void NeedlesSection::rebuildRows(qsizetype count)
{
    // Remove the old row widgets (row 0 is the headings).
    for (int r = 1; r < m_rows->rowCount(); ++r) {
        for (int c = 0; c <= RemoveCol; ++c) {
            if (QLayoutItem* item = m_rows->itemAtPosition(r, c)) {
                QWidget* widget = item->widget();
                m_rows->removeItem(item);
                delete item;
                // Later: the row's own Remove button may be what is running now.
                widget->hide();
                widget->deleteLater();
            }
        }
    }
    for (qsizetype row = 0; row < count; ++row) {
        const int gridRow = int(row) + 1;
        const QString number = QString::number(row + 1);
        auto* gauge = new QComboBox(this);
        gauge->setAccessibleName(tr("Needle gauge, row %1").arg(number));
        gauge->addItem(tr("\u2013"), QVariant());
        for (double g : standardGauges())
            gauge->addItem(tr("%1 mm").arg(g, 0, 'f', 2), g);
        auto* length = new QComboBox(this);
        length->setAccessibleName(tr("Needle length, row %1").arg(number));
        length->addItem(tr("\u2013"), QVariant());
        for (int l : standardLengths())
            length->addItem(tr("%1 mm").arg(l), l);
        auto* lot = new QLineEdit(this);
        lot->setPlaceholderText(tr("optional"));
        limitLine(lot, SessionValidator::MaxLotLength);
        lot->setAccessibleName(tr("Lot number, row %1").arg(number));
        auto* inserted = new QSpinBox(this);
        inserted->setRange(0, 500);
        inserted->setAccessibleName(tr("Needles inserted, row %1").arg(number));
        inserted->setObjectName(QStringLiteral("needlesInserted%1").arg(row));
        auto* removed = new QSpinBox(this);
        removed->setRange(0, 500);
        removed->setAccessibleName(tr("Needles counted out, row %1").arg(number));
        removed->setObjectName(QStringLiteral("needlesRemoved%1").arg(row));
        auto* remove = new QToolButton(this);
        remove->setText(tr("Remove"));
        remove->setAccessibleName(tr("Remove needle row %1").arg(number));
        remove->setObjectName(QStringLiteral("removeNeedles%1").arg(row));
        m_rows->addWidget(gauge, gridRow, GaugeCol);
        m_rows->addWidget(length, gridRow, LengthCol);
        m_rows->addWidget(lot, gridRow, LotCol);
        m_rows->addWidget(inserted, gridRow, InsertedCol);
        m_rows->addWidget(removed, gridRow, RemovedCol);
        m_rows->addWidget(remove, gridRow, RemoveCol);
        registerField(SessionFields::row(SessionFields::Needles, row, SessionFields::Inserted),
                      inserted);
        registerField(SessionFields::row(SessionFields::Needles, row, SessionFields::Removed),
                      removed);
        registerField(SessionFields::row(SessionFields::Needles, row, SessionFields::GaugeMm),
                      gauge);
        registerField(SessionFields::row(SessionFields::Needles, row, SessionFields::LengthMm),
                      length);
        registerField(SessionFields::row(SessionFields::Needles, row, SessionFields::Lot), lot);

        connect(gauge, &QComboBox::currentIndexChanged, this, [this, row, gauge](int index) {
            const QVariant value = gauge->itemData(index);
            editRow(row, [&](NeedleUse& use) {
                use.gaugeMm =
                    value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt;
            });
            editor().finishEdit();
        });
        connect(length, &QComboBox::currentIndexChanged, this, [this, row, length](int index) {
            const QVariant value = length->itemData(index);
            editRow(row, [&](NeedleUse& use) {
                use.lengthMm = value.isValid() ? std::optional<int>(value.toInt()) : std::nullopt;
            });
            editor().finishEdit();
        });
        connect(lot, &QLineEdit::textEdited, this, [this, row](const QString& text) {
            editRow(row, [&](NeedleUse& use) { use.lot = text; });
        });
        connect(inserted, &QSpinBox::valueChanged, this, [this, row](int value) {
            editRow(row, [&](NeedleUse& use) { use.inserted = value; });
        });
        connect(removed, &QSpinBox::valueChanged, this, [this, row](int value) {
            editRow(row, [&](NeedleUse& use) { use.removed = value; });
        });
        connect(remove, &QToolButton::clicked, this, [this, row] {
            editor().edit(SessionFields::Needles, [&](Session& s) {
                if (row < s.needles.size())
                    s.needles.removeAt(row);
            });
            editor().finishEdit();
        });
    }
    m_rowCount = count;
}

void NeedlesSection::refreshFields()
{
    const Session& s = session();
    if (s.needles.size() != m_rowCount)
        rebuildRows(s.needles.size());
    for (qsizetype row = 0; row < s.needles.size(); ++row) {
        const NeedleUse& use = s.needles.at(row);
        if (auto* gauge = cell<QComboBox>(m_rows, row, GaugeCol)) {
            const QSignalBlocker block(gauge);
            int index = 0;
            for (int i = 1; i < gauge->count() && use.gaugeMm; ++i) {
                if (qFuzzyCompare(gauge->itemData(i).toDouble(), *use.gaugeMm))
                    index = i;
            }
            if (use.gaugeMm && index == 0) { // an unusual size from elsewhere: show it anyway
                gauge->addItem(tr("%1 mm").arg(*use.gaugeMm, 0, 'f', 2), *use.gaugeMm);
                index = gauge->count() - 1;
            }
            gauge->setCurrentIndex(index);
        }
        if (auto* length = cell<QComboBox>(m_rows, row, LengthCol)) {
            const QSignalBlocker block(length);
            int index = use.lengthMm ? length->findData(*use.lengthMm) : 0;
            if (index < 0) {
                length->addItem(tr("%1 mm").arg(*use.lengthMm), *use.lengthMm);
                index = length->count() - 1;
            }
            length->setCurrentIndex(index);
        }
        if (auto* lot = cell<QLineEdit>(m_rows, row, LotCol))
            showText(lot, use.lot);
        if (auto* inserted = cell<QSpinBox>(m_rows, row, InsertedCol)) {
            const QSignalBlocker block(inserted);
            inserted->setValue(use.inserted);
        }
        if (auto* removed = cell<QSpinBox>(m_rows, row, RemovedCol)) {
            const QSignalBlocker block(removed);
            removed->setValue(use.removed);
        }
        // A row copied from the last session is in italics until it is edited or confirmed.
        for (const int col : {GaugeCol, LengthCol, LotCol, InsertedCol, RemovedCol}) {
            if (auto* widget = cell<QWidget>(m_rows, row, col))
                CarriedMark::show(widget, use.carriedFrom, tr("count today's needles in this row"));
        }
    }
    showText(m_countNote, s.needleCountNote);

    const int in = s.needlesInserted();
    const int out = s.needlesRemoved();
    if (s.needles.isEmpty()) {
        m_totals->setText(tr("No needles recorded yet."));
        m_totals->setStyleSheet(QString());
    } else if (in == out) {
        m_totals->setText(tr("%1 in, %2 counted out: all needles accounted for.").arg(in).arg(out));
        m_totals->setStyleSheet(Theme::labelStyleSheet(Theme::Role::CheckPassedText));
    } else {
        const QString difference = in - out == 1 ? tr("1 needle not accounted for")
                                   : in > out    ? tr("%1 needles not accounted for").arg(in - out)
                                                 : tr("%1 more out than in").arg(out - in);
        if (s.needleCountAccountedFor()) {
            // Explained below: still said, no longer an alarm.
            m_totals->setText(
                tr("%1 in, %2 counted out: %3, explained below.").arg(in).arg(out).arg(difference));
            m_totals->setStyleSheet(Theme::labelStyleSheet(Theme::Role::CautionText));
            return;
        }
        m_totals->setText(tr("%1 in, %2 counted out: %3. Check the patient, the couch and the "
                             "sharps bin, or explain below.")
                              .arg(in)
                              .arg(out)
                              .arg(difference));
        m_totals->setStyleSheet(Theme::labelStyleSheet(Theme::Role::ErrorText, true));
    }
}

} // namespace needlechart
