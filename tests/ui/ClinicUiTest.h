#pragma once

#include "needlechart/ui/common/UiContext.h"
#include "needlechart/ui/settings/AppSettings.h"

#include "RecordingMessagePresenter.h"
#include "TestClinic.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace needlechart::test {

// What a UI test of the clinic's windows starts from: a clinic on a temporary database, this
// workstation's settings in a temporary folder, a message presenter that records instead of
// asking, and the context a window is given, for the default clinician.
class ClinicUiTest : public ::testing::Test {
protected:
    TestClinic clinic;
    QTemporaryDir settingsDir;
    AppSettings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    RecordingMessagePresenter messages;
    UiContext context = clinic.context(settings, messages);
};

} // namespace needlechart::test
