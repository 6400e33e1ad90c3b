#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace cv::core {

// A plain text document laid out on A4 pages and written as PDF, without Qt
// Gui: the CLI writes reports too and loads no Gui library (DESIGN.md). It
// uses the PDF standard fonts Helvetica and Helvetica-Bold (WinAnsi
// encoding: Dutch and English text; characters outside it print as '?'),
// wraps lines by the fonts' character widths, breaks pages and numbers them
// in the footer. pdftotext reads it back word for word.
class PdfDocument final
{
public:
    enum class Style
    {
        Title,   // large, bold
        Heading, // bold, space above
        Body,
        Field, // a bold label and its text beside it
        Small, // a smaller, grey line
        Quote, // indented body text (comments, the agent's words)
    };

    explicit PdfDocument(QString title);

    void add(Style style, const QString& text, const QString& label = {});
    // "… page %1 of %2" in the document's language; %1 and %2 are numbers.
    void setFooter(const QString& footerWithPagePlaceholders)
    {
        m_footer = footerWithPagePlaceholders;
    }

    QByteArray toPdf() const;

    // Exposed for tests: the width in points of `text` in Helvetica.
    static double textWidth(const QString& text, double size, bool bold);

private:
    struct Block
    {
        Style style;
        QString text;
        QString label;
    };
    QString m_title;
    QString m_footer;
    QList<Block> m_blocks;
};

} // namespace cv::core
