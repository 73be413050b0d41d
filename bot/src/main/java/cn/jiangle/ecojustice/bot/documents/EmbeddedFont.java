package cn.jiangle.ecojustice.bot.documents;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * 文泉驿微米黑 (WenQuanYi Micro Hei), a TrueType (glyf) font covering GB 18030's common Han, Latin, digits and CJK
 * punctuation, shipped in {@code resources/fonts} (see the README there for where it comes from). The file's bytes are
 * read once per JVM; every document parses its own view of them, because FontBox fonts are not safe to share between
 * threads, and embeds only the glyphs it uses.
 */
final class EmbeddedFont implements Closeable {

	static final String RESOURCE = "/fonts/wqy-microhei.ttc";

	static final String FACE = "WenQuanYiMicroHei";

	private final TrueTypeCollection collection;

	private final CmapLookup cmap;

	final PDType0Font pdfFont;

	private EmbeddedFont(TrueTypeCollection collection, CmapLookup cmap, PDType0Font pdfFont) {
		this.collection = collection;
		this.cmap = cmap;
		this.pdfFont = pdfFont;
	}

	/** The font, subset-embedded into {@code document}; close it after the document is saved. */
	static EmbeddedFont embedInto(PDDocument document) throws IOException {
		TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(Bytes.FONT));
		try {
			TrueTypeFont face = collection.getFontByName(FACE);
			if (face == null) {
				throw new IOException(RESOURCE + " has no face named " + FACE);
			}
			return new EmbeddedFont(collection, face.getUnicodeCmapLookup(), PDType0Font.load(document, face, true));
		}
		catch (IOException | RuntimeException ex) {
			collection.close();
			throw ex;
		}
	}

	/** Whether the font draws {@code codePoint}; others are shown as □ rather than failing the whole document. */
	boolean draws(int codePoint) {
		return cmap.getGlyphId(codePoint) != 0;
	}

	@Override
	public void close() throws IOException {
		collection.close();
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
