package cn.jiangle.ecojustice.bot.documents;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * 文泉驿微米黑 (WenQuanYi Micro Hei), a TrueType (glyf) font covering GB 2312's Han, Latin, digits and CJK
 * punctuation, shipped in {@code resources/fonts} (the README there says where it comes from). The file is read once
 * per JVM. Parsing it costs more than drawing a certificate, so parsed faces are pooled; a FontBox font is not safe
 * for two threads at once, so each face serves one document at a time and goes back to the pool when that document
 * is closed. Every document embeds only the glyphs it uses.
 */
final class EmbeddedFont implements Closeable {

	static final String RESOURCE = "/fonts/wqy-microhei.ttc";

	static final String FACE = "WenQuanYiMicroHei";

	/** Idle parsed faces kept (about 10 MB each); more concurrent documents parse their own and drop it after. */
	private static final int POOL = Math.max(2, Runtime.getRuntime().availableProcessors());

	private static final BlockingQueue<Face> IDLE = new ArrayBlockingQueue<>(POOL);

	private final Face face;

	final PDType0Font pdfFont;

	private boolean released;

	private EmbeddedFont(Face face, PDType0Font pdfFont) {
		this.face = face;
		this.pdfFont = pdfFont;
	}

	/** The font, subset-embedded into {@code document}; close it after the document is saved. */
	static EmbeddedFont embedInto(PDDocument document) throws IOException {
		Face face = IDLE.poll();
		if (face == null) {
			face = Face.parse();
		}
		try {
			// loaded from a TrueTypeFont, PDFBox leaves it open when the document closes: the pool owns it
			return new EmbeddedFont(face, PDType0Font.load(document, face.font, true));
		}
		catch (IOException | RuntimeException ex) {
			face.collection.close();
			throw ex;
		}
	}

	/** Whether the font draws {@code codePoint}; others are shown as □ rather than failing the whole document. */
	boolean draws(int codePoint) {
		return face.cmap.getGlyphId(codePoint) != 0;
	}

	/** Gives the face back to the pool; only once, so two documents never share it. */
	@Override
	public void close() throws IOException {
		if (released) {
			return;
		}
		released = true;
		if (!IDLE.offer(face)) {
			face.collection.close();
		}
	}

	/** Idle faces, for tests. */
	static int idleFaces() {
		return IDLE.size();
	}

	private record Face(TrueTypeCollection collection, TrueTypeFont font, CmapLookup cmap) {

		static Face parse() throws IOException {
			TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(Bytes.FONT));
			try {
				TrueTypeFont font = collection.getFontByName(FACE);
				if (font == null) {
					throw new IOException(RESOURCE + " has no face named " + FACE);
				}
				return new Face(collection, font, font.getUnicodeCmapLookup());
			}
			catch (IOException | RuntimeException ex) {
				collection.close();
				throw ex;
			}
		}

	}

	/** Holder idiom: the 5 MB file is read on first use, once, and never by a JVM that prints nothing. */
	private static final class Bytes {

		static final byte[] FONT = read();

		private static byte[] read() {
			try (InputStream in = EmbeddedFont.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException(RESOURCE + " is missing from the classpath");
				}
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("reading " + RESOURCE, ex);
			}
		}

	}

}
