package org.careprint.audio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.careprint.model.CarePrintException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Pronunciations from W3C Pronunciation Lexicon Specification (PLS 1.0) files, applied by respelling: each
 * {@code <grapheme>} found as a whole word in the spoken text is replaced by its {@code <alias>}, which the
 * voice's own letter-to-sound rules then read correctly. Later lexicons override earlier ones.
 */
public final class Lexicon {
    static final String BUNDLED = "lexicon.pls";
    private static final String PLS_NS = "http://www.w3.org/2005/01/pronunciation-lexicon";

    private final Map<String, String> aliases;
    private final Map<String, String> phonemes;
    private final String fingerprint;
    private final Pattern words;

    private Lexicon(Map<String, String> aliases, Map<String, String> phonemes, String fingerprint) {
        this.aliases = Map.copyOf(aliases);
        this.phonemes = Map.copyOf(phonemes);
        this.fingerprint = fingerprint;
        this.words = pattern(aliases.keySet());
    }

    /** The bundled lexicon plus the user's files, in order. Malformed or unreadable files are a CarePrintException. */
    public static Lexicon load(List<Path> extra) {
        Map<String, String> aliases = new LinkedHashMap<>();
        Map<String, String> phonemes = new LinkedHashMap<>();
        MessageDigest digest = sha256();
        byte[] bundled = bundledBytes();
        digest.update(bundled);
        aliases.putAll(parse(bundled, "bundled " + BUNDLED));
        phonemes.putAll(phonemes(bundled));
        for (Path file : extra == null ? List.<Path>of() : extra) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new CarePrintException(file + ": cannot read this lexicon file; check the --lexicon path.");
            }
            digest.update(bytes);
            Map<String, String> own = parse(bytes, file.toString());
            aliases.putAll(own);
            own.keySet().forEach(phonemes::remove); // a later alias overrides an earlier phoneme
            phonemes.putAll(phonemes(bytes));
        }
        return new Lexicon(aliases, phonemes, HexFormat.of().formatHex(digest.digest()).substring(0, 16));
    }

    /** Parses one PLS document into grapheme (lower case) → alias. */
    static Map<String, String> parse(byte[] xml, String name) {
        Document doc;
        try {
            DocumentBuilder builder = secureFactory().newDocumentBuilder();
            builder.setErrorHandler(null);
            doc = builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new CarePrintException(name + ": not a valid PLS lexicon (" + firstLine(e.getMessage())
                    + "); fix the XML or remove the --lexicon option.");
        }
        Element root = doc.getDocumentElement();
        if (!"lexicon".equals(root.getLocalName()) || !PLS_NS.equals(root.getNamespaceURI())) {
            throw new CarePrintException(name + ": the root element must be <lexicon xmlns=\"" + PLS_NS
                    + "\">; see docs for the PLS format.");
        }
        Map<String, String> out = new LinkedHashMap<>();
        NodeList lexemes = root.getElementsByTagNameNS(PLS_NS, "lexeme");
        for (int i = 0; i < lexemes.getLength(); i++) {
            Element lexeme = (Element) lexemes.item(i);
            String alias = firstText(lexeme, "alias");
            if (alias == null || alias.isBlank()) {
                continue; // phoneme-only entries need an alphabet FreeTTS does not take; respelling is what we apply
            }
            NodeList graphemes = lexeme.getElementsByTagNameNS(PLS_NS, "grapheme");
            for (int g = 0; g < graphemes.getLength(); g++) {
                String grapheme = graphemes.item(g).getTextContent().trim();
                if (!grapheme.isEmpty()) {
                    out.put(grapheme.toLowerCase(Locale.ROOT), alias.trim().replaceAll("\\s+", " "));
                }
            }
        }
        return out;
    }

    /**
     * The bundled entries' intended phones ({@code <phoneme>}, the CMU phone set kevin16 and flite share) without
     * stress digits, by grapheme: what the alias must make kevin16 say. Checked by a test against its front end.
     */
    static Map<String, String> bundledPhonemes() {
        Map<String, String> out = new LinkedHashMap<>();
        phonemes(bundledBytes()).forEach((g, p) -> out.put(g, p.replaceAll("\\d", "")));
        return out;
    }

    /** {@code <phoneme>} of every lexeme that has one (CMU phones, vowels may carry stress 0/1/2), by grapheme. */
    private static Map<String, String> phonemes(byte[] xml) {
        Map<String, String> out = new LinkedHashMap<>();
        Document doc;
        try {
            doc = secureFactory().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new IllegalStateException(e); // parse() has reported malformed files already
        }
        NodeList lexemes = doc.getDocumentElement().getElementsByTagNameNS(PLS_NS, "lexeme");
        for (int i = 0; i < lexemes.getLength(); i++) {
            Element lexeme = (Element) lexemes.item(i);
            String phoneme = firstText(lexeme, "phoneme");
            NodeList graphemes = lexeme.getElementsByTagNameNS(PLS_NS, "grapheme");
            for (int g = 0; phoneme != null && !phoneme.isBlank() && g < graphemes.getLength(); g++) {
                String grapheme = graphemes.item(g).getTextContent().trim().toLowerCase(Locale.ROOT);
                if (!grapheme.isEmpty()) {
                    out.put(grapheme, phoneme.trim().replaceAll("\\s+", " "));
                }
            }
        }
        return out;
    }

    /** Entries with phones ({@code <phoneme>}), by lower-case grapheme: for engines that take phones. */
    public Map<String, String> phonemes() {
        return phonemes;
    }

    /** Like {@link #respell(String)}, leaving the words in {@code except} (lower case) as they are. */
    public String respell(String spoken, java.util.Set<String> except) {
        if (words == null || except.isEmpty()) {
            return respell(spoken);
        }
        Matcher m = words.matcher(spoken);
        return m.replaceAll(r -> {
            String key = r.group().toLowerCase(Locale.ROOT);
            return Matcher.quoteReplacement(except.contains(key) ? r.group() : aliases.get(key));
        });
    }

    /** Replaces listed words by their respelling, whole words only, ignoring case. */
    public String respell(String spoken) {
        if (words == null) {
            return spoken;
        }
        Matcher m = words.matcher(spoken);
        return m.replaceAll(r -> Matcher.quoteReplacement(aliases.get(r.group().toLowerCase(Locale.ROOT))));
    }

    public String alias(String word) {
        return aliases.get(word.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return aliases.size();
    }

    /** Hash of every lexicon file's bytes, for incremental rebuilds. */
    public String fingerprint() {
        return fingerprint;
    }

    private static Pattern pattern(java.util.Set<String> keys) {
        if (keys.isEmpty()) {
            return null;
        }
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\d])(?:");
        for (int i = 0; i < sorted.size(); i++) {
            sb.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
        }
        return Pattern.compile(sb.append(")(?![\\p{L}\\d])").toString(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** No DOCTYPE at all, so no external entities or DTDs can be fetched (XXE and billion-laughs safe). */
    private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    private static String firstText(Element parent, String localName) {
        NodeList list = parent.getElementsByTagNameNS(PLS_NS, localName);
        return list.getLength() == 0 ? null : list.item(0).getTextContent();
    }

    private static byte[] bundledBytes() {
        try (InputStream in = Lexicon.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new CarePrintException("The bundled pronunciation lexicon is missing from the jar; reinstall CarePrint.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new CarePrintException("The bundled pronunciation lexicon cannot be read; reinstall CarePrint.", e);
        }
    }

    private static MessageDigest sha256() {
        return org.careprint.model.Sha256.digest();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "parse error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
