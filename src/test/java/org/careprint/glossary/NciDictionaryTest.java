package org.careprint.glossary;

import com.sun.net.httpserver.HttpServer;
import org.careprint.model.Block;
import org.careprint.model.Handout;
import org.careprint.model.Inline;
import org.careprint.model.Metadata;
import org.careprint.model.TermBinding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * --dictionary nci against a local server answering in the Glossary API's documented shape; nothing here
 * touches the internet.
 */
class NciDictionaryTest {
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();
    @TempDir
    Path cache;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/glossary/v1/Terms/Cancer.gov/Patient/en/", exchange -> {
            requests.incrementAndGet();
            String last = exchange.getRequestURI().getPath().replaceAll(".*/", "");
            hits.merge(last, 1, Integer::sum);
            String body;
            int status = 200;
            switch (last) {
                case "46678" -> body = "{\"termId\":46678,\"language\":\"en\",\"dictionary\":\"Cancer.gov\",\"audience\":\"Patient\","
                        + "\"termName\":\"adrenal gland\",\"firstLetter\":\"a\",\"prettyUrlName\":\"adrenal-gland\","
                        + "\"definition\":{\"html\":\"A small gland <b>on top of</b> each kidney.\","
                        + "\"text\":\"A small gland on top of each kidney.\"},\"pronunciation\":{\"key\":\"(uh-DREE-nul)\"}}";
                case "zymurgy-test" -> body = "{\"termId\":9,\"termName\":\"zymurgy test\",\"definition\":{\"text\":\"A made-up test.\"}}";
                default -> {
                    status = 404;
                    body = "{\"Message\":\"No match\"}";
                }
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/glossary/v1";
    }

    @Test
    void readsIdsFromEveryLinkShape() {
        assertEquals("46678", NciDictionary.idFrom("/Common/PopUps/popDefinition.aspx?id=46678&version=patient"));
        assertEquals("46678", NciDictionary.idFrom("https://www.cancer.gov/publications/dictionaries/cancer-terms/def/46678"));
        assertEquals("46678", NciDictionary.idFrom("#CDR0000046678"));
        assertNull(NciDictionary.idFrom("https://www.cancer.gov/types/adrenocortical"));
        assertEquals("adrenal-gland", NciDictionary.prettyName(
                "https://www.cancer.gov/publications/dictionaries/cancer-terms/def/adrenal-gland", "x"));
        assertEquals("zymurgy-test", NciDictionary.prettyName(null, "Zymurgy test"));
    }

    @Test
    void definesByIdThenByNameCachesEveryAnswerAndSaysWhereItCameFrom() {
        NciDictionary nci = new NciDictionary(base(), cache);
        Glossary empty = Glossary.of(List.of(new GlossaryEntry("cancer", "A disease of cells.", List.of())));
        Handout h = new Handout(Metadata.untitled("p.md"), List.of(new Block.Paragraph(List.of(
                new Inline.Term("adrenal glands", "adrenal glands", null, true, false)
                        .withRef("/Common/PopUps/popDefinition.aspx?id=46678&version=patient"),
                new Inline.Text(" and a "), new Inline.Term("zymurgy test", true), new Inline.Text(" and "),
                new Inline.Term("unknownium", true)), 1)));
        TermBinder.Result r = TermBinder.bind(h, empty, nci);
        List<Inline.Term> terms = r.handout().distinctTerms();
        assertEquals("A small gland on top of each kidney.", terms.get(0).definition());
        assertEquals(TermBinding.NCI_DICTIONARY, terms.get(0).binding().source());
        assertEquals("adrenal gland", terms.get(0).binding().entry());
        assertNull(terms.get(0).binding().relation(), "plural of the same headword");
        assertEquals("A made-up test.", terms.get(1).definition());
        assertFalse(terms.get(2).defined());
        assertTrue(r.findings().isEmpty(), r.findings().toString());
        int asked = requests.get();
        assertTrue(Files.isRegularFile(cache.resolve("nci-dictionary/id-46678.json")));
        assertTrue(Files.isRegularFile(cache.resolve("nci-dictionary/name-unknownium.json")), "not-found is cached too");

        // A second run answers from the cache alone, even with the server gone.
        server.stop(0);
        TermBinder.Result again = TermBinder.bind(h, empty, new NciDictionary(base(), cache));
        assertEquals(asked, requests.get());
        assertEquals(terms, again.handout().distinctTerms());
        assertTrue(again.findings().isEmpty());
    }

    @Test
    void offlineFallsBackWithAnInfoFinding() throws IOException {
        server.stop(0);
        NciDictionary nci = new NciDictionary(base(), cache);
        Glossary g = Glossary.of(List.of(new GlossaryEntry("biopsy", "Taking a bit of tissue to look at.", List.of())));
        Handout h = new Handout(Metadata.untitled("p.md"), List.of(new Block.Paragraph(List.of(
                new Inline.Term("biopsy", true), new Inline.Text(" and "), new Inline.Term("adrenal gland", true)), 1)));
        TermBinder.Result r = TermBinder.bind(h, g, nci);
        assertTrue(r.handout().distinctTerms().get(0).defined(), "the glossary still defines what it knows");
        assertFalse(r.handout().distinctTerms().get(1).defined());
        assertEquals(1, r.findings().size());
        assertEquals("dictionary-offline", r.findings().get(0).code());
    }
}
