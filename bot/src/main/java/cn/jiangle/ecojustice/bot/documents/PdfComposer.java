package cn.jiangle.ecojustice.bot.documents;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Lays out an A4 document top to bottom in the embedded Chinese font (see {@code resources/fonts/README.md}):
 * headings, wrapped paragraphs, label–value fields, tables that continue on the next page under their header, images;
 * plus absolute drawing for fixed layouts such as the certificate. Units are PDF points (1/72 inch), y upwards from
 * the bottom of the page. One composer per document, not thread-safe; {@link #finish()} returns the bytes and releases
 * it, {@link #close()} releases it on a failure path. Characters the font lacks print as □ instead of failing.
 */
public final class PdfComposer implements AutoCloseable {

	public static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);

	public static final Color MUTED = new Color(0x55, 0x55, 0x55);

	private static final Color GRID = new Color(0x99, 0x99, 0x99);

	private static final Color HEADER_FILL = new Color(0xEE, 0xF2, 0xEE);

	/** Line height as a multiple of the font size; Chinese needs more air than Latin's usual 1.2. */
	private static final float LEADING = 1.5f;

	private static final float CELL_PADDING = 4f;

	private final PdfCanvas canvas;

	private final LineBreaker breaker;

	private final float margin;

	private float cursor;

	private boolean pageNumbers;

	private PdfComposer(String title, float margin) {
		this.margin = margin;
		this.canvas = new PdfCanvas(title);
		this.breaker = new LineBreaker(canvas::unitWidth, canvas::draws);
		newPage();
	}

	/** A new A4 portrait document titled {@code title} (shown by PDF readers) with {@code margin} on every side. */
	public static PdfComposer a4(String title, float margin) {
		return new PdfComposer(title, margin);
	}

	/** Adds 「第 n 页　共 m 页」 at the foot of every page when the document is finished. */
	public PdfComposer withPageNumbers() {
		this.pageNumbers = true;
		return this;
	}

	public PdfComposer newPage() {
		canvas.newPage();
		cursor = top();
		return this;
	}

	/** Each line centred between the margins. */
	public PdfComposer centered(String text, float size, Color color) {
		for (String line : lines(text, size, contentWidth())) {
			float baseline = nextLine(size);
			textAt(line, (pageWidth() - width(line, size)) / 2, baseline, size, color);
		}
		return this;
	}

	/** Left-aligned, wrapped at the right margin; \n starts a new line. */
	public PdfComposer paragraph(String text, float size, Color color) {
		for (String line : lines(text, size, contentWidth())) {
			textAt(line, left(), nextLine(size), size, color);
		}
		return this;
	}

	/** 「label　value」: the label muted, the value wrapped in its own column {@code labelWidth} from the margin. */
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

	/** The image scaled to fit {@code maxWidth}×{@code maxHeight} (and the margins) at the left margin. */
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
		canvas.line(left(), y, right(), y, 0.5f, GRID);
		cursor = y - 4;
		return this;
	}

	/** One line of text with its baseline at {@code baseline}; no wrapping. */
	public PdfComposer textAt(String text, float x, float baseline, float size, Color color) {
		canvas.text(breaker.printable(text).replace('\n', ' '), x, baseline, size, color);
		return this;
	}

	/** Bilevel and grey images are stored losslessly (QR codes stay sharp), colour photos as JPEG. */
	public PdfComposer imageAt(BufferedImage image, float x, float y, float width, float height) {
		canvas.image(image, x, y, width, height);
		return this;
	}

	/** An unfilled rectangle, e.g. a certificate's border. */
	public PdfComposer rectangle(float x, float y, float width, float height, float lineWidth, Color color) {
		canvas.strokeRectangle(x, y, width, height, lineWidth, color);
		return this;
	}

	/** The printed width of {@code text} at {@code size}. */
	public float width(String text, float size) {
		return (float) canvas.unitWidth(breaker.printable(text)) * size / 1000f;
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
			if (pageNumbers) {
				canvas.numberPages(margin / 2, 9, MUTED, pageWidth());
			}
			return canvas.save();
		}
		finally {
			close();
		}
	}

	/** Releases the document and the font; safe to call after {@link #finish()}. */
	@Override
	public void close() {
		canvas.close();
	}

	/** Draws one table row at the cursor; false (nothing drawn) when it does not fit below it on this page. */
	private boolean row(List<String> cells, float[] widths, float size, boolean header) {
		List<List<String>> wrapped = new ArrayList<>();
		int lineCount = 1;
		int maxLines = (int) ((top() - bottom() - 2 * CELL_PADDING) / (size * LEADING));
		for (int i = 0; i < cells.size(); i++) {
			List<String> lines = lines(cells.get(i) == null ? "" : cells.get(i), size, widths[i] - 2 * CELL_PADDING);
			if (lines.size() > maxLines) {
				// a row never splits, so a cell longer than a page is cut where the page ends
				lines = new ArrayList<>(lines.subList(0, maxLines));
				lines.set(maxLines - 1, "……");
			}
			wrapped.add(lines);
			lineCount = Math.max(lineCount, lines.size());
		}
		float height = lineCount * size * LEADING + 2 * CELL_PADDING;
		if (cursor - height < bottom() && cursor < top()) {
			return false;
		}
		float rowTop = cursor;
		float x = left();
		for (int i = 0; i < widths.length; i++) {
			if (header) {
				canvas.fillRectangle(x, rowTop - height, widths[i], height, HEADER_FILL);
			}
			canvas.strokeRectangle(x, rowTop - height, widths[i], height, 0.5f, GRID);
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

}
