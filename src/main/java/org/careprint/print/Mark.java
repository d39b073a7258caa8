package org.careprint.print;

import com.google.zxing.common.BitMatrix;
import java.util.List;

/**
 * Something drawn on a page. Inside a {@link Row} the y values are offsets down from the row's top;
 * {@link #placed(float)} turns them into page coordinates. A null node means an Artifact
 * (footer, page number, rules, backgrounds): decoration a screen reader must skip.
 */
sealed interface Mark permits Mark.Text, Mark.Rule, Mark.Qr, Mark.Box {

    Mark placed(float rowTop);

    /** A line of text; y is the baseline. */
    record Text(float x, float y, List<Span> spans, float size, Rgb color, StructNode node) implements Mark {
        @Override
        public Mark placed(float rowTop) {
            return new Text(x, rowTop - y, spans, size, color, node);
        }
    }

    /** A horizontal rule (table borders); always an Artifact. */
    record Rule(float x1, float x2, float y, float width, Rgb color) implements Mark {
        @Override
        public Mark placed(float rowTop) {
            return new Rule(x1, x2, rowTop - y, width, color);
        }
    }

    /** A QR code; y is its top edge, {@code module} the side of one module in points. */
    record Qr(float x, float y, float module, BitMatrix matrix, StructNode node) implements Mark {
        @Override
        public Mark placed(float rowTop) {
            return new Qr(x, rowTop - y, module, matrix, node);
        }
    }

    /** A filled rectangle behind other marks (the QR code's light backing); y is its top edge; an Artifact. */
    record Box(float x, float y, float width, float height, Rgb color) implements Mark {
        @Override
        public Mark placed(float rowTop) {
            return new Box(x, rowTop - y, width, height, color);
        }
    }
}
