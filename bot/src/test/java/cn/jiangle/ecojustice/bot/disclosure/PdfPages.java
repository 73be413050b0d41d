package cn.jiangle.ecojustice.bot.disclosure;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading a report PDF back as a reader would: its text, and its pages as pictures. */
final class PdfPages {

	private PdfPages() {
	}

	/** All text, lines joined (Chinese wraps without spaces, so a wrapped sentence reads whole). */
	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replace("\r", "").replace("\n", "");
		}
	}

	static List<BufferedImage> render(byte[] pdf, float dpi) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(document);
			List<BufferedImage> pages = new ArrayList<>();
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
			}
			return pages;
		}
	}

	/** Share of pixels darker than mid-grey in the rectangle (image coordinates, top-left origin). */
	static double darkFraction(BufferedImage image, int x, int y, int width, int height) {
		int dark = 0;
		for (int row = y; row < y + height; row++) {
			for (int col = x; col < x + width; col++) {
				int rgb = image.getRGB(col, row);
				int luminance = (299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
				if (luminance < 128) {
					dark++;
				}
			}
		}
		return (double) dark / (width * height);
	}

	/** Share of pixels that are not near-white anywhere on the page. */
	static double inked(BufferedImage page) {
		int inked = 0;
		for (int row = 0; row < page.getHeight(); row++) {
			for (int col = 0; col < page.getWidth(); col++) {
				int rgb = page.getRGB(col, row);
				if (((rgb >> 16) & 0xFF) < 230 || ((rgb >> 8) & 0xFF) < 230 || (rgb & 0xFF) < 230) {
					inked++;
				}
			}
		}
		return (double) inked / (page.getWidth() * page.getHeight());
	}

}
