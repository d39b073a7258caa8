package org.careprint.epub;

import java.util.List;
import org.careprint.model.Markup;

/**
 * The navigation document: a table of contents with every heading (nested by level), a page list mapping to the
 * printed handout's pages, and landmarks (contents, start of the handout, "Words to know").
 */
final class NavDocument {
    static final String FILE = "nav.xhtml";

    private NavDocument() {
    }

    static String write(ContentDocument content, List<Integer> pages) {
        String lang = Markup.xml(content.language());
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\""
                + lang + "\" xml:lang=\"" + lang + "\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>Contents: "
                + Markup.xml(content.title()) + "</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>\n"
                + "</head>\n<body>\n<main>\n<nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\" aria-labelledby=\"toc-heading\">\n"
                + "<h1 id=\"toc-heading\">Contents</h1>\n");
        toc(sb, content.headings());
        sb.append("</nav>\n");
        if (!pages.isEmpty()) {
            sb.append("<nav epub:type=\"page-list\" role=\"doc-pagelist\" id=\"page-list\" aria-labelledby=\"pages-heading\">\n")
                    .append("<h2 id=\"pages-heading\">Pages of the printed handout</h2>\n<ol>\n");
            for (int p : pages) {
                sb.append("<li><a href=\"").append(ContentDocument.FILE).append("#page").append(p).append("\">")
                        .append(p).append("</a></li>\n");
            }
            sb.append("</ol>\n</nav>\n");
        }
        sb.append("<nav epub:type=\"landmarks\" id=\"landmarks\" aria-labelledby=\"landmarks-heading\">\n")
                .append("<h2 id=\"landmarks-heading\">Landmarks</h2>\n<ol>\n")
                .append("<li><a epub:type=\"toc\" href=\"").append(FILE).append("#toc\">Contents</a></li>\n")
                .append("<li><a epub:type=\"bodymatter\" href=\"").append(ContentDocument.FILE)
                .append("#main\">Start of the handout</a></li>\n");
        if (!content.terms().entries().isEmpty()) {
            sb.append("<li><a epub:type=\"glossary\" href=\"").append(ContentDocument.FILE).append('#')
                    .append(ContentDocument.GLOSSARY_ID).append("\">Words to know</a></li>\n");
        }
        return sb.append("</ol>\n</nav>\n</main>\n</body>\n</html>\n").toString();
    }

    /** Nested ordered lists; heading levels never skip ({@link ContentDocument} sees to that). */
    private static void toc(StringBuilder sb, List<ContentDocument.NavHeading> headings) {
        int depth = 0;
        for (ContentDocument.NavHeading h : headings) {
            int level = Math.min(h.level(), depth + 1);
            if (level > depth) {
                sb.append("<ol>\n");
                depth = level;
            } else {
                sb.append("</li>\n");
                while (depth > level) {
                    sb.append("</ol>\n</li>\n");
                    depth--;
                }
            }
            sb.append("<li><a href=\"").append(ContentDocument.FILE).append('#').append(h.id()).append("\">")
                    .append(Markup.xml(h.text().isBlank() ? "Untitled" : h.text())).append("</a>");
        }
        while (depth > 0) {
            sb.append("</li>\n</ol>\n");
            depth--;
        }
    }
}
