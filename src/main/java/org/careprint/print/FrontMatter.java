package org.careprint.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careprint.model.CarePrintException;
import org.careprint.model.Metadata;
import org.careprint.model.ReviewInfo;
import org.careprint.model.ReviewStatus;
import org.careprint.review.ReviewWording;

/** The title block (H1, organization, review dates, review status) and the optional audio QR code. */
final class FrontMatter {
    static final String QR_ALT = "QR code linking to the audio edition";

    private final ContentBuilder content;
    private final StructNode document;

    FrontMatter(ContentBuilder content, StructNode document) {
        this.content = content;
        this.document = document;
    }

    /** @param hasTerms the handout marks glossary terms: say what their frame means */
    void titleBlock(Metadata metadata, ReviewInfo review, PrintOptions options, boolean hasTerms) {
        String title = metadata.title().isBlank() ? "Untitled handout" : metadata.title().strip();
        content.headingAt(1, List.of(Span.strong(title)));
        if (options.organization() != null && !options.organization().isBlank()) {
            line(List.of(Span.strong(options.organization().strip())), true);
        }
        for (List<Span> spans : reviewLines(review, options)) {
            line(spans, false);
        }
        if (hasTerms) {
            glossaryHint();
        }
        if (options.audioUrl() != null && !options.audioUrl().isBlank()) {
            qr(options.audioUrl().strip());
        }
    }

    /** Says what the frame around a word means, when the handout has a "Words to know" list. */
    private void glossaryHint() {
        line(List.of(Span.plain("Words in a frame like "), new Span("this", true, null, true, null),
                Span.plain(" are explained in \u201C" + GlossaryAppendix.HEADING + "\u201D at the end.")), true);
    }

    /** Title-block lines about review, also used by tests through {@link #reviewLines}. */
    static List<List<Span>> reviewLines(ReviewInfo review, PrintOptions options) {
        List<List<Span>> lines = new ArrayList<>();
        if (review.reviewed() != null) {
            lines.add(List.of(Span.strong("Medically reviewed:"), Span.plain(" " + ReviewWording.longDate(review.reviewed()))));
            if (review.reviewer() != null && !review.reviewer().isBlank()) {
                lines.add(List.of(Span.strong("Reviewed by:"), Span.plain(" " + review.reviewer().strip())));
            }
        }
        if (review.updated() != null) {
            lines.add(List.of(Span.strong("Updated:"), Span.plain(" " + ReviewWording.longDate(review.updated()))));
        }
        if (review.status() == ReviewStatus.UNKNOWN || review.reviewed() == null) {
            lines.add(List.of(Span.strong("Review date not known")));
        } else if (review.status() == ReviewStatus.OVERDUE && options.showOverdue() && review.nextReview() != null) {
            lines.add(List.of(Span.strong("Review overdue since " + ReviewWording.longDate(review.nextReview()))));
        } else if (review.nextReview() != null) {
            lines.add(List.of(Span.strong("Next review due:"), Span.plain(" " + ReviewWording.longDate(review.nextReview()))));
        }
        return lines;
    }

    private void line(List<Span> spans, boolean first) {
        Style style = content.style();
        List<Row> rows = content.textRows(spans, document.add("P"), content.left(), style.bodySize(),
                style.textColor());
        content.add(new Unit(rows, first ? style.leading() * 0.5f : 0, true, false));
    }

    /** QR code at the left, "Listen to this handout:" and the URL beside it at body size. */
    private void qr(String url) {
        Style style = content.style();
        BitMatrix matrix = encode(url);
        float side = Math.max(108f, style.bodySize() * 5);
        float module = side / matrix.getWidth();
        float gap = style.bodySize();
        float textX = content.left() + side + gap;
        StructNode figure = document.add("Figure").withAlt(QR_ALT);
        StructNode caption = document.add("P");
        List<Span> spans = Links.linkify(List.of(Span.strong("Listen to this handout:"), Span.plain(" " + url)),
                caption);
        List<Row> textRows = content.textRows(spans, caption, textX, style.bodySize(), style.textColor());
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark.Box(content.left(), 0, side, side, new Rgb(255, 255, 255)));
        marks.add(new Mark.Qr(content.left(), 0, module, matrix, figure));
        float y = 0;
        for (Row row : textRows) {
            for (Mark mark : row.marks()) {
                Mark.Text t = (Mark.Text) mark;
                marks.add(new Mark.Text(t.x(), y + t.y(), t.spans(), t.size(), t.color(), t.node()));
            }
            y += row.height();
        }
        content.add(new Unit(List.of(new Row(Math.max(side, y), marks)), style.paragraphGapPoints(), true, false));
    }

    static BitMatrix encode(String url) {
        try {
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException | IllegalArgumentException e) {
            throw new CarePrintException("Audio URL '" + url + "' cannot be turned into a QR code: " + e.getMessage()
                    + "; use a shorter --audio-url.", e);
        }
    }
}
