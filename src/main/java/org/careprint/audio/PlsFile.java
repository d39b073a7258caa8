package org.careprint.audio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * One W3C PLS 1.0 document, read once: its respellings ({@code <alias>}), its phones ({@code <phoneme>}, CMU phones
 * with stress 0/1/2 on vowels) by lower-case grapheme, and the graphemes written in capitals (acronyms said as
 * words); {@code preferred}: graphemes whose alias is marked {@code prefer="true"}, to be respelled even for a voice
 * that takes phones (spellings a voice would read letter by letter before looking them up). XML is parsed with no DOCTYPE allowed, so no external entity or DTD can be fetched.
 */
record PlsFile(Map<String, String> aliases, Map<String, String> phonemes, Set<String> acronyms, Set<String> preferred) {
    private static final String PLS_NS = "http://www.w3.org/2005/01/pronunciation-lexicon";
    /** One CMU phone (the set kevin16 and flite share), a vowel with an optional stress digit; FliteVoice checks with it too. */
    static final java.util.regex.Pattern CMU_PHONE = java.util.regex.Pattern.compile(
            "(?:aa|ae|ah|ao|aw|ax|ay|eh|er|ey|ih|iy|ow|oy|uh|uw)[012]?|b|ch|d|dh|f|g|hh|jh|k|l|m|n|ng|p|r|s|sh|t|th"
                    + "|v|w|y|z|zh");

    /** Reads one document; a malformed one is a CarePrintException naming {@code name}. */
    static PlsFile read(byte[] xml, String name) {
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
        Map<String, String> aliases = new LinkedHashMap<>();
        Map<String, String> phonemes = new LinkedHashMap<>();
        Set<String> acronyms = new TreeSet<>();
        Set<String> preferred = new TreeSet<>();
        NodeList lexemes = root.getElementsByTagNameNS(PLS_NS, "lexeme");
        for (int i = 0; i < lexemes.getLength(); i++) {
            Element lexeme = (Element) lexemes.item(i);
            String alias = clean(firstText(lexeme, "alias"));
            NodeList aliasNodes = lexeme.getElementsByTagNameNS(PLS_NS, "alias");
            boolean prefer = aliasNodes.getLength() > 0
                    && "true".equals(((Element) aliasNodes.item(0)).getAttribute("prefer"));
            String phoneme = clean(firstText(lexeme, "phoneme"));
            if (phoneme != null && !cmuPhones(phoneme)) {
                throw new CarePrintException(name + ": the <phoneme> \"" + phoneme + "\" of \"" + firstText(lexeme,
                        "grapheme") + "\" is not CMU phones (e.g. \"m ah0 t ae1 s t ah0 s ih0 s\"); write it so, or"
                        + " give an <alias> respelling instead.");
            }
            NodeList graphemes = lexeme.getElementsByTagNameNS(PLS_NS, "grapheme");
            for (int g = 0; g < graphemes.getLength(); g++) {
                String grapheme = graphemes.item(g).getTextContent().trim();
                if (grapheme.isEmpty() || alias == null && phoneme == null) {
                    continue;
                }
                String key = TextNormalizer.foldAccents(grapheme.toLowerCase(Locale.ROOT));
                if (alias != null) {
                    aliases.put(key, alias);
                    if (prefer) {
                        preferred.add(key);
                    }
                }
                if (phoneme != null) {
                    phonemes.put(key, phoneme);
                }
                if (grapheme.matches("[A-Z][A-Z'\u2019-]*[A-Z]")) {
                    acronyms.add(grapheme);
                }
            }
        }
        return new PlsFile(aliases, phonemes, acronyms, preferred);
    }

    private static boolean cmuPhones(String phoneme) {
        for (String p : phoneme.toLowerCase(Locale.ROOT).split(" ")) {
            if (!CMU_PHONE.matcher(p).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.trim().replaceAll("\\s+", " ");
    }

    private static String firstText(Element parent, String localName) {
        NodeList list = parent.getElementsByTagNameNS(PLS_NS, localName);
        return list.getLength() == 0 ? null : list.item(0).getTextContent();
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

    private static String firstLine(String message) {
        if (message == null) {
            return "parse error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
