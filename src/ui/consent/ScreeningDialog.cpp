#include "needlechart/ui/consent/ScreeningDialog.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/domain/consent/ConsentRules.h"
#include "needlechart/domain/consent/ScreeningChecklist.h"
#include "needlechart/services/consent/ConsentService.h"

#include "common/ErrorLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace needlechart {
ScreeningDialog::ScreeningDialog(ConsentService& service, PatientId patientId,
                                 const QString& patientName, User user, QWidget* parent)
    : QDialog(parent),
      m_service(service),
      m_patientId(patientId),
      m_user(std::move(user)),
      m_error(ErrorLabel::create(this))
{
    setObjectName(QStringLiteral("screeningDialog"));
    setWindowTitle(tr("Precaution screening \u2014 %1").arg(DisplayText::isolate(patientName)));

    auto* absolute = new QGroupBox(tr("Do not needle if any of these applies"), this);
    auto* relative = new QGroupBox(
        tr("Precautions: tick what applies and note how it changes the treatment"), this);
    auto* absoluteGrid = new QGridLayout(absolute);
    auto* relativeGrid = new QGridLayout(relative);
    int absoluteRow = 0;
    int relativeRow = 0;
    for (const ScreeningItem& item : ScreeningChecklist::items()) {
        const bool isAbsolute = item.weight == ScreeningWeight::Absolute;
        QGroupBox* box = isAbsolute ? absolute : relative;
        QGridLayout* grid = isAbsolute ? absoluteGrid : relativeGrid;
        int& row = isAbsolute ? absoluteRow : relativeRow;
        Row r;
        r.present = new QCheckBox(item.label, box);
        r.present->setObjectName(QStringLiteral("screen-") + item.key);
        r.note = new QLineEdit(box);
        r.note->setObjectName(QStringLiteral("screen-note-") + item.key);
        r.note->setPlaceholderText(isAbsolute ? tr("note (optional)") : tr("note"));
        r.note->setMaxLength(ConsentRules::MaxNoteLength);
        r.note->setAccessibleName(tr("Note: %1").arg(item.label));
        r.note->setEnabled(false);
        r.error = ErrorLabel::create(box);
        grid->addWidget(r.present, row, 0);
        grid->addWidget(r.note, row, 1);
        grid->addWidget(r.error, row + 1, 0, 1, 2);
        row += 2;
        connect(r.present, &QCheckBox::toggled, r.note, &QLineEdit::setEnabled);
        m_rows.insert(item.key, r);
    }
    absoluteGrid->setColumnStretch(1, 1);
    relativeGrid->setColumnStretch(1, 1);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(absolute);
    contentLayout->addWidget(relative);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* intro =
        new QLabel(tr("Ask each question. The screening is dated now and signed by %1; it stays "
                      "current for the clinic's review interval.")
                       .arg(m_user.displayName),
                   this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* saveButton =
        buttons->addButton(tr("Save screening"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("saveScreeningButton"));
    saveButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 640);

    connect(buttons, &QDialogButtonBox::accepted, this, &ScreeningDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ScreeningDialog::save()
{
    Screening screening;
    screening.patientId = m_patientId;
    for (const ScreeningItem& item : ScreeningChecklist::items()) {
        const Row r = m_rows.value(item.key);
        screening.answers.append(
            ScreeningAnswer{item.key, r.present->isChecked(),
                            r.present->isChecked() ? r.note->text().trimmed() : QString()});
    }
    auto stored = m_service.recordScreening(screening, m_user);
    for (const Row& r : std::as_const(m_rows))
        r.error->hide();
    if (stored) {
        Q_EMIT saved();
        accept();
        return;
    }
    const Error& error = stored.error();
    for (const FieldError& field : error.fieldErrors) {
        if (const auto found = m_rows.find(field.field); found != m_rows.end()) {
            found->error->setText(field.message);
            found->error->show();
        }
    }
    m_error->setText(error.message);
    m_error->show();
}

} // namespace needlechart
