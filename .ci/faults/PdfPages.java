/** Prints a PDF's page count with the PDFBox inside the program's jar: java -cp JAR PdfPages.java FILE. */
public class PdfPages {
  public static void main(String[] args) throws Exception {
    try (var doc = org.apache.pdfbox.Loader.loadPDF(new java.io.File(args[0]))) {
      System.out.println(doc.getNumberOfPages());
    }
  }
}
