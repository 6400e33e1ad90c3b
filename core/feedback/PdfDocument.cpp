#include "core/feedback/PdfDocument.h"

#include <QStringList>

#include <array>

namespace cv::core {

namespace {

constexpr double kPageWidth = 595.0; // A4 in points
constexpr double kPageHeight = 842.0;
constexpr double kMargin = 56.0;
constexpr double kFieldLabelWidth = 150.0;
constexpr double kQuoteIndent = 18.0;

// Helvetica's advance widths (1/1000 em) for ASCII 32..126, from its AFM.
constexpr std::array<short, 95> kHelvetica{
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333,  278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,  611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278,  556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,  500, 334, 260, 334, 584};

// Windows-1252 (the PDF's WinAnsiEncoding) for one character; '?' if it has none.
char winAnsi(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80 || (u >= 0xA0 && u <= 0xFF))
        return char(u);
    switch (u) {
    case 0x20AC:
        return char(0x80); // €
    case 0x201A:
        return char(0x82);
    case 0x0192:
        return char(0x83);
    case 0x201E:
        return char(0x84);
    case 0x2026:
        return char(0x85); // …
    case 0x2020:
        return char(0x86);
    case 0x2021:
        return char(0x87);
    case 0x02C6:
        return char(0x88);
    case 0x2030:
        return char(0x89);
    case 0x0160:
        return char(0x8A);
    case 0x2039:
        return char(0x8B);
    case 0x0152:
        return char(0x8C);
    case 0x017D:
        return char(0x8E);
    case 0x2018:
        return char(0x91);
    case 0x2019:
        return char(0x92);
    case 0x201C:
        return char(0x93);
    case 0x201D:
        return char(0x94);
    case 0x2022:
        return char(0x95); // •
    case 0x2013:
        return char(0x96); // –
    case 0x2014:
        return char(0x97); // —
    case 0x02DC:
        return char(0x98);
    case 0x2122:
        return char(0x99);
    case 0x0161:
        return char(0x9A);
    case 0x203A:
        return char(0x9B);
    case 0x0153:
        return char(0x9C);
    case 0x017E:
        return char(0x9E);
    case 0x0178:
        return char(0x9F);
    case 0x2192:
        return '>'; // →, as "->" would need two
    default:
        return '?';
    }
}

double charWidth(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 32 && u <= 126)
        return kHelvetica[u - 32];
    // Accented Latin letters: as wide as their base letter, near enough.
    const QString base = QString(c).normalized(QString::NormalizationForm_D);
    if (!base.isEmpty() && base.at(0).unicode() >= 32 && base.at(0).unicode() <= 126)
        return kHelvetica[base.at(0).unicode() - 32];
    if (u == 0x2014)
        return 1000;
    return 556;
}

QByteArray pdfString(const QString& text)
{
    QByteArray out = "(";
    for (QChar c : text) {
        const char b = winAnsi(c);
        if (b == '(' || b == ')' || b == '\\')
            out += '\\';
        out += b;
    }
    return out + ')';
}

QByteArray number(double v)
{
    return QByteArray::number(v, 'f', 2);
}

struct Line
{
    double x = 0;
    double y = 0;
    double size = 10;
    bool bold = false;
    bool grey = false;
    QString text;
};

struct LineStyle
{
    double size;
    bool bold;
    double spaceBefore;
    double leading;
};

LineStyle styleOf(PdfDocument::Style s)
{
    switch (s) {
    case PdfDocument::Style::Title:
        return {18, true, 0, 24};
    case PdfDocument::Style::Heading:
        return {12.5, true, 12, 17};
    case PdfDocument::Style::Small:
        return {8.5, false, 2, 11};
    case PdfDocument::Style::Body:
    case PdfDocument::Style::Field:
    case PdfDocument::Style::Quote:
        break;
    }
    return {10, false, 1, 13.5};
}

QStringList wrap(const QString& text, double width, double size, bool bold)
{
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (line.isEmpty() || PdfDocument::textWidth(candidate, size, bold) <= width) {
                line = candidate;
                continue;
            }
            lines << line;
            line = word;
        }
        lines << line;
    }
    return lines;
}

} // namespace

PdfDocument::PdfDocument(QString title)
    : m_title(std::move(title))
{}

void PdfDocument::add(Style style, const QString& text, const QString& label)
{
    m_blocks.append(Block{style, text, label});
}

double PdfDocument::textWidth(const QString& text, double size, bool bold)
{
    double units = 0;
    for (QChar c : text)
        units += charWidth(c);
    return units * size / 1000.0 * (bold ? 1.07 : 1.0); // bold runs about 7 % wider
}

QByteArray PdfDocument::toPdf() const
{
    // Layout: lines placed on pages.
    QList<QList<Line>> pages{{}};
    const double top = kPageHeight - kMargin;
    const double bottom = kMargin + 24; // room for the footer
    const double textWidth = kPageWidth - 2 * kMargin;
    double y = top;
    const auto place = [&](Line line, double leading) {
        if (y - leading < bottom) {
            pages.append(QList<Line>());
            y = top;
        }
        y -= leading;
        line.y = y;
        pages.last().append(line);
    };
    for (const Block& b : m_blocks) {
        const LineStyle s = styleOf(b.style);
        if (y < top)
            y -= s.spaceBefore;
        if (b.style == Style::Field) {
            // A label too long for its column goes above its text, full width.
            QStringList labels = wrap(b.label, kFieldLabelWidth - 8, s.size, true);
            if (labels.size() > 1) {
                for (const QString& text : wrap(b.label, textWidth, s.size, true))
                    place(Line{kMargin, 0, s.size, true, false, text}, s.leading);
                labels.clear();
            }
            const QStringList values = wrap(b.text, textWidth - kFieldLabelWidth, s.size, false);
            for (qsizetype i = 0; i < std::max(values.size(), labels.size()); ++i) {
                if (y - s.leading < bottom) {
                    pages.append(QList<Line>());
                    y = top;
                }
                y -= s.leading;
                if (i < labels.size())
                    pages.last().append(Line{kMargin, y, s.size, true, false, labels[i]});
                if (i < values.size())
                    pages.last().append(
                        Line{kMargin + kFieldLabelWidth, y, s.size, false, false, values[i]});
            }
            continue;
        }
        const double indent = b.style == Style::Quote ? kQuoteIndent : 0;
        for (const QString& text : wrap(b.text, textWidth - indent, s.size, s.bold))
            place(Line{kMargin + indent, 0, s.size, s.bold, b.style == Style::Small, text},
                  s.leading);
    }

    // Writing: catalog, pages, two fonts, then each page and its content.
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    const auto object = [&](const QByteArray& body) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    const int pageCount = int(pages.size());
    const int firstPage = 6; // after catalog, pages, two fonts, info
    QByteArray kids;
    for (int i = 0; i < pageCount; ++i)
        kids += QByteArray::number(firstPage + 2 * i) + " 0 R ";
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pageCount) + " >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    object(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
    object("<< /Title " + pdfString(m_title) + " /Producer (CoachVault) >>");
    for (int i = 0; i < pageCount; ++i) {
        QByteArray content;
        QList<Line> lines = pages[i];
        if (!m_footer.isEmpty())
            lines.append(Line{kMargin, kMargin, 8, false, true,
                              QString(m_footer).arg(i + 1).arg(pageCount)});
        for (const Line& l : lines) {
            content += "BT /" + QByteArray(l.bold ? "F2" : "F1") + ' ' + number(l.size) + " Tf " +
                       (l.grey ? "0.35 g " : "0 g ") + number(l.x) + ' ' + number(l.y) + " Td " +
                       pdfString(l.text) + " Tj ET\n";
        }
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
               "/F1 3 0 R /F2 4 0 R >> >> /Contents " +
               QByteArray::number(firstPage + 2 * i + 1) + " 0 R >>");
        object("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
               "endstream");
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) +
           " /Root 1 0 R /Info 5 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace cv::core
