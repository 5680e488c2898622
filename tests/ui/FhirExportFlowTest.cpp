// File ▸ Export patient as FHIR… and File ▸ Export clinic as FHIR…: the file asked for, the
// Bundle written whole, a refusal said in a box with nothing written.
#include "transfer/FhirExportFlow.h"

#include "needlechart/ui/settings/AppSettings.h"

#include "RecordingMessagePresenter.h"
#include "TestClinic.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

namespace needlechart {
namespace {

class FhirExportFlowTest : public ::testing::Test {
protected:
    static QString bundleType(const QString& file)
    {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(in.readAll())
            .object()
            .value(QStringLiteral("resourceType"))
            .toString();
    }

    test::TestClinic clinic;
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    test::RecordingMessagePresenter messages;
    Patient patient =
        clinic.addPatient(QStringLiteral("Okafor"), QStringLiteral("Chidi"), QDate(1984, 5, 12));
    QString path = dir.filePath(QStringLiteral("record.json"));

    // The boxes shown, beside the question where to save.
    int warnings() const
    {
        return int(std::count_if(messages.messages.cbegin(), messages.messages.cend(),
                                 [](const test::RecordingMessagePresenter::Message& m) {
                                     return m.kind
                                            == test::RecordingMessagePresenter::Kind::Warning;
                                 }));
    }
};

TEST_F(FhirExportFlowTest, a_clinician_saves_a_patients_record_as_a_fhir_bundle)
{
    clinic.clearForNeedling(patient.id);
    UiContext context = clinic.context(settings, messages);
    messages.fileAnswer = path;
    EXPECT_TRUE(FhirExportFlow::exportPatient(context, nullptr, patient.id));
    EXPECT_EQ(bundleType(path), QStringLiteral("Bundle"));
    EXPECT_EQ(warnings(), 0);
}

TEST_F(FhirExportFlowTest, choosing_no_file_exports_nothing)
{
    UiContext context = clinic.context(settings, messages);
    messages.fileAnswer.reset();
    EXPECT_FALSE(FhirExportFlow::exportPatient(context, nullptr, patient.id));
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(FhirExportFlowTest, a_refusal_is_said_and_nothing_is_written)
{
    const User desk{QStringLiteral("desk"), QStringLiteral("Sam Reid"), StaffRole::FrontDesk};
    UiContext context = clinic.context(settings, messages, desk);
    messages.fileAnswer = path;
    EXPECT_FALSE(FhirExportFlow::exportPatient(context, nullptr, patient.id));
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(warnings(), 1);
}

TEST_F(FhirExportFlowTest, an_admin_saves_the_whole_clinic)
{
    UiContext clinician = clinic.context(settings, messages);
    messages.fileAnswer = path;
    EXPECT_FALSE(FhirExportFlow::exportClinic(clinician, nullptr)) << "a clinician may not";
    EXPECT_FALSE(QFile::exists(path));
    UiContext admin = clinic.context(settings, messages, test::TestClinic::defaultAdmin());
    EXPECT_TRUE(FhirExportFlow::exportClinic(admin, nullptr));
    EXPECT_EQ(bundleType(path), QStringLiteral("Bundle"));
}

} // namespace
} // namespace needlechart
