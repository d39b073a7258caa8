package org.careprint.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * axe-core in headless Chromium, for the accessibility tests of the index page and the read-along books: the page
 * carries its own runner script (HTML and XHTML need different ones) that writes the result into a
 * {@code <pre id="axe-result">}; this opens it, dumps the DOM and returns that result. Tests skip with a message
 * where Chromium or axe-core is missing; .ci/run installs both.
 */
public final class HeadlessAxe {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path AXE = Path.of(".ci/node_modules/axe-core/axe.min.js");
    private static final ObjectMapper JSON = new ObjectMapper();

    private HeadlessAxe() {
    }

    public static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed (apt-get install -y chromium chromium-driver)");
        assumeTrue(Files.isRegularFile(AXE), "axe-core not installed (npm install --prefix .ci --no-save axe-core@4.10.3)");
    }

    /** Opens {@code page} (which runs axe itself) and returns the JSON result it wrote; fails if axe did not run. */
    public static JsonNode result(Path page, Path tmp) throws Exception {
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
        JsonNode result = JSON.readTree(pre.wholeText());
        assertEquals("", result.path("error").asText(""), "axe failed to run");
        return result;
    }

    /** One line per violation: rule, help text and where. */
    public static String problems(JsonNode result) {
        StringBuilder problems = new StringBuilder();
        for (JsonNode v : result.path("violations")) {
            problems.append(v.path("id").asText()).append(": ").append(v.path("help").asText()).append(" at ")
                    .append(v.path("nodes")).append('\n');
        }
        return problems.toString();
    }
}
