#include "settings/LeafletPage.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/common/UiContext.h"
#include "needlechart/ui/paper/LeafletRenderer.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace needlechart {

LeafletPage::LeafletPage(UiContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_leaflet(new QPlainTextEdit(this)),
      m_preview(new QTextBrowser(this)),
      m_versions(new QListWidget(this))
{
    setObjectName(QStringLiteral("leafletPage"));
    m_leaflet->setObjectName(QStringLiteral("leafletMarkdown"));
    m_leaflet->setAccessibleName(tr("Leaflet text (Markdown)"));
    m_preview->setAccessibleName(tr("Leaflet preview"));
    m_versions->setObjectName(QStringLiteral("leafletVersions"));

    auto* editors = new QSplitter(Qt::Horizontal, this);
    editors->addWidget(m_leaflet);
    editors->addWidget(m_preview);
    auto* saveButton = new QPushButton(tr("Save leaflet as new version"), this);
    saveButton->setObjectName(QStringLiteral("saveLeafletButton"));
    auto* exportButton = new QPushButton(tr("Export selected version as PDF\u2026"), this);
    exportButton->setObjectName(QStringLiteral("exportLeafletButton"));
    auto* versionButtons = new QHBoxLayout;
    versionButtons->addWidget(saveButton);
    versionButtons->addStretch(1);
    versionButtons->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Markdown: # for headings, - for lists, **bold**. {{clinic.name}} and "
                      "{{clinic.phone}} are filled in when printed."),
                   this));
    layout->addWidget(editors, 1);
    layout->addWidget(new QLabel(tr("Saved versions (consent records name the one given):"), this));
    layout->addWidget(m_versions);
    layout->addLayout(versionButtons);
    m_versions->setMaximumHeight(fontMetrics().lineSpacing() * 6);

    connect(m_leaflet, &QPlainTextEdit::textChanged, this,
            [this] { m_preview->setMarkdown(m_leaflet->toPlainText()); });
    connect(saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(exportButton, &QPushButton::clicked, this, &LeafletPage::exportSelectedVersion);
}

void LeafletPage::load()
{
    if (auto current = m_context.clinic.currentLeaflet())
        m_leaflet->setPlainText(current->markdown);
    m_preview->setMarkdown(m_leaflet->toPlainText());
    loadVersions();
}

void LeafletPage::loadVersions()
{
    m_versions->clear();
    auto versions = m_context.clinic.leafletVersions();
    if (!versions)
        return;
    for (const LeafletVersion& v : *versions) {
        auto* item =
            new QListWidgetItem(tr("Version %1, %2, by %3")
                                    .arg(v.version)
                                    .arg(DateText::formatDateTime(v.createdAt), v.createdBy),
                                m_versions);
        item->setData(Qt::UserRole, v.version);
    }
    m_versions->setCurrentRow(0);
}

Status LeafletPage::save()
{
    auto saved = m_context.clinic.saveLeaflet(m_leaflet->toPlainText(), m_context.user);
    Q_EMIT problemChanged(saved ? QString() : saved.error().message);
    if (!saved)
        return saved.error();
    loadVersions();
    return {};
}

void LeafletPage::exportSelectedVersion()
{
    const QListWidgetItem* item = m_versions->currentItem();
    if (!item)
        return;
    const int version = item->data(Qt::UserRole).toInt();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const auto path = m_context.messages.saveFileName(
        this, tr("Export the leaflet as PDF"),
        QDir(folder).filePath(tr("dry-needling-leaflet-v%1.pdf").arg(version)),
        tr("PDF files (*.pdf)"));
    if (path && !path->isEmpty())
        (void)exportVersion(version, *path);
}

bool LeafletPage::exportVersion(int version, const QString& path)
{
    LeafletContent content;
    auto profile = m_context.clinic.profile();
    auto leaflet = m_context.clinic.leaflet(version);
    if (!profile || !leaflet) {
        m_context.messages.warning(this, tr("Cannot export the leaflet"),
                                   (profile ? leaflet.error() : profile.error()).message);
        return false;
    }
    content.clinic = *profile;
    content.leaflet = *leaflet;
    content.date = m_context.patients.clock().today();
    const Status written = LeafletRenderer(content).exportPdf(path);
    if (!written.ok())
        m_context.messages.warning(this, tr("Cannot export the leaflet"), written.error().message);
    return written.ok();
}

} // namespace needlechart
