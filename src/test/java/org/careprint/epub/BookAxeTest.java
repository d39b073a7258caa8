package org.careprint.epub;

import org.careprint.testsupport.HeadlessAxe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * axe-core in headless Chromium over every XHTML file of one book, opened as XHTML with its own style sheet and fonts
 * (as a reading app would): zero violations. Skipped where Chromium or axe-core is missing, like the index page's test.
 */
class BookAxeTest {
    @Test
    void bookPagesHaveNoAxeViolations(@TempDir Path tmp) throws Exception {
        HeadlessAxe.assumeInstalled();
        Map<String, byte[]> zip = BookFixtures.entries(BookFixtures.built().resolve("bone-metastases.epub"));
        for (Map.Entry<String, byte[]> e : zip.entrySet()) {
            Path file = tmp.resolve(e.getKey());
            Files.createDirectories(file.getParent() == null ? tmp : file.getParent());
            Files.write(file, e.getValue());
        }
        Files.copy(HeadlessAxe.AXE, tmp.resolve("EPUB/axe.min.js"));
        for (String page : List.of("content.xhtml", "nav.xhtml")) {
            JsonNode result = runAxe(tmp.resolve("EPUB").resolve(page), tmp);
            assertEquals(0, result.path("violations").size(), page + ":\n" + HeadlessAxe.problems(result));
            assertTrue(result.path("passes").asInt() > 10, "axe actually ran its rules on " + page);
        }
    }

    private static JsonNode runAxe(Path xhtml, Path tmp) throws Exception {
        String runner = "<script src=\"axe.min.js\"></script>\n<script><![CDATA[\n"
                + "axe.run(document).then(function (r) {\n"
                + "  var out = {passes: r.passes.length, violations: r.violations.map(function (v) {\n"
                + "    return {id: v.id, help: v.help, nodes: v.nodes.map(function (n) { return n.target.join(' '); })}; })};\n"
                + "  var pre = document.createElementNS('http://www.w3.org/1999/xhtml', 'pre'); pre.id = 'axe-result';\n"
                + "  pre.textContent = JSON.stringify(out); document.body.appendChild(pre);\n"
                + "}, function (e) { var pre = document.createElementNS('http://www.w3.org/1999/xhtml', 'pre');\n"
                + "  pre.id = 'axe-result'; pre.textContent = JSON.stringify({error: String(e)}); document.body.appendChild(pre); });\n"
                + "]]></script>\n";
        Path page = xhtml.resolveSibling("axe-" + xhtml.getFileName());
        Files.writeString(page, Files.readString(xhtml, StandardCharsets.UTF_8).replace("</body>", runner + "</body>"),
                StandardCharsets.UTF_8);
        return HeadlessAxe.result(page, tmp);
    }
}
