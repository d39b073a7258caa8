package org.careprint.batch;

import org.careprint.testsupport.HeadlessAxe;

import org.careprint.report.IndexPage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs axe-core inside headless Chromium on index.html and expects zero violations. Skipped (with a
 * message) where Chromium or axe-core is not installed; .ci/run installs both.
 */
class IndexAccessibilityTest {
    @Test
    void indexPageHasNoAxeViolations(@TempDir Path tmp) throws Exception {
        HeadlessAxe.assumeInstalled();
        String html = IndexPage.render(SampleReports.withBooklet()); // handout cards and a booklet card
        JsonNode result = runAxe(html, tmp);
        assertEquals(0, result.path("violations").size(), HeadlessAxe.problems(result));
        assertEquals(true, result.path("passes").asInt() > 10, "axe actually ran its rules");
    }

    static JsonNode runAxe(String html, Path tmp) throws Exception {
        String axe = Files.readString(HeadlessAxe.AXE).replace("</script", "<\\/script");
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
        return HeadlessAxe.result(page, tmp);
    }
}
