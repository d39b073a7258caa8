package org.careprint.print;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Opens a tagged PDF/UA-1 + PDF/A-2a writer: version, tagging, tab order, title display, language, XMP,
 * sRGB output intent and the Info dictionary with a content-hash file ID. Shared by a handout
 * ({@link PdfRenderer}) and a booklet ({@link BookPrinter}), so both meet the same rules the same way.
 */
final class PdfSetup {
    private PdfSetup() {
    }

    /** Creates the writer for {@code doc}, opens the document and writes the metadata; {@code id} is 16 bytes. */
    static PdfWriter open(Document doc, OutputStream out, XmpPacket.Fields fields, byte[] id)
            throws DocumentException, java.io.IOException {
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setTagged();
        writer.setTabs(PdfName.S); // annotations (links) in structure order (PDF/UA 7.18.3)
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(fields.language()));
        doc.open();
        writer.setXmpMetadata(XmpPacket.build(fields));
        writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1",
                ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        // OpenPDF labels every output intent GTS_PDFX; PDF/A needs GTS_PDFA1 for DeviceRGB to be allowed.
        PdfArray intents = writer.getExtraCatalog().getAsArray(PdfName.OUTPUTINTENTS);
        if (intents != null && intents.size() > 0) {
            intents.getAsDict(0).put(PdfName.S, new PdfName("GTS_PDFA1"));
        }
        infoDictionary(writer, fields.title(), fields.created(), id);
        return writer;
    }

    /** Info entries mirror the XMP; dates come from the options, never the clock, and the ID is a content hash. */
    private static void infoDictionary(PdfWriter writer, String title, Instant created, byte[] id) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(created.toEpochMilli());
        writer.getInfo().put(PdfName.TITLE, new PdfString(title, PdfObject.TEXT_UNICODE));
        writer.getInfo().put(PdfName.PRODUCER, new PdfString(PdfRenderer.PRODUCER, PdfObject.TEXT_UNICODE));
        writer.getInfo().put(PdfName.CREATOR, new PdfString(PdfRenderer.CREATOR, PdfObject.TEXT_UNICODE));
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(calendar));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(calendar));
        // OpenPDF writes the trailer /ID from this entry when present, instead of a random one.
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    static String uuid(byte[] id) {
        String hex = HexFormat.of().formatHex(id);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20, 32);
    }
}
