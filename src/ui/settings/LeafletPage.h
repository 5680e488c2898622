#pragma once

#include "needlechart/domain/common/Result.h"

#include <QWidget>

class QListWidget;
class QPlainTextEdit;
class QTextBrowser;

namespace needlechart {

struct UiContext;

// The "Leaflet" tab of ClinicSettingsDialog: the leaflet's text in Markdown beside a preview,
// and every saved version, each of which can be exported as a blank PDF. Saving a changed text
// stores a new version; nothing older is lost.
class LeafletPage : public QWidget {
    Q_OBJECT
public:
    // `context` must outlive the page.
    explicit LeafletPage(UiContext& context, QWidget* parent = nullptr);

    // Shows the current text and lists the saved versions, newest first.
    void load();
    // Saves the text as a new version ("Save leaflet as new version") and lists it; the outcome
    // is also reported through problemChanged.
    [[nodiscard]] Status save();
    // Asks where to save the version selected in the list and writes it there; nothing happens
    // if none is selected or the person cancels.
    void exportSelectedVersion();
    // Writes version `version` of the leaflet to `path` as a blank copy; a failure is shown
    // through the message presenter.
    [[nodiscard]] bool exportVersion(int version, const QString& path);

    [[nodiscard]] QPlainTextEdit* leafletEdit() const { return m_leaflet; }
    [[nodiscard]] QListWidget* versionList() const { return m_versions; }

Q_SIGNALS:
    // What went wrong with the last save, for the dialog to show; empty when it worked.
    void problemChanged(const QString& message);

private:
    void loadVersions();

    UiContext& m_context;
    QPlainTextEdit* m_leaflet;
    QTextBrowser* m_preview;
    QListWidget* m_versions;
};

} // namespace needlechart
