package cn.jiangle.ecojustice.bot.documents;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The PDFBox side of a {@link PdfComposer}: one document, its embedded font, the open page's content stream, and the
 * drawing operations in absolute page coordinates. IOExceptions become {@link PdfRenderingFailed}.
 */
final class PdfCanvas implements AutoCloseable {

	private final PDDocument document = new PDDocument();

	private final EmbeddedFont font;

	private final List<PDPage> pages = new ArrayList<>();

	private PDPageContentStream content;

	PdfCanvas(String title) {
		try {
			this.font = EmbeddedFont.embedInto(document);
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly();
			throw ex instanceof IOException io ? new PdfRenderingFailed("could not embed the font", io)
					: (RuntimeException) ex;
		}
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(title);
		info.setProducer("EcoJustice Assistant");
		info.setCreationDate(Calendar.getInstance());
	}

	boolean draws(int codePoint) {
		return font.draws(codePoint);
	}

	/** Width of {@code text} in font units (1/1000 of the font size). */
	double unitWidth(String text) {
		return io(() -> font.pdfFont.getStringWidth(text));
	}

	void newPage() {
		io(() -> {
			if (content != null) {
				content.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			pages.add(page);
			content = new PDPageContentStream(document, page);
			return null;
		});
	}

	void text(String printable, float x, float baseline, float size, Color color) {
		io(() -> {
			content.beginText();
			content.setFont(font.pdfFont, size);
			content.setNonStrokingColor(color);
			content.newLineAtOffset(x, baseline);
			content.showText(printable);
			content.endText();
			return null;
		});
	}

	/** Bilevel and grey images are stored losslessly (QR codes stay sharp), colour photos as JPEG. */
	void image(BufferedImage image, float x, float y, float width, float height) {
		io(() -> {
			PDImageXObject xobject = image.getType() == BufferedImage.TYPE_BYTE_BINARY
					|| image.getType() == BufferedImage.TYPE_BYTE_GRAY
							? LosslessFactory.createFromImage(document, image)
							: JPEGFactory.createFromImage(document, image, 0.85f);
			content.drawImage(xobject, x, y, width, height);
			return null;
		});
	}

	void strokeRectangle(float x, float y, float width, float height, float lineWidth, Color color) {
		io(() -> {
			content.setStrokingColor(color);
			content.setLineWidth(lineWidth);
			content.addRect(x, y, width, height);
			content.stroke();
			return null;
		});
	}

	void fillRectangle(float x, float y, float width, float height, Color color) {
		io(() -> {
			content.setNonStrokingColor(color);
			content.addRect(x, y, width, height);
			content.fill();
			return null;
		});
	}

	void line(float x1, float y1, float x2, float y2, float lineWidth, Color color) {
		io(() -> {
			content.setStrokingColor(color);
			content.setLineWidth(lineWidth);
			content.moveTo(x1, y1);
			content.lineTo(x2, y2);
			content.stroke();
			return null;
		});
	}

	/** Writes {@code 第 n 页　共 m 页} centred at {@code baseline} on every page. */
	void numberPages(float baseline, float size, Color color, float pageWidth) {
		for (int i = 0; i < pages.size(); i++) {
			String label = "第 " + (i + 1) + " 页　共 " + pages.size() + " 页";
			float x = (float) (pageWidth - unitWidth(label) * size / 1000) / 2;
			PDPage page = pages.get(i);
			io(() -> {
				try (PDPageContentStream footer = new PDPageContentStream(document, page, AppendMode.APPEND, true,
						true)) {
					footer.beginText();
					footer.setFont(font.pdfFont, size);
					footer.setNonStrokingColor(color);
					footer.newLineAtOffset(x, baseline);
					footer.showText(label);
					footer.endText();
				}
				return null;
			});
		}
	}

	/** Closes the open page and writes the document; the subset font is built here. */
	byte[] save() {
		return io(() -> {
			if (content != null) {
				content.close();
				content = null;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
			document.save(out);
			return out.toByteArray();
		});
	}

	@Override
	public void close() {
		try (document; font) {
			if (content != null) {
				content.close();
				content = null;
			}
		}
		catch (IOException ex) {
			throw new PdfRenderingFailed("could not release the PDF document", ex);
		}
	}

	private void closeQuietly() {
		try {
			document.close();
		}
		catch (IOException ignored) {
			// already failing; the first exception is the one worth reporting
		}
	}

	private static <T> T io(IoStep<T> step) {
		try {
			return step.run();
		}
		catch (IOException ex) {
			throw new PdfRenderingFailed("could not draw the PDF", ex);
		}
	}

	@FunctionalInterface
	private interface IoStep<T> {

		T run() throws IOException;

	}

}
