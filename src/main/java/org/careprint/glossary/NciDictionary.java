package org.careprint.glossary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NCI Dictionary of Cancer Terms (a US federal work in the public domain) through NCI's public Glossary
 * API: {@code GET {base}/Terms/Cancer.gov/Patient/en/{id or pretty-url-name}}, answering
 * {@code {"termId", "termName", "definition": {"text", "html"}, ...}}. Used only with
 * {@code --dictionary nci}. Every answer, including "not found", is cached on disk so each term is asked
 * once; after the first network failure the rest of the run uses the cache only.
 */
public final class NciDictionary implements Dictionary {
    public static final String DEFAULT_BASE = "https://webapis.cancer.gov/glossary/v1";
    /** Points the client at a mirror or a test server. */
    public static final String BASE_ENV = "CAREPRINT_NCI_GLOSSARY_URL";

    private static final Pattern QUERY_ID = Pattern.compile("[?&]id=(\\d{1,12})");
    private static final Pattern CDR_ID = Pattern.compile("CDR0*(\\d{1,12})");
    private static final Pattern DEF_PATH = Pattern.compile("/def/([A-Za-z0-9-]{1,120})");
    private static final String NOT_FOUND = "{\"notFound\":true}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final Path cache;
    private final HttpClient http;
    private final AtomicReference<String> offline = new AtomicReference<>();

    public NciDictionary(String base, Path cacheDir) {
        this.base = base.replaceAll("/+$", "");
        this.cache = cacheDir.resolve("nci-dictionary");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The default cache folder: $XDG_CACHE_HOME/careprint, else ~/.cache/careprint. */
    public static Path defaultCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path root = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return root.resolve("careprint");
    }

    @Override
    public Optional<Definition> define(String term, String ref) {
        String id = idFrom(ref);
        Optional<Definition> hit = id != null ? ask("id-" + id, id) : Optional.empty();
        if (hit.isEmpty()) {
            String name = prettyName(ref, term);
            if (!name.isEmpty()) {
                hit = ask("name-" + name, name);
            }
        }
        return hit;
    }

    @Override
    public String unavailableReason() {
        return offline.get();
    }

    /** The numeric dictionary id in a page's link: popDefinition.aspx?id=46678, CDR0000046678. */
    static String idFrom(String ref) {
        if (ref == null) {
            return null;
        }
        Matcher m = QUERY_ID.matcher(ref);
        if (m.find() && ref.toLowerCase(Locale.ROOT).contains("definition")) {
            return m.group(1);
        }
        m = CDR_ID.matcher(ref);
        if (m.find()) {
            return m.group(1);
        }
        m = DEF_PATH.matcher(ref);
        if (m.find() && m.group(1).chars().allMatch(Character::isDigit)) {
            return m.group(1);
        }
        return null;
    }

    /** The API's "pretty URL name": from a /def/name link, else the term in lower case with hyphens. */
    static String prettyName(String ref, String term) {
        if (ref != null) {
            Matcher m = DEF_PATH.matcher(ref);
            if (m.find() && !m.group(1).chars().allMatch(Character::isDigit)) {
                return m.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return PhraseNormalizer.normalize(term).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    private Optional<Definition> ask(String cacheKey, String pathSegment) {
        Path file = cache.resolve(cacheKey + ".json");
        try {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return parse(Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // An unreadable cache entry is asked again below.
        }
        if (offline.get() != null) {
            return Optional.empty();
        }
        String body;
        try {
            URI uri = URI.create(base + "/Terms/Cancer.gov/Patient/en/"
                    + URLEncoder.encode(pathSegment, StandardCharsets.UTF_8));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                body = NOT_FOUND;
            } else if (response.statusCode() != 200) {
                offline.compareAndSet(null, "HTTP " + response.statusCode() + " from " + base);
                return Optional.empty();
            } else {
                body = response.body();
            }
        } catch (IOException | IllegalArgumentException e) {
            offline.compareAndSet(null, "offline: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        Optional<Definition> parsed = parse(body);
        if (parsed.isPresent() || NOT_FOUND.equals(body)) {
            store(file, body);
        }
        return parsed;
    }

    static Optional<Definition> parse(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            String name = text(root, "termName", "term_name");
            JsonNode def = root.path("definition");
            String text = def.isTextual() ? def.asText() : def.path("text").asText("");
            text = text.replaceAll("\\s+", " ").strip();
            if (name.isBlank() || text.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new Definition(name.strip(), text, org.careprint.model.TermBinding.NCI_DICTIONARY));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode root, String... names) {
        for (String n : names) {
            if (root.path(n).isTextual()) {
                return root.path(n).asText();
            }
        }
        return "";
    }

    /** Written to a temporary file and moved into place, so a killed run never leaves half an answer. */
    private void store(Path file, String body) {
        try {
            Files.createDirectories(cache);
            Path tmp = Files.createTempFile(cache, ".answer", ".tmp");
            try {
                Files.writeString(tmp, body, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // The cache is a convenience: a read-only home folder still gets definitions, just not saved.
        }
    }
}
