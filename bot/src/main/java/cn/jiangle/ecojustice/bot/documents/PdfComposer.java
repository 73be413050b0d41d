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
 * Lays out an A4 document top to bottom in the embedded Chinese font: headings, wrapped paragraphs, label–value
 * fields, tables that continue on the next page with their header, images; plus absolute drawing for fixed layouts
 * such as the certificate. Units are PDF points (1/72 inch). Not thread-safe: one composer per document; close it (or
 * call {@link #finish()}) to release the font.
 */
public final class PdfComposer implements AutoCloseable {

	public static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);

	public static final Color MUTED = new Color(0x55, 0x55, 0x55);

	private static final Color GRID = new Color(0x99, 0x99, 0x99);

	private static final Color HEADER_FILL = new Color(0xEE, 0xF2, 0xEE);

	private static final float LEADING = 1.5f;

	private static final float CELL_PADDING = 4f;

	private final PDDocument document = new PDDocument();

	private final EmbeddedFont font;

	private final LineBreaker breaker;

	private final float margin;

	private final List<PDPage> pages = new ArrayList<>();

	private PDPageContentStream content;

	private float cursor;

	private boolean pageNumbers;

	private PdfComposer(String title, float margin) throws IOException {
		this.margin = margin;
		this.font = EmbeddedFont.embedInto(document);
		this.breaker = new LineBreaker(this::unitWidth, font::draws);
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(title);
		info.setProducer("EcoJustice Assistant");
		info.setCreationDate(Calendar.getInstance());
		newPage();
	}

	/** A new A4 portrait document titled {@code title} (shown by PDF readers) with {@code margin} on every side. */
	public static PdfComposer a4(String title, float margin) {
		try {
			return new PdfComposer(title, margin);
		}
		catch (IOException ex) {
			throw new PdfRenderingFailed("could not start a PDF document", ex);
		}
	}

	/** Adds 「第 n 页 共 m 页」 at the foot of every page when the document is finished. */
	public PdfComposer withPageNumbers() {
		this.pageNumbers = true;
		return this;
	}

	public PdfComposer newPage() {
		return io(() -> {
			if (content != null) {
				content.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			pages.add(page);
			content = new PDPageContentStream(document, page);
			cursor = top();
		});
	}

	/** Each line centred between the margins. */
	public PdfComposer centered(String text, float size, Color color) {
		for (String line : lines(text, size, contentWidth())) {
			float baseline = nextLine(size);
			textAt(line, (pageWidth() - width(line, size)) / 2, baseline, size, color);
		}
		return this;
	}

	/** Left-aligned, wrapped at the right margin. */
	public PdfComposer paragraph(String text, float size, Color color) {
		for (String line : lines(text, size, contentWidth())) {
			textAt(line, left(), nextLine(size), size, color);
		}
		return this;
	}

	/** 「label　value」 with the value wrapped in its own column starting {@code labelWidth} from the margin. */
	public PdfComposer field(String label, String value, float size, float labelWidth) {
		List<String> valueLines = lines(value, size, contentWidth() - labelWidth);
		for (int i = 0; i < valueLines.size(); i++) {
			float baseline = nextLine(size);
			if (i == 0) {
				textAt(label, left(), baseline, size, MUTED);
			}
			textAt(valueLines.get(i), left() + labelWidth, baseline, size, TEXT);
		}
		return this;
	}

	/**
	 * A bordered table across the content width; {@code weights} share the width among the columns. Rows do not
	 * split; a row that does not fit starts a new page, which repeats the header.
	 */
	public PdfComposer table(List<String> header, List<List<String>> rows, float size, float... weights) {
		if (weights.length != header.size()) {
			throw new IllegalArgumentException(header.size() + " columns but " + weights.length + " weights");
		}
		float total = 0;
		for (float weight : weights) {
			total += weight;
		}
		float[] widths = new float[weights.length];
		for (int i = 0; i < weights.length; i++) {
			widths[i] = contentWidth() * weights[i] / total;
		}
		if (!row(header, widths, size, true)) {
			newPage();
			row(header, widths, size, true);
		}
		for (List<String> cells : rows) {
			if (cells.size() != header.size()) {
				throw new IllegalArgumentException("a row has " + cells.size() + " cells, the header " + header.size());
			}
			if (!row(cells, widths, size, false)) {
				newPage();
				row(header, widths, size, true);
				row(cells, widths, size, false);
			}
		}
		return this;
	}

	/** The image scaled to fit {@code maxWidth}×{@code maxHeight} (and the margins), at the left margin. */
	public PdfComposer image(BufferedImage image, float maxWidth, float maxHeight) {
		float scale = Math.min(Math.min(maxWidth, contentWidth()) / image.getWidth(),
				Math.min(maxHeight, top() - bottom()) / image.getHeight());
		float w = image.getWidth() * scale;
		float h = image.getHeight() * scale;
		if (cursor - h < bottom()) {
			newPage();
		}
		imageAt(image, left(), cursor - h, w, h);
		cursor -= h + 4;
		return this;
	}

	public PdfComposer space(float points) {
		cursor -= points;
		return this;
	}

	/** A thin horizontal line across the content width. */
	public PdfComposer rule() {
		float y = cursor - 4;
		return io(() -> {
			content.setStrokingColor(GRID);
			content.setLineWidth(0.5f);
			content.moveTo(left(), y);
			content.lineTo(right(), y);
			content.stroke();
			cursor = y - 4;
		});
	}

	/** One line of text with its baseline at {@code baseline}; no wrapping. */
	public PdfComposer textAt(String text, float x, float baseline, float size, Color color) {
		String printable = breaker.printable(text).replace('\n', ' ');
		return io(() -> {
			content.beginText();
			content.setFont(font.pdfFont, size);
			content.setNonStrokingColor(color);
			content.newLineAtOffset(x, baseline);
			content.showText(printable);
			content.endText();
		});
	}

	/** Bilevel and grey images are stored losslessly (QR codes stay sharp), colour photos as JPEG. */
	public PdfComposer imageAt(BufferedImage image, float x, float y, float width, float height) {
		return io(() -> {
			PDImageXObject xobject = image.getType() == BufferedImage.TYPE_BYTE_BINARY
					|| image.getType() == BufferedImage.TYPE_BYTE_GRAY
							? LosslessFactory.createFromImage(document, image)
							: JPEGFactory.createFromImage(document, image, 0.85f);
			content.drawImage(xobject, x, y, width, height);
		});
	}

	/** An unfilled rectangle, e.g. a certificate's border. */
	public PdfComposer rectangle(float x, float y, float width, float height, float lineWidth, Color color) {
		return io(() -> {
			content.setStrokingColor(color);
			content.setLineWidth(lineWidth);
			content.addRect(x, y, width, height);
			content.stroke();
		});
	}

	/** The printed width of {@code text} at {@code size}. */
	public float width(String text, float size) {
		return (float) unitWidth(breaker.printable(text)) * size / 1000f;
	}

	/** The lines {@code text} takes at {@code size} in a column {@code maxWidth} wide. */
	public List<String> lines(String text, float size, float maxWidth) {
		return breaker.lines(breaker.printable(text), maxWidth * 1000f / size);
	}

	/** Where the next line's top will be, in points from the bottom of the page. */
	public float cursor() {
		return cursor;
	}

	public PdfComposer moveCursorTo(float y) {
		this.cursor = y;
		return this;
	}

	public float left() {
		return margin;
	}

	public float right() {
		return pageWidth() - margin;
	}

	public float top() {
		return pageHeight() - margin;
	}

	public float bottom() {
		return margin;
	}

	public float contentWidth() {
		return right() - left();
	}

	public float pageWidth() {
		return PDRectangle.A4.getWidth();
	}

	public float pageHeight() {
		return PDRectangle.A4.getHeight();
	}

	/** The finished PDF; the composer is closed afterwards. */
	public byte[] finish() {
		try {
			content.close();
			content = null;
			if (pageNumbers) {
				numberPages();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new PdfRenderingFailed("could not write the PDF", ex);
		}
		finally {
			close();
		}
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

	private void numberPages() throws IOException {
		for (int i = 0; i < pages.size(); i++) {
			String label = "第 " + (i + 1) + " 页　共 " + pages.size() + " 页";
			try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i), AppendMode.APPEND, true,
					true)) {
				footer.beginText();
				footer.setFont(font.pdfFont, 9);
				footer.setNonStrokingColor(MUTED);
				footer.newLineAtOffset((pageWidth() - width(label, 9)) / 2, margin / 2);
				footer.showText(label);
				footer.endText();
			}
		}
	}

	/** Draws one table row at the cursor; false (nothing drawn) when it does not fit on this page. */
	private boolean row(List<String> cells, float[] widths, float size, boolean header) {
		List<List<String>> wrapped = new ArrayList<>();
		int lineCount = 1;
		for (int i = 0; i < cells.size(); i++) {
			List<String> lines = lines(cells.get(i) == null ? "" : cells.get(i), size, widths[i] - 2 * CELL_PADDING);
			wrapped.add(lines);
			lineCount = Math.max(lineCount, lines.size());
		}
		float height = lineCount * size * LEADING + 2 * CELL_PADDING;
		if (cursor - height < bottom() && cursor < top()) {
			return false;
		}
		float rowTop = cursor;
		io(() -> {
			float x = left();
			for (int i = 0; i < widths.length; i++) {
				if (header) {
					content.setNonStrokingColor(HEADER_FILL);
					content.addRect(x, rowTop - height, widths[i], height);
					content.fill();
				}
				content.setStrokingColor(GRID);
				content.setLineWidth(0.5f);
				content.addRect(x, rowTop - height, widths[i], height);
				content.stroke();
				x += widths[i];
			}
		});
		float x = left();
		for (int i = 0; i < widths.length; i++) {
			cursor = rowTop - CELL_PADDING;
			for (String line : wrapped.get(i)) {
				textAt(line, x + CELL_PADDING, nextLine(size), size, header ? MUTED : TEXT);
			}
			x += widths[i];
		}
		cursor = rowTop - height;
		return true;
	}

	/** Advances the cursor by one line of {@code size} (a new page when full) and returns that line's baseline. */
	private float nextLine(float size) {
		float leading = size * LEADING;
		if (cursor - leading < bottom()) {
			newPage();
		}
		// centre the glyphs' em box (ascent ~0.88, descent ~0.12 of the size) in the line box
		float baseline = cursor - leading / 2 - 0.38f * size;
		cursor -= leading;
		return baseline;
	}

	private double unitWidth(String text) {
		try {
			return font.pdfFont.getStringWidth(text);
		}
		catch (IOException ex) {
			throw new PdfRenderingFailed("could not measure text in the embedded font", ex);
		}
	}

	private PdfComposer io(IoStep step) {
		try {
			step.run();
			return this;
		}
		catch (IOException ex) {
			throw new PdfRenderingFailed("could not draw on the PDF page", ex);
		}
	}

	@FunctionalInterface
	private interface IoStep {

		void run() throws IOException;

	}

}
