// File ▸ Export whole record…: a clinician saves a patient's whole record as one archive whose
// PDF a person can read (poppler reads it back: the overview, every note in full with its
// amendments, the leaflet given) and whose FHIR Bundle is beside it; a refusal is said and
// nothing is written.
#include "transfer/WholeRecordFlow.h"

#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/demo/DemoSessions.h"
#include "needlechart/storage/patients/PatientRepository.h"
#include "needlechart/storage/session/SessionRepository.h"
#include "needlechart/ui/settings/AppSettings.h"

#include "PdfTools.h"
#include "RecordingMessagePresenter.h"
#include "SigningClinician.h"
#include "TestClinic.h"
#include "ZipTools.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

namespace needlechart {
namespace {

class WholeRecordFlowTest : public ::testing::Test {
protected:
    WholeRecordFlowTest()
    {
        // Made-up patients with consents, screenings and signed notes, as the demo has them.
        auto notes = DemoSessions::populateClinic(
            clinic.services(), 3, 19,
            [](const MuscleId& muscle, BodySide side) -> std::optional<TriggerPoint> {
                return TriggerPoint(0, BodyView::Anterior, muscle, side, QPointF(0.5, 0.4));
            });
        EXPECT_TRUE(notes.ok());
        auto ids = clinic.services().patientRepository().firstRegistered(3);
        if (!ids)
            return;
        for (PatientId id : *ids) {
            auto history = clinic.services().sessionRepository().history(id);
            if (!history)
                continue;
            for (const SessionSummary& s : *history)
                if (s.status == SessionStatus::Signed && !s.notNeedled) {
                    patientId = id;
                    signedId = s.id;
                }
            if (patientId > 0)
                break;
        }
    }

    int warnings() const
    {
        return int(std::count_if(messages.messages.cbegin(), messages.messages.cend(),
                                 [](const test::RecordingMessagePresenter::Message& m) {
                                     return m.kind
                                            == test::RecordingMessagePresenter::Kind::Warning;
                                 }));
    }

    test::TestClinic clinic;
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    test::RecordingMessagePresenter messages;
    QString path = dir.filePath(QStringLiteral("whole-record.zip"));
    PatientId patientId = 0;
    SessionId signedId = 0;
};

TEST_F(WholeRecordFlowTest, a_clinician_saves_the_whole_record_as_a_readable_pdf_and_fhir)
{
    ASSERT_GT(patientId, 0) << "the demo clinic has a signed note";
    const User signer = test::signingClinician(clinic.services());
    auto amended = clinic.sessions().amend(signedId, QStringLiteral("Wrong side recorded"),
                                           QStringLiteral("Pressure soreness settled by day two."),
                                           signer, test::SigningPassword);
    ASSERT_TRUE(amended.ok()) << amended.error().message.toStdString();
    auto patient = clinic.repository().get(patientId);
    ASSERT_TRUE(patient.ok());

    UiContext context = clinic.context(settings, messages);
    messages.fileAnswer = path;
    ASSERT_TRUE(WholeRecordFlow::exportRecord(context, nullptr, patientId));
    EXPECT_EQ(warnings(), 0);
    ASSERT_TRUE(test::ZipTools::intact(path));
    EXPECT_EQ(test::ZipTools::names(path),
              QStringList({QStringLiteral("README.txt"), QStringLiteral("record.pdf"),
                           QStringLiteral("record-fhir.json")}));

    const QString pdfPath = dir.filePath(QStringLiteral("record.pdf"));
    QFile pdf(pdfPath);
    ASSERT_TRUE(pdf.open(QIODevice::WriteOnly));
    pdf.write(test::ZipTools::file(path, QStringLiteral("record.pdf")));
    pdf.close();
    const QString text = test::PdfTools::text(pdfPath);
    EXPECT_TRUE(text.contains(QStringLiteral("Whole record"))) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(patient->familyName));
    EXPECT_TRUE(text.contains(QStringLiteral("Who opened the record")));
    EXPECT_TRUE(text.contains(QStringLiteral("Dry needling treatment note")))
        << "each note in full";
    EXPECT_TRUE(text.contains(QStringLiteral("Pressure soreness settled by day two.")))
        << "with its amendments";
    EXPECT_GE(test::PdfTools::pages(pdfPath), 3);

    const QJsonObject bundle =
        QJsonDocument::fromJson(test::ZipTools::file(path, QStringLiteral("record-fhir.json")))
            .object();
    EXPECT_EQ(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
}

TEST_F(WholeRecordFlowTest, choosing_no_file_writes_nothing)
{
    ASSERT_GT(patientId, 0);
    UiContext context = clinic.context(settings, messages);
    messages.fileAnswer.reset();
    EXPECT_FALSE(WholeRecordFlow::exportRecord(context, nullptr, patientId));
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(WholeRecordFlowTest, a_refusal_is_said_and_nothing_is_written)
{
    ASSERT_GT(patientId, 0);
    const User desk{QStringLiteral("desk"), QStringLiteral("Sam Reid"), StaffRole::FrontDesk};
    UiContext context = clinic.context(settings, messages, desk);
    messages.fileAnswer = path;
    EXPECT_FALSE(WholeRecordFlow::exportRecord(context, nullptr, patientId));
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(warnings(), 1);
}

} // namespace
} // namespace needlechart
