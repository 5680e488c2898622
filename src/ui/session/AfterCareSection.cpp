#include "session/AfterCareSection.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/session/SessionValidator.h"
#include "needlechart/ui/session/SessionEditor.h"

#include "common/CarriedMark.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace needlechart {
namespace {

qsizetype careIndex(const Session& s, OtherCareKind kind)
{
    for (qsizetype i = 0; i < s.otherCare.size(); ++i) {
        if (s.otherCare.at(i).kind == kind)
            return i;
    }
    return -1;
}

bool anyPointOverTheChest(const Session& s)
{
    const MuscleCatalogue& catalogue = MuscleCatalogue::builtIn();
    const QList<TriggerPoint>& points = s.points.points();
    return std::any_of(points.cbegin(), points.cend(), [&](const TriggerPoint& p) {
        const Muscle* muscle = catalogue.find(p.muscleId);
        return muscle && muscle->isPneumothoraxRisk();
    });
}

} // namespace

QString AfterCareSection::standardAdvice(bool overTheChest)
{
    QString text = tr("Soreness for 24 to 48 hours is common: keep moving, use heat. Small bruises "
                      "may appear. If drowsy or light-headed, do not drive until it has passed.");
    if (overTheChest)
        text += QLatin1Char(' ')
                + tr("Needled over the chest: if breathless, chest pain on breathing or a dry "
                     "cough develops in the next hours, seek urgent medical care (possible "
                     "pneumothorax).");
    return text;
}

AfterCareSection::AfterCareSection(SessionEditor& editor, QWidget* parent)
    : SessionSection(tr("After treatment"), editor, parent),
      m_soreness(new QSpinBox(this)),
      m_bruising(new QComboBox(this)),
      m_bruisingSite(new QLineEdit(this)),
      m_tiredness(new QCheckBox(tr("Tiredness or drowsiness reported"), this)),
      m_advice(new QPlainTextEdit(this)),
      m_followUp(new QComboBox(this))
{
    setObjectName(QStringLiteral("afterCareSection"));
    m_soreness->setObjectName(QStringLiteral("sorenessSpin"));
    m_soreness->setAccessibleName(tr("Soreness after treatment, 0 to 10"));
    m_bruising->setObjectName(QStringLiteral("bruisingCombo"));
    m_bruising->setAccessibleName(tr("Bruising"));
    for (BruisingGrade grade : enumValues<BruisingGrade>())
        m_bruising->addItem(enumLabel(grade), enumKey(grade));
    m_bruisingSite->setObjectName(QStringLiteral("bruisingSiteEdit"));
    m_bruisingSite->setPlaceholderText(tr("where"));
    m_bruisingSite->setAccessibleName(tr("Bruising site"));
    m_tiredness->setObjectName(QStringLiteral("tirednessCheck"));
    m_advice->setObjectName(QStringLiteral("adviceEdit"));
    m_advice->setTabChangesFocus(true);
    m_advice->setAccessibleName(tr("Advice given"));
    m_advice->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_followUp->setObjectName(QStringLiteral("followUpCombo"));
    m_followUp->setEditable(true);
    m_followUp->setAccessibleName(tr("Follow-up"));
    m_followUp->lineEdit()->setAccessibleName(m_followUp->accessibleName()); // what is typed
    m_followUp->addItems({QString(), tr("Review in 7 days"), tr("Review in 14 days"),
                          tr("Review in 3 to 4 weeks"), tr("Review as needed"), tr("Discharged")});

    auto* bruising = new QHBoxLayout;
    bruising->addWidget(m_bruising);
    bruising->addWidget(m_bruisingSite, 1);

    auto* care = new QGridLayout;
    int row = 0;
    for (OtherCareKind kind : enumValues<OtherCareKind>()) {
        CareRow r;
        r.given = new QCheckBox(enumLabel(kind), this);
        r.given->setObjectName(QStringLiteral("care-") + enumKey(kind));
        r.note = new QLineEdit(this);
        r.note->setPlaceholderText(tr("what was done"));
        r.note->setAccessibleName(tr("%1: what was done").arg(enumLabel(kind)));
        r.note->setObjectName(QStringLiteral("care-note-") + enumKey(kind));
        limitLine(r.note, SessionValidator::MaxTextLength);
        care->addWidget(r.given, row, 0);
        care->addWidget(r.note, row, 1);
        m_care.insert(int(kind), r);
        connect(r.given, &QCheckBox::toggled, this, [this, kind](bool on) {
            this->editor().edit(SessionFields::Care, [&](Session& s) {
                const qsizetype index = careIndex(s, kind);
                if (on && index < 0)
                    s.otherCare.append(OtherCare{kind, QString()});
                else if (!on && index >= 0)
                    s.otherCare.removeAt(index);
            });
            this->editor().finishEdit();
        });
        connect(r.note, &QLineEdit::textEdited, this, [this, kind](const QString& text) {
            this->editor().edit(
                SessionFields::Care + QLatin1Char('/') + enumKey(kind), [&](Session& s) {
                    const qsizetype index = careIndex(s, kind);
                    if (index >= 0) {
                        s.otherCare[index].note = text;
                        s.otherCare[index].carriedFrom = CarriedFrom::Nowhere; // made today's
                    } else
                        s.otherCare.append(OtherCare{kind, text}); // typing a note ticks the box
                });
        });
        ++row;
    }
    care->setColumnStretch(1, 1);

    auto* standard = new QPushButton(tr("&Insert standard advice"), this);
    standard->setObjectName(QStringLiteral("standardAdviceButton"));
    auto* adviceBox = new QVBoxLayout;
    adviceBox->addWidget(m_advice);
    adviceBox->addWidget(standard, 0, Qt::AlignLeft);

    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("S&oreness (0–10)"), m_soreness);
    form->addRow(tr("Bruising"), bruising);
    form->addRow(QString(), m_tiredness);
    form->addRow(tr("Other care"), care);
    form->addRow(tr("Advice given"), adviceBox);
    form->addRow(tr("&Follow-up"), m_followUp);

    bindScore(m_soreness, SessionFields::Soreness, &Session::soreness);
    bindLine(m_bruisingSite, SessionFields::BruisingSite, &Session::bruisingSite,
             SessionValidator::MaxBruisingSiteLength);
    limitLine(m_followUp->lineEdit(), SessionValidator::MaxFollowUpLength);
    bindText(m_advice, SessionFields::Advice, &Session::advice);
    registerField(SessionFields::Care, m_care.value(0).given);
    registerField(SessionFields::FollowUp, m_followUp);
    for (qsizetype i = 0; i < 8; ++i) // care rows are keyed by their place in the list
        registerField(SessionFields::row(SessionFields::Care, i, SessionFields::Note), this);

    connect(m_bruising, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto grade = enumFromKey<BruisingGrade>(m_bruising->itemData(index).toString());
        this->editor().edit(QStringLiteral("bruising"),
                            [&](Session& s) { s.bruising = grade.value_or(BruisingGrade::None); });
        this->editor().finishEdit();
    });
    connect(m_tiredness, &QCheckBox::toggled, this, [this](bool on) {
        this->editor().edit(QStringLiteral("tiredness"), [&](Session& s) { s.tiredness = on; });
        this->editor().finishEdit();
    });
    connect(m_followUp, &QComboBox::currentTextChanged, this, [this](const QString& text) {
        this->editor().edit(SessionFields::FollowUp, [&](Session& s) { s.followUp = text; });
    });
    connect(standard, &QPushButton::clicked, this, [this] {
        const QString advice = standardAdvice(anyPointOverTheChest(session()));
        this->editor().finishEdit();
        this->editor().edit(SessionFields::Advice, [&](Session& s) {
            s.advice = s.advice.trimmed().isEmpty()
                           ? advice
                           : s.advice.trimmed() + QLatin1Char(' ') + advice;
        });
        this->editor().finishEdit();
    });
    refresh();
}

void AfterCareSection::refreshFields()
{
    const Session& s = session();
    {
        const QSignalBlocker block(m_soreness);
        m_soreness->setValue(s.soreness.value_or(-1));
    }
    {
        const QSignalBlocker block(m_bruising);
        m_bruising->setCurrentIndex(m_bruising->findData(enumKey(s.bruising)));
    }
    showText(m_bruisingSite, s.bruisingSite);
    {
        const QSignalBlocker block(m_tiredness);
        m_tiredness->setChecked(s.tiredness);
    }
    for (OtherCareKind kind : enumValues<OtherCareKind>()) {
        const CareRow r = m_care.value(int(kind));
        const qsizetype index = careIndex(s, kind);
        const QSignalBlocker block(r.given);
        r.given->setChecked(index >= 0);
        showText(r.note, index >= 0 ? s.otherCare.at(index).note : QString());
        const CarriedFrom carried =
            index >= 0 ? s.otherCare.at(index).carriedFrom : CarriedFrom::Nowhere;
        CarriedMark::show(r.given, carried, tr("say what was given today"));
        CarriedMark::show(r.note, carried, tr("say what was given today"));
    }
    showText(m_advice, s.advice);
    if (m_followUp->currentText() != s.followUp) {
        const QSignalBlocker block(m_followUp);
        keepWhole(m_followUp->lineEdit(), s.followUp);
        m_followUp->setCurrentText(s.followUp);
    }
}

} // namespace needlechart
