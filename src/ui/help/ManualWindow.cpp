#include "needlechart/ui/help/ManualWindow.h"

#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QLocale>
#include <QPointer>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace needlechart {

namespace {

QPointer<ManualWindow>& theWindow()
{
    static QPointer<ManualWindow> window;
    return window;
}

} // namespace

QString ManualWindow::folder()
{
    const QString translated =
        QStringLiteral(":/manual/") + QLocale::languageToCode(QLocale().language());
    return QFile::exists(translated + QStringLiteral("/index.md")) ? translated
                                                                   : QStringLiteral(":/manual/en");
}

QStringList ManualWindow::pages()
{
    return QDir(folder()).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
}

ManualWindow* ManualWindow::showPage(QWidget* parent, const QString& page)
{
    QPointer<ManualWindow>& window = theWindow();
    if (!window) {
        window = new ManualWindow(parent);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->open(page);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

ManualWindow::ManualWindow(QWidget* parent)
    : QWidget(parent, Qt::Window),
      m_browser(new QTextBrowser(this)),
      m_back(new QToolButton(this)),
      m_forward(new QToolButton(this))
{
    setObjectName(QStringLiteral("manualWindow"));
    setWindowTitle(tr("NeedleChart Manual"));
    m_browser->setObjectName(QStringLiteral("manualBrowser"));
    m_browser->setAccessibleName(tr("Manual page"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({folder()});

    auto* contents = new QToolButton(this);
    contents->setText(tr("&Contents"));
    contents->setObjectName(QStringLiteral("manualContents"));
    m_back->setText(tr("&Back"));
    m_back->setObjectName(QStringLiteral("manualBack"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setEnabled(false);
    m_forward->setText(tr("&Forward"));
    m_forward->setObjectName(QStringLiteral("manualForward"));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setEnabled(false);
    connect(contents, &QToolButton::clicked, this, [this] { open(QStringLiteral("index")); });
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &ManualWindow::fitPictures);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_back);
    tools->addWidget(m_forward);
    tools->addWidget(contents);
    tools->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_browser, 1);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 45);
}

void ManualWindow::fitPictures()
{
    // Screenshots are shown no wider than the page (and no wider than they were taken), so a
    // page never scrolls sideways; a narrower window shows them smaller.
    const int widest = std::max(120, m_browser->viewport()->width() - 32);
    QTextDocument* document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QVariant resource =
                m_browser->loadResource(QTextDocument::ImageResource, QUrl(format.name()));
            const QImage image = resource.value<QImage>().isNull()
                                     ? QImage::fromData(resource.toByteArray())
                                     : resource.value<QImage>();
            if (image.isNull())
                continue;
            const int width = std::min(widest, image.width());
            if (qFuzzyCompare(format.width(), double(width)))
                continue;
            format.setWidth(width);
            format.setHeight(double(image.height()) * width / image.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

void ManualWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitPictures();
}

void ManualWindow::open(const QString& page)
{
    const QString file = page.endsWith(QStringLiteral(".md")) ? page : page + QStringLiteral(".md");
    m_browser->setSource(QUrl(QStringLiteral("qrc") + folder() + QLatin1Char('/') + file),
                         QTextDocument::MarkdownResource);
}

} // namespace needlechart
