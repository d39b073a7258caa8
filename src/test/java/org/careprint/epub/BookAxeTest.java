package org.careprint.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.careprint.report.ReportJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * axe-core in headless Chromium over every XHTML file of one book, opened as XHTML with its own style sheet and fonts
 * (as a reading app would): zero violations. Skipped where Chromium or axe-core is missing, like the index page's test.
 */
class BookAxeTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path AXE = Path.of(".ci/node_modules/axe-core/axe.min.js");

    @Test
    void bookPagesHaveNoAxeViolations(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed (apt-get install -y chromium)");
        assumeTrue(Files.isRegularFile(AXE), "axe-core not installed (npm install --prefix .ci --no-save axe-core@4.10.3)");
        Map<String, byte[]> zip = BookFixtures.entries(BookFixtures.built().resolve("bone-metastases.epub"));
        for (Map.Entry<String, byte[]> e : zip.entrySet()) {
            Path file = tmp.resolve(e.getKey());
            Files.createDirectories(file.getParent() == null ? tmp : file.getParent());
            Files.write(file, e.getValue());
        }
        Files.copy(AXE, tmp.resolve("EPUB/axe.min.js"));
        for (String page : List.of("content.xhtml", "nav.xhtml")) {
            JsonNode result = runAxe(tmp.resolve("EPUB").resolve(page), tmp);
            StringBuilder problems = new StringBuilder();
            for (JsonNode v : result.path("violations")) {
                problems.append(v.path("id").asText()).append(": ").append(v.path("help").asText()).append(" at ")
                        .append(v.path("nodes")).append('\n');
            }
            assertEquals(0, result.path("violations").size(), page + ":\n" + problems);
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
        Path profile = Files.createDirectories(tmp.resolve("profile"));
        ProcessBuilder pb = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--allow-file-access-from-files", "--user-data-dir=" + profile, "--virtual-time-budget=10000", "--dump-dom",
                page.toUri().toString()));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        byte[] dom = p.getInputStream().readAllBytes();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        Element pre = Jsoup.parse(new String(dom, StandardCharsets.UTF_8)).getElementById("axe-result");
        assertNotNull(pre, "axe did not report; Chromium output was:\n" + new String(dom, StandardCharsets.UTF_8));
        JsonNode result = ReportJson.MAPPER.readTree(pre.wholeText());
        assertEquals("", result.path("error").asText(""), "axe failed to run");
        return result;
    }
}
