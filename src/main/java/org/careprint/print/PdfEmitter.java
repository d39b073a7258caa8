package org.careprint.print;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfBorderArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes placed marks to a PDF page as tagged content: each mark inside a marked-content sequence of its
 * structure element (reused when a block continues on the next page), decoration as Artifact. Text of a
 * Link node also gets a link annotation (with /Contents, tied to the Link element by an OBJR); the frame
 * around a term's first use is drawn as an Artifact after its text.
 */
final class PdfEmitter {
    private static final PdfName ARTIFACT = new PdfName("Artifact");

    private final PdfWriter writer;
    private final Fonts fonts;
    private final Map<StructNode, PdfStructureElement> elements = new IdentityHashMap<>();
    private final Style style;

    PdfEmitter(PdfWriter writer, Fonts fonts, StructNode document, Style style) {
        this.writer = writer;
        this.fonts = fonts;
        this.style = style;
        PdfStructureElement root = new PdfStructureElement(writer.getStructureTreeRoot(), new PdfName("Document"));
        elements.put(document, root);
        createChildren(document, root);
    }

    /**
     * Creates the structure elements of a node added to the tree after construction (a booklet section), under
     * its parent's element, in tree order. Sections are adopted in reading order, so the tree stays in order.
     */
    void adopt(StructNode node) {
        PdfStructureElement parent = elements.get(node.parent());
        PdfStructureElement e = new PdfStructureElement(parent, new PdfName(node.type()));
        elements.put(node, e);
        createChildren(node, e);
    }

    /** Drops a written section's nodes, so a long booklet does not keep them all. */
    void forget(StructNode node) {
        elements.remove(node);
        for (StructNode child : node.children()) {
            forget(child);
        }
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
        if (style.textStroke() > 0) {
            // Heavier letters: the glyph outline is stroked as well as filled.
            cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
            cb.setLineWidth(style.textStroke());
            cb.setColorStroke(text.color().awt());
        }
        float x = text.x();
        List<float[]> frames = new ArrayList<>();
        for (Span span : text.spans()) {
            if (span.boxed()) {
                String visible = span.text().stripTrailing();
                frames.add(new float[] {x, x + fonts.width(visible, span.bold(), text.size())});
            }
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
        if (text.node() != null && (text.node().uri() != null || text.node().targetPage() > 0)) {
            link(text, x);
        }
        for (float[] frame : frames) {
            frame(frame[0], frame[1], text.y(), text.size(), text.color());
        }
    }

    /** A thin frame around a term's first use: an Artifact, so it is never read out. */
    private void frame(float x1, float x2, float baseline, float size, Rgb color) {
        PdfContentByte cb = writer.getDirectContent();
        float pad = Math.max(1.5f, style.ruleWidth());
        float bottom = baseline - size * 0.30f;
        float top = baseline + size * 0.88f;
        cb.beginMarkedContentSequence(ARTIFACT);
        cb.setColorStroke(color.awt());
        cb.setLineWidth(style.ruleWidth());
        cb.rectangle(x1 - pad, bottom, x2 - x1 + 2 * pad, top - bottom);
        cb.stroke();
        cb.endMarkedContentSequence();
    }

    /**
     * A URI link annotation over the text just drawn, with /Contents as its alternate text, tied to the Link
     * structure element both ways (OBJR in the element, /StructParent in the annotation), as PDF/UA asks.
     */
    private void link(Mark.Text text, float endX) {
        String uri = text.node().uri();
        int page = text.node().targetPage();
        float size = text.size();
        Rectangle rect = new Rectangle(text.x(), text.y() - size * 0.3f, endX, text.y() + size * 0.9f);
        PdfAction action = page > 0
                ? PdfAction.gotoLocalPage(page, new PdfDestination(PdfDestination.FIT), writer)
                : new PdfAction(uri);
        PdfAnnotation annotation = PdfAnnotation.createLink(writer, rect, PdfAnnotation.HIGHLIGHT_INVERT, action);
        String contents = page > 0 ? (text.node().alt() != null ? text.node().alt() : "Go to page " + page)
                : "Link to " + uri;
        annotation.put(PdfName.CONTENTS, new PdfString(contents, PdfObject.TEXT_UNICODE));
        annotation.setBorder(new PdfBorderArray(0, 0, 0));
        annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
        PdfStructureElement element = elements.get(text.node());
        int key = writer.getStructureTreeRoot().addExistingObject(element.getReference());
        annotation.put(PdfName.STRUCTPARENT, new PdfNumber(key));
        writer.addAnnotation(annotation);
        PdfDictionary objr = new PdfDictionary(new PdfName("OBJR"));
        objr.put(new PdfName("Obj"), annotation.getIndirectReference());
        objr.put(PdfName.PG, writer.getCurrentPage());
        PdfObject kids = element.get(PdfName.K);
        PdfArray array;
        if (kids instanceof PdfArray existing) {
            array = existing;
        } else {
            array = new PdfArray();
            if (kids != null) {
                array.add(kids);
            }
            element.put(PdfName.K, array);
        }
        array.add(objr);
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
