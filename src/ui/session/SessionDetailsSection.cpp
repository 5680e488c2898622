#include "session/SessionDetailsSection.h"

#include "needlechart/domain/session/SessionValidator.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/session/SessionEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace needlechart {

SessionDetailsSection::SessionDetailsSection(SessionEditor& editor, QWidget* parent)
    : SessionSection(tr("Treatment"), editor, parent),
      m_treatedAt(new QDateTimeEdit(this)),
      m_clinician(new QLabel(this)),
      m_complaint(new QPlainTextEdit(this)),
      m_positions(new QWidget(this)),
      m_painBefore(new QSpinBox(this)),
      m_painAfter(new QSpinBox(this)),
      m_notNeedled(new QCheckBox(tr("&Not needled this visit"), this)),
      m_notNeedledReason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("treatmentSection"));
    m_treatedAt->setObjectName(QStringLiteral("treatedAtEdit"));
    m_treatedAt->setCalendarPopup(true);
    m_treatedAt->setDisplayFormat(DateText::dateTimeEditFormat());
    m_treatedAt->setTimeSpec(Qt::LocalTime);
    m_treatedAt->setAccessibleName(tr("Date and time of treatment"));
    m_clinician->setObjectName(QStringLiteral("clinicianValue"));
    m_clinician->setTextFormat(Qt::PlainText);
    m_complaint->setObjectName(QStringLiteral("complaintEdit"));
    m_complaint->setTabChangesFocus(true);
    m_complaint->setPlaceholderText(tr("What brings the patient today"));
    m_complaint->setAccessibleName(tr("Presenting complaint"));
    m_complaint->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    // A box per position: a session may move the patient (prone for the back, then side-lying
    // for the hip), so each is ticked as used.
    m_positions->setObjectName(QStringLiteral("positionBoxes"));
    m_positions->setAccessibleName(tr("Patient positions"));
    auto* positionGrid = new QGridLayout(m_positions);
    positionGrid->setContentsMargins(0, 0, 0, 0);
    positionGrid->setHorizontalSpacing(12);
    positionGrid->setVerticalSpacing(2);
    const QList<PatientPosition> positions = enumValues<PatientPosition>();
    for (int i = 0; i < positions.size(); ++i) {
        const PatientPosition position = positions.at(i);
        auto* box = new QCheckBox(enumLabel(position), m_positions);
        box->setObjectName(QStringLiteral("position_") + enumKey(position));
        box->setAccessibleName(tr("Position: %1").arg(enumLabel(position)));
        positionGrid->addWidget(box, i / 2, i % 2);
        m_positionBoxes.append(box);
        connect(box, &QCheckBox::toggled, this, [this, position](bool on) {
            this->editor().edit(SessionFields::Position, [&](Session& s) {
                s.positions = withPatientPosition(s.positions, position, on);
            });
            this->editor().finishEdit();
        });
    }
    m_painBefore->setObjectName(QStringLiteral("painBeforeSpin"));
    m_painBefore->setAccessibleName(tr("Pain before treatment, 0 to 10"));
    m_painAfter->setObjectName(QStringLiteral("painAfterSpin"));
    m_painAfter->setAccessibleName(tr("Pain after treatment, 0 to 10"));

    m_notNeedled->setObjectName(QStringLiteral("notNeedledCheck"));
    m_notNeedled->setToolTip(
        tr("For a visit where no needle was used: the note then holds no points or needles, "
           "says why, and can be signed without needling consent or clearance."));
    m_notNeedledReason->setObjectName(QStringLiteral("notNeedledReasonEdit"));
    m_notNeedledReason->setPlaceholderText(
        tr("Why not: e.g. screening found anticoagulant therapy; soft tissue work instead"));
    m_notNeedledReason->setAccessibleName(tr("Why no needling was done"));

    auto* pain = new QHBoxLayout;
    pain->addWidget(new QLabel(tr("before"), this));
    pain->addWidget(m_painBefore);
    pain->addSpacing(12);
    pain->addWidget(new QLabel(tr("after"), this));
    pain->addWidget(m_painAfter);
    pain->addStretch(1);

    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Treated &at"), m_treatedAt);
    form->addRow(tr("Clinician"), m_clinician);
    form->addRow(tr("Presenting &complaint"), m_complaint);
    form->addRow(tr("Position"), m_positions);
    form->addRow(tr("Pain (NPRS 0–10)"), pain);
    form->addRow(QString(), m_notNeedled);
    form->addRow(QString(), m_notNeedledReason);

    registerField(SessionFields::TreatedAt, m_treatedAt);
    registerField(SessionFields::Clinician, m_clinician);
    registerField(SessionFields::Position, m_positionBoxes.first());
    bindText(m_complaint, SessionFields::PresentingComplaint, &Session::presentingComplaint);
    bindScore(m_painBefore, SessionFields::PainBefore, &Session::painBefore);
    bindScore(m_painAfter, SessionFields::PainAfter, &Session::painAfter);
    bindLine(m_notNeedledReason, SessionFields::NotNeedled, &Session::notNeedledReason,
             SessionValidator::MaxTextLength);
    registerField(SessionFields::NotNeedled, m_notNeedled);
    registerField(SessionFields::NotNeedled, m_notNeedledReason); // the reason is what to fill

    connect(m_notNeedled, &QCheckBox::toggled, this, [this](bool on) {
        this->editor().edit(SessionFields::NotNeedled, [&](Session& s) { s.notNeedled = on; });
        this->editor().finishEdit();
        if (on)
            m_notNeedledReason->setFocus();
    });

    connect(m_treatedAt, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime& local) {
        this->editor().edit(SessionFields::TreatedAt,
                            [&](Session& s) { s.treatedAt = local.toUTC(); });
    });
    refresh();
}

void SessionDetailsSection::refreshFields()
{
    const Session& s = session();
    {
        const QSignalBlocker block(m_treatedAt);
        m_treatedAt->setDateTime(s.treatedAt.toLocalTime());
    }
    m_clinician->setText(s.clinician.isEmpty() ? tr("(not recorded)") : s.clinician);
    showText(m_complaint, s.presentingComplaint);
    const QList<PatientPosition> positions = enumValues<PatientPosition>();
    for (int i = 0; i < m_positionBoxes.size(); ++i) {
        const QSignalBlocker block(m_positionBoxes.at(i));
        m_positionBoxes.at(i)->setChecked(s.positions.contains(positions.at(i)));
    }
    const QSignalBlocker blockBefore(m_painBefore);
    m_painBefore->setValue(s.painBefore.value_or(-1));
    const QSignalBlocker blockAfter(m_painAfter);
    m_painAfter->setValue(s.painAfter.value_or(-1));
    {
        const QSignalBlocker block(m_notNeedled);
        m_notNeedled->setChecked(s.notNeedled);
    }
    showText(m_notNeedledReason, s.notNeedledReason);
    m_notNeedledReason->setVisible(s.notNeedled);
}

} // namespace needlechart
