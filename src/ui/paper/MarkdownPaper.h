#pragma once

#include <QString>

class QTextDocument;

namespace needlechart {

// A clinic text written in Markdown (the leaflet, the after-care sheet, a letter) set in a
// document as paper shows it: DejaVu Sans at body size, no document margin, headings in the
// accent colour with a little air around them and between paragraphs. HTML in the text is
// shown as written, never interpreted.
class MarkdownPaper {
public:
    // `listItemSpacing` (points) below each item of a list; a paragraph has 4.
    static void set(QTextDocument& document, const QString& markdown, double listItemSpacing = 4);
};

} // namespace needlechart
