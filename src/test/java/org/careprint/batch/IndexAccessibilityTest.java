package org.careprint.batch;

import org.careprint.report.IndexPage;
import org.careprint.report.ReportJson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs axe-core inside headless Chromium on index.html and expects zero violations. Skipped (with a
 * message) where Chromium or axe-core is not installed; .ci/run installs both.
 */
class IndexAccessibilityTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path AXE = Path.of(".ci/node_modules/axe-core/axe.min.js");

    @Test
    void indexPageHasNoAxeViolations(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed (apt-get install -y chromium chromium-driver)");
        assumeTrue(Files.isRegularFile(AXE), "axe-core not installed (npm install --prefix .ci --no-save axe-core@4.10.3)");
        String html = IndexPage.render(SampleReports.withBooklet()); // handout cards and a booklet card
        JsonNode result = runAxe(html, tmp);
        StringBuilder problems = new StringBuilder();
        for (JsonNode v : result.path("violations")) {
            problems.append(v.path("id").asText()).append(": ").append(v.path("help").asText()).append(" at ")
                    .append(v.path("nodes")).append('\n');
        }
        assertEquals(0, result.path("violations").size(), problems.toString());
        assertEquals(true, result.path("passes").asInt() > 10, "axe actually ran its rules");
    }

    static JsonNode runAxe(String html, Path tmp) throws Exception {
        String axe = Files.readString(AXE).replace("</script", "<\\/script");
        String runner = "<script>" + axe + "</script>\n<script>\n"
                + "axe.run(document).then(function (r) {\n"
                + "  var out = {passes: r.passes.length, violations: r.violations.map(function (v) {\n"
                + "    return {id: v.id, impact: v.impact, help: v.help,\n"
                + "            nodes: v.nodes.map(function (n) { return n.target.join(' '); })}; })};\n"
                + "  var pre = document.createElement('pre'); pre.id = 'axe-result';\n"
                + "  pre.textContent = JSON.stringify(out); document.body.appendChild(pre);\n"
                + "}, function (e) { var pre = document.createElement('pre'); pre.id = 'axe-result';\n"
                + "  pre.textContent = JSON.stringify({error: String(e)}); document.body.appendChild(pre); });\n"
                + "</script>\n";
        Path page = tmp.resolve("index-axe.html");
        Files.writeString(page, html.replace("</body>", runner + "</body>"), StandardCharsets.UTF_8);
        Path profile = Files.createDirectories(tmp.resolve("profile"));
        ProcessBuilder pb = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--virtual-time-budget=10000", "--dump-dom", page.toUri().toString()));
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
