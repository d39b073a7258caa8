package org.careprint.print;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The XMP metadata stream: title, language, dates, PDF/A-2a and PDF/UA-1 identification, and the review
 * dates in CarePrint's own namespace (declared through a PDF/A extension schema, as PDF/A requires).
 */
final class XmpPacket {
    static final String CAREPRINT_NS = "https://careprint.org/ns/1.0/";

    private XmpPacket() {
    }

    record Fields(String title, String language, String organization, Instant created, String producer,
                  String creator, String documentId, LocalDate reviewed, LocalDate updated, LocalDate nextReview,
                  String reviewStatus) {
    }

    static byte[] build(Fields f) {
        String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(f.created().atOffset(ZoneOffset.UTC));
        StringBuilder x = new StringBuilder();
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        x.append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        x.append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        x.append("   <dc:format>application/pdf</dc:format>\n");
        x.append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(f.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        x.append("   <dc:language><rdf:Bag><rdf:li>").append(esc(f.language())).append("</rdf:li></rdf:Bag></dc:language>\n");
        if (f.organization() != null && !f.organization().isBlank()) {
            x.append("   <dc:publisher><rdf:Bag><rdf:li>").append(esc(f.organization()))
                    .append("</rdf:li></rdf:Bag></dc:publisher>\n");
        }
        x.append("  </rdf:Description>\n");
        x.append("  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
        x.append("   <xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n");
        x.append("   <xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n");
        x.append("   <xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n");
        x.append("   <xmp:CreatorTool>").append(esc(f.creator())).append("</xmp:CreatorTool>\n");
        x.append("  </rdf:Description>\n");
        x.append("  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
        x.append("   <pdf:Producer>").append(esc(f.producer())).append("</pdf:Producer>\n");
        x.append("  </rdf:Description>\n");
        x.append("  <rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n");
        x.append("   <xmpMM:DocumentID>uuid:").append(f.documentId()).append("</xmpMM:DocumentID>\n");
        x.append("   <xmpMM:InstanceID>uuid:").append(f.documentId()).append("</xmpMM:InstanceID>\n");
        x.append("  </rdf:Description>\n");
        x.append("  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
        x.append("   <pdfaid:part>2</pdfaid:part>\n   <pdfaid:conformance>A</pdfaid:conformance>\n");
        x.append("  </rdf:Description>\n");
        x.append("  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n");
        x.append("   <pdfuaid:part>1</pdfuaid:part>\n");
        x.append("  </rdf:Description>\n");
        x.append("  <rdf:Description rdf:about=\"\" xmlns:careprint=\"").append(CAREPRINT_NS).append("\">\n");
        if (f.reviewed() != null) {
            x.append("   <careprint:reviewed>").append(f.reviewed()).append("</careprint:reviewed>\n");
        }
        if (f.updated() != null) {
            x.append("   <careprint:updated>").append(f.updated()).append("</careprint:updated>\n");
        }
        if (f.nextReview() != null) {
            x.append("   <careprint:nextReview>").append(f.nextReview()).append("</careprint:nextReview>\n");
        }
        x.append("   <careprint:reviewStatus>").append(esc(f.reviewStatus())).append("</careprint:reviewStatus>\n");
        x.append("  </rdf:Description>\n");
        x.append(extensionSchemas());
        x.append(" </rdf:RDF>\n</x:xmpmeta>\n");
        // Padding lets editors update the packet in place, as the XMP specification recommends.
        for (int i = 0; i < 10; i++) {
            x.append(" ".repeat(99)).append('\n');
        }
        x.append("<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String extensionSchemas() {
        StringBuilder x = new StringBuilder();
        x.append("  <rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n");
        x.append("   <pdfaExtension:schemas><rdf:Bag>\n");
        x.append(schema("PDF/UA identification", "http://www.aiim.org/pdfua/ns/id/", "pdfuaid",
                new String[][] {{"part", "Integer", "Part of ISO 14289 the file conforms to"}}));
        x.append(schema("CarePrint review dates", CAREPRINT_NS, "careprint", new String[][] {
                {"reviewed", "Date", "Date of the last medical review"},
                {"updated", "Date", "Date of the last content update"},
                {"nextReview", "Date", "Date the next medical review is due"},
                {"reviewStatus", "Text", "current, due, overdue or unknown"}}));
        x.append("   </rdf:Bag></pdfaExtension:schemas>\n  </rdf:Description>\n");
        return x.toString();
    }

    private static String schema(String name, String uri, String prefix, String[][] properties) {
        StringBuilder x = new StringBuilder();
        x.append("    <rdf:li rdf:parseType=\"Resource\">\n");
        x.append("     <pdfaSchema:schema>").append(esc(name)).append("</pdfaSchema:schema>\n");
        x.append("     <pdfaSchema:namespaceURI>").append(uri).append("</pdfaSchema:namespaceURI>\n");
        x.append("     <pdfaSchema:prefix>").append(prefix).append("</pdfaSchema:prefix>\n");
        x.append("     <pdfaSchema:property><rdf:Seq>\n");
        for (String[] p : properties) {
            x.append("      <rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>").append(p[0])
                    .append("</pdfaProperty:name><pdfaProperty:valueType>").append(p[1])
                    .append("</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category>"
                            + "<pdfaProperty:description>").append(esc(p[2]))
                    .append("</pdfaProperty:description></rdf:li>\n");
        }
        x.append("     </rdf:Seq></pdfaSchema:property>\n    </rdf:li>\n");
        return x.toString();
    }

    /** Escaped for markup by the one XML-family escaper ({@link org.careprint.model.Markup}). */
    static String esc(String s) {
        return org.careprint.model.Markup.xml(s);
    }
}
