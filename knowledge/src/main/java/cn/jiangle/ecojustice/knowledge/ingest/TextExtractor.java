package cn.jiangle.ecojustice.knowledge.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Plain text of one document file. Word and PDF go through Tika's parsers, instantiated directly rather than through
 * Tika's service loader so that only the two parser modules we ship are ever touched.
 */
final class TextExtractor {

	private static final Charset GB18030 = Charset.forName("GB18030");

	String extract(SourceFile file) {
		String text = switch (file.extension()) {
			case "txt", "md" -> decodeText(file);
			case "docx" -> parse(file, new OOXMLParser());
			case "pdf" -> parse(file, new PDFParser());
			default -> throw new DocumentUnreadable(file.name(), "unsupported file type", null);
		};
		return normalizeNewlines(text);
	}

	/** UTF-8 first; older government files are often GB18030 (GBK), which is tried when UTF-8 is invalid. */
	private static String decodeText(SourceFile file) {
		byte[] bytes = file.bytes();
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			try {
				return GB18030.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes))
					.toString();
			}
			catch (CharacterCodingException neither) {
				throw new DocumentUnreadable(file.name(), "text is neither UTF-8 nor GB18030", neither);
			}
		}
	}

	private static String parse(SourceFile file, Parser parser) {
		BodyContentHandler handler = new BodyContentHandler(-1);
		try (InputStream in = new ByteArrayInputStream(file.bytes())) {
			parser.parse(in, handler, new Metadata(), new ParseContext());
		}
		catch (Exception | LinkageError ex) {
			throw new DocumentUnreadable(file.name(), ex.getClass().getSimpleName(), ex);
		}
		String text = handler.toString();
		if (text.isBlank()) {
			throw new DocumentUnreadable(file.name(), "no text found (scanned image?)", null);
		}
		return text;
	}

	/** Drops a byte-order mark and turns CRLF / CR into LF; offsets in chunks refer to this text. */
	static String normalizeNewlines(String text) {
		String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
		return t.replace("\r\n", "\n").replace('\r', '\n');
	}

}
