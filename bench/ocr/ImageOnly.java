import java.awt.image.BufferedImage;
import java.io.File;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Rebuilds a PDF as images only (no text layer): each page rendered at DPI (default 300) in grey
 * and drawn full-page. Usage: java -cp draftkit.jar ImageOnly.java IN.pdf OUT.pdf [DPI]
 */
public class ImageOnly {
  public static void main(String[] args) throws Exception {
    int dpi = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    try (PDDocument src = Loader.loadPDF(new File(args[0])); PDDocument out = new PDDocument()) {
      PDFRenderer renderer = new PDFRenderer(src);
      for (int i = 0; i < src.getNumberOfPages(); i++) {
        BufferedImage img = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
        PDRectangle box = src.getPage(i).getCropBox();
        PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
        out.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
          cs.drawImage(LosslessFactory.createFromImage(out, img), 0, 0, box.getWidth(), box.getHeight());
        }
      }
      out.save(new File(args[1]));
    }
  }
}
