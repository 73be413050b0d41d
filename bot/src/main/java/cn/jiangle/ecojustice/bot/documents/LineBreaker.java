package cn.jiangle.ecojustice.bot.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.ToDoubleFunction;

/**
 * Breaks mixed Chinese and Latin text into lines of a given width. Chinese breaks between any two characters, Latin
 * words and numbers (JLTH-2026-000123, 1395.013) stay whole where they fit, closing punctuation never starts a line
 * and opening punctuation never ends one (the common 避头尾 rules).
 */
final class LineBreaker {

	private static final String NO_LINE_START = "，。、；：！？）》」』〕】〉…％,.;:!?)]}%·";

	private static final String NO_LINE_END = "（《「『〔【〈([{";

	private static final int MISSING = '□';

	private final ToDoubleFunction<String> width;

	private final IntPredicate drawable;

	/**
	 * @param width the printed width of a string at the size being laid out
	 * @param drawable whether the font has a glyph for a code point; others become □
	 */
	LineBreaker(ToDoubleFunction<String> width, IntPredicate drawable) {
		this.width = width;
		this.drawable = drawable;
	}

	/** Only characters the font can draw: control characters dropped, tabs as spaces, unknown glyphs as □. */
	String printable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> {
			if (cp == '\n') {
				out.append('\n');
			}
			else if (cp == '\t') {
				out.append(' ');
			}
			else if (!Character.isISOControl(cp)) {
				out.appendCodePoint(cp == ' ' || drawable.test(cp) ? cp : MISSING);
			}
		});
		return out.toString();
	}

	/** The lines of {@code text} (already {@link #printable}) no wider than {@code maxWidth}; explicit \n kept. */
	List<String> lines(String text, double maxWidth) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\n", -1)) {
			breakParagraph(paragraph, maxWidth, lines);
		}
		return lines;
	}

	private void breakParagraph(String paragraph, double maxWidth, List<String> lines) {
		StringBuilder line = new StringBuilder();
		// widths add up (no kerning between glyphs in a CID font), so each unit is measured once
		double lineWidth = 0;
		for (String unit : units(paragraph)) {
			double unitWidth = width.applyAsDouble(unit);
			if (lineWidth + unitWidth <= maxWidth) {
				line.append(unit);
				lineWidth += unitWidth;
				continue;
			}
			if (!line.isEmpty() && !line.toString().isBlank()) {
				lines.add(line.toString().stripTrailing());
			}
			line.setLength(0);
			String rest = unit.stripLeading();
			while (!rest.isEmpty() && width.applyAsDouble(rest) > maxWidth) {
				int cut = longestPrefixWithin(rest, maxWidth);
				lines.add(rest.substring(0, cut));
				rest = rest.substring(cut);
			}
			line.append(rest);
			lineWidth = width.applyAsDouble(rest);
		}
		if (!line.toString().isBlank() || lines.isEmpty() || paragraph.isEmpty()) {
			lines.add(line.toString().stripTrailing());
		}
	}

	private int longestPrefixWithin(String text, double maxWidth) {
		int end = text.offsetByCodePoints(0, 1);
		while (end < text.length()) {
			int next = text.offsetByCodePoints(end, 1);
			if (width.applyAsDouble(text.substring(0, next)) > maxWidth) {
				break;
			}
			end = next;
		}
		return end;
	}

	/** Unbreakable pieces: a Latin word or number, one space, or one Chinese character with its punctuation. */
	static List<String> units(String paragraph) {
		List<String> units = new ArrayList<>();
		StringBuilder pendingOpen = new StringBuilder();
		int i = 0;
		while (i < paragraph.length()) {
			int cp = paragraph.codePointAt(i);
			int end = i + Character.charCount(cp);
			if (isWordChar(cp)) {
				while (end < paragraph.length() && isWordChar(paragraph.codePointAt(end))) {
					end += Character.charCount(paragraph.codePointAt(end));
				}
			}
			String unit = paragraph.substring(i, end);
			i = end;
			if (NO_LINE_END.indexOf(cp) >= 0) {
				pendingOpen.append(unit);
			}
			else if (NO_LINE_START.indexOf(cp) >= 0 && !units.isEmpty() && pendingOpen.isEmpty()) {
				units.set(units.size() - 1, units.get(units.size() - 1) + unit);
			}
			else {
				units.add(pendingOpen + unit);
				pendingOpen.setLength(0);
			}
		}
		if (!pendingOpen.isEmpty()) {
			units.add(pendingOpen.toString());
		}
		return units;
	}

	private static boolean isWordChar(int cp) {
		return cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '/' || cp == '@'
				|| cp == '.' || cp == '#' || cp == '+' || cp == '=' || cp == '&');
	}

}
