#include "needlechart/ui/patients/PatientDetailsPanel.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/ui/common/DateText.h"

#include "common/FocusOrder.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace needlechart {

namespace {

enum Page { MessagePage, DetailsPage };

// Patient text is shown as typed: never interpreted as rich text, and selectable so the front
// desk can copy a phone number or address.
constexpr const char* CaptionProperty = "needlechartCaption";

void makePatientText(QLabel* label)
{
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

QString orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("\u2014") : text;
}

void setMuted(QLabel* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
}

} // namespace

PatientDetailsPanel::PatientDetailsPanel(PatientService& service, User user,
                                         ChangeNotifier& notifier, QWidget* parent)
    : QWidget(parent),
      m_service(service),
      m_user(std::move(user)),
      m_pages(new QStackedWidget(this))
{
    m_message = new QLabel(m_pages);
    m_message->setObjectName(QStringLiteral("detailsMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    setMuted(m_message);
    m_pages->insertWidget(MessagePage, m_message);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(&notifier, &ChangeNotifier::changed, this, [this](const ChangeEvent& event) {
        if (event.entity == ChangeEvent::Entity::Patient && m_patientId > 0
            && event.ids.contains(m_patientId))
            reload();
    });

    showPatient(0);
}

void PatientDetailsPanel::buildDetailsPage()
{
    auto* details = new QWidget;
    m_name = new QLabel(details);
    m_name->setObjectName(QStringLiteral("nameValue"));
    makePatientText(m_name);
    QFont titleFont = m_name->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_name->setFont(titleFont);
    m_recordNumber = new QLabel(details);
    m_recordNumber->setObjectName(QStringLiteral("recordNumberValue"));
    setMuted(m_recordNumber);
    m_editButton = new QPushButton(tr("Edit details\u2026"), details);
    m_editButton->setObjectName(QStringLiteral("editPatientButton"));
    m_editButton->setToolTip(tr("Edit this patient's registration details (Ctrl+E)"));

    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_name);
    titles->addWidget(m_recordNumber);
    auto* header = new QHBoxLayout;
    header->addLayout(titles, 1);
    header->addWidget(m_editButton, 0, Qt::AlignTop);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_preferredName = addValueRow(form, tr("Preferred name"), QStringLiteral("preferredNameValue"));
    m_dateOfBirth = addValueRow(form, tr("Date of birth"), QStringLiteral("dateOfBirthValue"));
    m_sex = addValueRow(form, tr("Sex"), QStringLiteral("sexValue"));
    m_phone = addValueRow(form, tr("Phone"), QStringLiteral("phoneValue"));
    m_email = addValueRow(form, tr("Email"), QStringLiteral("emailValue"));
    m_address = addValueRow(form, tr("Address"), QStringLiteral("addressValue"));
    m_referrer = addValueRow(form, tr("GP / referrer"), QStringLiteral("referrerValue"));
    m_notes = addValueRow(form, tr("Admin notes"), QStringLiteral("notesValue"));
    m_lastVisit = addValueRow(form, tr("Last visit"), QStringLiteral("lastVisitValue"));

    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addLayout(header);
    detailsLayout->addSpacing(fontMetrics().height() / 2);
    detailsLayout->addLayout(form);
    detailsLayout->addStretch(1);

    // Long notes or addresses scroll inside the panel instead of pushing the window taller.
    auto* scroll = new QScrollArea(m_pages);
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_pages->insertWidget(DetailsPage, scroll);
    // Built on the first patient shown, so it joined the window's Tab order last.
    FocusOrder::followLayout(window());

    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (m_patientId > 0)
            Q_EMIT editRequested(m_patientId);
    });
}

QLabel* PatientDetailsPanel::addValueRow(QFormLayout* form, const QString& label,
                                         const QString& objectName)
{
    auto* value = new QLabel;
    value->setObjectName(objectName);
    makePatientText(value);
    value->setProperty(CaptionProperty, label);
    form->addRow(label, value);
    if (auto* caption = qobject_cast<QLabel*>(form->labelForField(value)))
        caption->setBuddy(value);
    m_values.append(value);
    return value;
}

void PatientDetailsPanel::showPatient(PatientId id)
{
    m_patientId = id;
    if (id <= 0) {
        showMessage(tr("Select a patient in the list to see their details."));
        return;
    }
    reload();
}

void PatientDetailsPanel::showMessage(const QString& text)
{
    m_message->setText(text);
    m_pages->setCurrentIndex(MessagePage);
}

void PatientDetailsPanel::reload()
{
    const Result<Patient> result = m_service.get(m_patientId, m_user);
    if (!result.ok()) {
        if (result.error().code == ErrorCode::NotFound)
            showMessage(tr("This patient is no longer in the database."));
        else
            showMessage(
                tr("The patient's details could not be read.\n%1").arg(result.error().message));
        return;
    }
    const Patient& patient = result.value();
    if (!m_name)
        buildDetailsPage();
    m_name->setText(patient.isolatedDisplayName());
    m_recordNumber->setText(tr("Patient #%1").arg(patient.id));
    m_preferredName->setText(orDash(patient.preferredName));
    if (const std::optional<int> age = patient.ageOn(m_service.clock().today()))
        //: Date of birth and age in years, e.g. "12/03/1984, age 42"
        m_dateOfBirth->setText(
            tr("%1, age %2").arg(DateText::format(patient.dateOfBirth)).arg(*age));
    else
        m_dateOfBirth->setText(orDash(DateText::format(patient.dateOfBirth)));
    m_sex->setText(sexLabel(patient.sex));
    m_phone->setText(orDash(patient.phone));
    m_email->setText(orDash(patient.email));
    m_address->setText(orDash(patient.address));
    m_referrer->setText(orDash(patient.referrer));
    m_notes->setText(orDash(patient.notes));
    m_lastVisit->setText(patient.lastVisitOn.isValid() ? DateText::format(patient.lastVisitOn)
                                                       : tr("Not seen yet"));
    // A screen reader reads the caption with the value ("Phone: 0113 496 0000"), not the
    // caption alone.
    for (QLabel* value : std::as_const(m_values))
        value->setAccessibleName(
            tr("%1: %2").arg(value->property(CaptionProperty).toString(), value->text()));
    m_pages->setCurrentIndex(DetailsPage);
}

} // namespace needlechart
