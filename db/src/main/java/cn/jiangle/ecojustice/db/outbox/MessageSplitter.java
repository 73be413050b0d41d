package cn.jiangle.ecojustice.db.outbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into parts of at most N UTF-8 bytes (WeCom refuses longer text) on code-point boundaries, so a
 * surrogate pair (an emoji, a rare 汉字) is never cut in half. A part ends after the last line break or sentence end
 * in it when that keeps at least half of the part, so readers get whole sentences where possible.
 */
final class MessageSplitter {

	private static final String BREAKS = "\n。！？；!?;";

	private MessageSplitter() {
	}

	static List<String> split(String text, int maxBytes) {
		if (maxBytes < 4) {
			throw new IllegalArgumentException("maxBytes must fit any character (4 bytes)");
		}
		List<String> parts = new ArrayList<>();
		int length = text.length();
		int start = 0;
		while (start < length) {
			int end = start;
			int bytes = 0;
			int lastBreak = -1;
			while (end < length) {
				int codePoint = text.codePointAt(end);
				int size = utf8Length(codePoint);
				if (bytes + size > maxBytes) {
					break;
				}
				bytes += size;
				end += Character.charCount(codePoint);
				if (BREAKS.indexOf(codePoint) >= 0) {
					lastBreak = end;
				}
			}
			if (end < length && lastBreak > start && lastBreak - start >= (end - start) / 2) {
				end = lastBreak;
			}
			parts.add(text.substring(start, end));
			start = end;
		}
		return parts;
	}

	static int utf8Length(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		if (codePoint < 0x10000) {
			// includes a lone surrogate, which Java encodes as one byte: counting 3 is merely conservative
			return 3;
		}
		return 4;
	}

}
