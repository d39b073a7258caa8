package org.careprint.print;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes placed marks to a PDF page as tagged content: each mark inside a marked-content sequence of its
 * structure element (reused when a block continues on the next page), decoration as Artifact.
 */
final class PdfEmitter {
    private static final PdfName ARTIFACT = new PdfName("Artifact");

    private final PdfWriter writer;
    private final Fonts fonts;
    private final Map<StructNode, PdfStructureElement> elements = new IdentityHashMap<>();

    PdfEmitter(PdfWriter writer, Fonts fonts, StructNode document) {
        this.writer = writer;
        this.fonts = fonts;
        PdfStructureElement root = new PdfStructureElement(writer.getStructureTreeRoot(), new PdfName("Document"));
        elements.put(document, root);
        createChildren(document, root);
    }

    /** Creates all structure elements up front, in tree order, so the tree's order is the reading order. */
    private void createChildren(StructNode node, PdfStructureElement element) {
        for (StructNode child : node.children()) {
            PdfStructureElement e = new PdfStructureElement(element, new PdfName(child.type()));
            if (child.alt() != null) {
                e.put(PdfName.ALT, new PdfString(child.alt(), PdfObject.TEXT_UNICODE));
            }
            if (child.scope() != null) {
                PdfDictionary attributes = new PdfDictionary();
                attributes.put(new PdfName("O"), new PdfName("Table"));
                attributes.put(new PdfName("Scope"), new PdfName(child.scope()));
                e.put(PdfName.A, attributes);
            }
            elements.put(child, e);
            createChildren(child, e);
        }
    }

    void background(float width, float height, Rgb color) {
        PdfContentByte cb = writer.getDirectContent();
        cb.beginMarkedContentSequence(ARTIFACT);
        cb.setColorFill(color.awt());
        cb.rectangle(0, 0, width, height);
        cb.fill();
        cb.endMarkedContentSequence();
    }

    void draw(List<Mark> marks) {
        for (Mark mark : marks) {
            if (mark instanceof Mark.Text text) {
                text(text);
            } else if (mark instanceof Mark.Rule rule) {
                rule(rule);
            } else if (mark instanceof Mark.Qr qr) {
                qr(qr);
            } else if (mark instanceof Mark.Box box) {
                box(box);
            }
        }
    }

    private void begin(StructNode node) {
        PdfContentByte cb = writer.getDirectContent();
        if (node == null) {
            cb.beginMarkedContentSequence(ARTIFACT);
        } else {
            cb.beginMarkedContentSequence(elements.get(node));
        }
    }

    private void text(Mark.Text text) {
        PdfContentByte cb = writer.getDirectContent();
        begin(text.node());
        cb.beginText();
        cb.setColorFill(text.color().awt());
        float x = text.x();
        for (Span span : text.spans()) {
            for (Fonts.Run run : fonts.runs(span.text(), span.bold())) {
                cb.setFontAndSize(run.font(), text.size());
                cb.setTextMatrix(x, text.y());
                if (run.actualText() != null) {
                    PdfDictionary actual = new PdfDictionary();
                    actual.put(new PdfName("ActualText"), new PdfString(run.actualText(), PdfObject.TEXT_UNICODE));
                    cb.beginMarkedContentSequence(new PdfName("Span"), actual, true);
                    cb.showText(run.text());
                    cb.endMarkedContentSequence();
                } else {
                    cb.showText(run.text());
                }
                x += run.font().getWidthPoint(run.text(), text.size());
            }
        }
        cb.endText();
        cb.endMarkedContentSequence();
    }

    private void rule(Mark.Rule rule) {
        PdfContentByte cb = writer.getDirectContent();
        cb.beginMarkedContentSequence(ARTIFACT);
        cb.setColorStroke(rule.color().awt());
        cb.setLineWidth(rule.width());
        cb.moveTo(rule.x1(), rule.y());
        cb.lineTo(rule.x2(), rule.y());
        cb.stroke();
        cb.endMarkedContentSequence();
    }

    private void box(Mark.Box box) {
        PdfContentByte cb = writer.getDirectContent();
        cb.beginMarkedContentSequence(ARTIFACT);
        cb.setColorFill(box.color().awt());
        cb.rectangle(box.x(), box.y() - box.height(), box.width(), box.height());
        cb.fill();
        cb.endMarkedContentSequence();
    }

    /** Dark modules as filled rectangles, one per horizontal run: sharp at any zoom, no image colour space. */
    private void qr(Mark.Qr qr) {
        PdfContentByte cb = writer.getDirectContent();
        BitMatrix m = qr.matrix();
        begin(qr.node());
        cb.setColorFill(java.awt.Color.BLACK);
        for (int row = 0; row < m.getHeight(); row++) {
            int col = 0;
            while (col < m.getWidth()) {
                if (!m.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < m.getWidth() && m.get(col, row)) {
                    col++;
                }
                cb.rectangle(qr.x() + start * qr.module(), qr.y() - (row + 1) * qr.module(),
                        (col - start) * qr.module(), qr.module());
            }
        }
        cb.fill();
        cb.endMarkedContentSequence();
    }
}
