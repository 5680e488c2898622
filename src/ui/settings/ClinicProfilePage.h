#pragma once

#include "needlechart/domain/clinic/ClinicProfile.h"
#include "needlechart/domain/common/Result.h"

#include <QByteArray>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace needlechart {

struct UiContext;

// The "Clinic" tab of ClinicSettingsDialog: the clinic as its leaflet and forms show it (name,
// address, phone, e-mail, logo) and how long a precaution screening stays current. The opening
// hours belong to the same profile but are edited on the appointment book's tab, so "Save
// details" asks the dialog, which brings them, to save (saveRequested).
class ClinicProfilePage : public QWidget {
    Q_OBJECT
public:
    // `context` must outlive the page.
    explicit ClinicProfilePage(UiContext& context, QWidget* parent = nullptr);

    // Fills the fields from the stored profile; leaves them as they are if it cannot be read.
    void load();
    // Stores `profile` with this page's fields written over it (`profile` brings the parts
    // other pages edit). The caller shows a refusal.
    [[nodiscard]] Status save(ClinicProfile profile);
    // Asks for an image file and makes it the logo (scaled to at most 400 × 400); nothing
    // changes if the person cancels or the file is not an image. Saved with the details.
    void chooseLogo();

    [[nodiscard]] QLineEdit* nameEdit() const { return m_name; }
    [[nodiscard]] QSpinBox* reviewMonthsSpin() const { return m_reviewMonths; }
    [[nodiscard]] QSpinBox* idleLockSpin() const { return m_idleLock; }
    [[nodiscard]] const QByteArray& logoPng() const { return m_logoPng; }

Q_SIGNALS:
    // "Save details" was pressed.
    void saveRequested();

private:
    void showLogo();

    UiContext& m_context;
    QLineEdit* m_name;
    QPlainTextEdit* m_address;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLabel* m_logo;
    QByteArray m_logoPng; // empty: no logo
    int m_rowVersion = 0; // of the details shown (ClinicProfile::rowVersion)
    QSpinBox* m_reviewMonths;
    QSpinBox* m_idleLock = nullptr;
};

} // namespace needlechart
