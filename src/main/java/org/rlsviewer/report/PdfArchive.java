package org.rlsviewer.report;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a document PDF/A-2b: the document properties repeated as XMP metadata (the two must agree),
 * and an sRGB output intent for the colours used. Fonts are embedded by {@link ReportFonts}.
 */
final class PdfArchive {

  private static final String SRGB = "sRGB IEC61966-2.1";

  private PdfArchive() {}

  /** Sets the document properties and, unless {@code archival} is false, the PDF/A-2b claim. */
  static void describe(PDDocument doc, String title, String author, String subject, String keywords,
      String creatorTool, Calendar created, String source, boolean archival) throws IOException {
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(title);
    info.setAuthor(author);
    info.setSubject(subject);
    info.setKeywords(keywords);
    info.setCreator(creatorTool);
    info.setProducer(creatorTool);
    info.setCreationDate(created);
    info.setModificationDate(created);

    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(title);
    dc.addCreator(author);
    dc.setDescription(subject);
    dc.setFormat("application/pdf");
    dc.setSource(source);
    AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
    pdf.setProducer(creatorTool);
    pdf.setKeywords(keywords);
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreatorTool(creatorTool);
    basic.setCreateDate(created);
    basic.setModifyDate(created);
    if (archival) {
      PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
      id.setPart(2);
      try {
        id.setConformance("B");
      } catch (BadFieldValueException e) {
        throw new IllegalStateException(e);
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, bytes, true);
    } catch (TransformerException e) {
      throw new IOException("document metadata could not be written", e);
    }
    PDMetadata metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(bytes.toByteArray());
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    catalog.setMetadata(metadata);
    catalog.setLanguage("en");
    if (archival) {
      PDOutputIntent intent = new PDOutputIntent(doc,
          new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
      intent.setInfo(SRGB);
      intent.setOutputCondition(SRGB);
      intent.setOutputConditionIdentifier(SRGB);
      intent.setRegistryName("http://www.color.org");
      catalog.addOutputIntent(intent);
    }
  }
}
