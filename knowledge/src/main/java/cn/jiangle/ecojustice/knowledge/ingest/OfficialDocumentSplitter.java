package cn.jiangle.ecojustice.knowledge.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.ingest.HeadingStyle.Marker;

/**
 * Splits the extracted text of a file into documents (at 附件N： markers) and each document into chunks, one per
 * smallest numbered unit, long units further split at 。；.
 *
 * <p>
 * Heading levels are not fixed per style: a style already on the heading stack closes everything below it, a new
 * style nests. Irregular numbering is repaired by continuity: a heading numbered n &gt; 1 in a style not on the stack
 * continues the nearest ancestor numbered n − 1 (so 「3、 工作效果」 after 「二、工作方案」 and its 一是/二是 becomes
 * the third top-level section, not a child of 二是).
 */
final class OfficialDocumentSplitter {

	static final int DEFAULT_MAX_CHARS = 250;

	static final String PREAMBLE = "引言";

	private static final Pattern ANNEX_MARKER = Pattern.compile("^附件\\s*([0-9]+|[一二三四五六七八九十]+)\\s*[:]?$");

	private static final Pattern DOC_NUMBER = Pattern
		.compile("^[\\p{IsHan}A-Za-z]{1,12}[〔\\[【(][0-9]{4}[〕\\]】)][0-9]{1,4}号$");

	private static final Pattern DATE_LINE = Pattern.compile("^[0-9〇零一二三四五六七八九十]{4}\\s*年.{1,3}月.{1,3}日(印发)?$");

	private static final Pattern INLINE_MARKER = Pattern
		.compile("(?<=[。;:])\\s*(\\(\\s*\\d{1,2}\\s*\\)|[一二三四五六七八九十]是(?=[\\p{IsHan},:“\"])|[\\u2460-\\u2473])");

	private static final Pattern SPACES_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan})[\\s\\u3000]+(?=\\p{IsHan})");

	private static final String SENTENCE_END = "。；;！!？?";

	private static final String CLOSING = "”’」』）)】";

	private final int maxChars;

	OfficialDocumentSplitter() {
		this(DEFAULT_MAX_CHARS);
	}

	OfficialDocumentSplitter(int maxChars) {
		if (maxChars < 40) {
			throw new IllegalArgumentException("maxChars must be at least 40");
		}
		this.maxChars = maxChars;
	}

	List<ParsedDocument> split(String source, String text) {
		List<Line> lines = lines(text);
		List<ParsedDocument> documents = new ArrayList<>();
		int segmentStart = 0;
		for (int i = 0; i <= lines.size(); i++) {
			boolean boundary = i == lines.size() || (i > segmentStart && isAnnexMarker(lines.get(i)));
			if (boundary) {
				List<Line> segment = lines.subList(segmentStart, i);
				if (segment.stream().anyMatch(l -> !l.isBlank())) {
					documents.add(new DocumentParser(source, text, segment).parse());
				}
				segmentStart = i;
			}
		}
		return documents;
	}

	private static boolean isAnnexMarker(Line line) {
		return ANNEX_MARKER.matcher(halfWidth(line.text()).replace(" ", "")).matches();
	}

	/** Full-width ASCII variants and the ideographic space to half-width; keeps length, so offsets stay valid. */
	static String halfWidth(String s) {
		char[] chars = s.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			char c = chars[i];
			if (c >= '\uFF01' && c <= '\uFF5E') {
				chars[i] = (char) (c - 0xFEE0);
			}
			else if (c == '\u3000') {
				chars[i] = ' ';
			}
		}
		return new String(chars);
	}

	private static List<Line> lines(String text) {
		List<Line> lines = new ArrayList<>();
		int pos = 0;
		while (pos <= text.length()) {
			int nl = text.indexOf('\n', pos);
			int lineEnd = nl < 0 ? text.length() : nl;
			int s = pos;
			int e = lineEnd;
			while (s < e && isSpace(text.charAt(s))) {
				s++;
			}
			while (e > s && isSpace(text.charAt(e - 1))) {
				e--;
			}
			lines.add(new Line(s, e, text.substring(s, e)));
			if (nl < 0) {
				break;
			}
			pos = nl + 1;
		}
		return lines;
	}

	static boolean isSpace(char c) {
		return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
	}

	private static boolean isHan(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	/**
	 * Lines joined back into readable text: a line break is kept after sentence-ending punctuation (a paragraph),
	 * dropped inside a wrapped Chinese sentence (PDF line wrapping), a space between wrapped Latin words.
	 */
	static String readable(String raw) {
		StringBuilder out = new StringBuilder();
		String previous = "";
		for (Line line : lines(raw)) {
			if (line.isBlank()) {
				continue;
			}
			if (!out.isEmpty()) {
				char last = out.charAt(out.length() - 1);
				char next = line.text().charAt(0);
				if ("。！？；：!?;:".indexOf(last) >= 0 || CLOSING.indexOf(last) >= 0 || previous.length() <= 24
						|| HeadingStyle.match(halfWidth(line.text())) != null) {
					out.append('\n');
				}
				else if (isAsciiWordChar(last) && isAsciiWordChar(next)) {
					out.append(' ');
				}
			}
			out.append(line.text());
			previous = line.text();
		}
		return out.toString();
	}

	private static boolean isAsciiWordChar(char c) {
		return c < 128 && Character.isLetterOrDigit(c);
	}

	record Line(int start, int end, String text) {

		boolean isBlank() {
			return text.isEmpty();
		}

	}

	/** One document: its header (annex label, issuers, 文号, title) and chunks. */
	record ParsedDocument(String doc, String title, List<String> issuers, String annex, String source, int start,
			int end, List<Chunk> chunks) {
	}

	private record Heading(HeadingStyle style, int ordinal, String label, String key) {
	}

	/** A numbered unit being collected: its path, where it starts, and where its heading text stops. */
	private static final class Unit {

		final List<String> labels;

		final List<String> keys;

		final int start;

		final int bodyStart;

		int end;

		Unit(List<String> labels, List<String> keys, int start, int bodyStart, int end) {
			this.labels = labels;
			this.keys = keys;
			this.start = start;
			this.bodyStart = bodyStart;
			this.end = end;
		}

	}

	private final class DocumentParser {

		private final String source;

		private final String text;

		private final List<Line> lines;

		private final Deque<Heading> stack = new ArrayDeque<>();

		private final List<Unit> units = new ArrayList<>();

		private Unit current;

		DocumentParser(String source, String text, List<Line> lines) {
			this.source = source;
			this.text = text;
			this.lines = lines;
		}

		ParsedDocument parse() {
			int i = 0;
			String annex = "";
			while (i < lines.size() && lines.get(i).isBlank()) {
				i++;
			}
			if (i < lines.size() && isAnnexMarker(lines.get(i))) {
				annex = halfWidth(lines.get(i).text()).replaceAll("[\\s:]", "");
				i++;
			}
			// 文号 within the header: everything above it (short lines) lists the issuing bodies
			int numberLine = -1;
			int probe = i;
			int nonBlank = 0;
			while (probe < lines.size() && nonBlank < 12) {
				Line l = lines.get(probe);
				if (!l.isBlank()) {
					nonBlank++;
					String compact = halfWidth(l.text()).replaceAll("\\s+", "");
					if (DOC_NUMBER.matcher(compact).matches()) {
						numberLine = probe;
						break;
					}
					if (l.text().length() > 40 || HeadingStyle.match(halfWidth(l.text())) != null) {
						break;
					}
				}
				probe++;
			}
			String doc = null;
			List<String> issuers = new ArrayList<>();
			if (numberLine >= 0) {
				for (int k = i; k < numberLine; k++) {
					Line l = lines.get(k);
					if (!l.isBlank()) {
						issuers.add(SPACES_BETWEEN_HAN.matcher(l.text()).replaceAll(""));
					}
				}
				doc = lines.get(numberLine).text().replaceAll("\\s+", "");
				i = numberLine + 1;
			}
			// title: the short lines that follow, possibly broken over two or three lines
			StringBuilder title = new StringBuilder();
			int titleLines = 0;
			int blanks = 0;
			while (i < lines.size() && titleLines < 4) {
				Line l = lines.get(i);
				if (l.isBlank()) {
					if (++blanks > 2) {
						break;
					}
					i++;
					continue;
				}
				String t = l.text().startsWith("#") ? l.text().replaceFirst("^#+\\s*", "") : l.text();
				if (t.length() > 40 || endsSentence(t) || HeadingStyle.match(halfWidth(t)) != null || isTail(t)) {
					break;
				}
				title.append(t);
				titleLines++;
				blanks = 0;
				i++;
			}
			String docTitle = title.toString();
			if (doc == null) {
				doc = docTitle.isEmpty() ? baseName(source) : docTitle;
			}
			int closingStart = -1;
			int closingEnd = -1;
			for (; i < lines.size(); i++) {
				Line l = lines.get(i);
				if (l.isBlank()) {
					continue;
				}
				if (isTail(l.text())) {
					closeUnit();
					closingStart = closingStart < 0 ? l.start() : closingStart;
					closingEnd = l.end();
					continue;
				}
				closingStart = -1; // the body goes on: what came before was no closing block
				for (int[] seg : segments(l)) {
					accept(seg[0], seg[1]);
				}
			}
			closeUnit();
			int docStart = lines.isEmpty() ? 0 : lines.get(0).start();
			int docEnd = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).end();
			List<Chunk> chunks = new ArrayList<>(chunks(doc, docTitle, issuers, annex));
			if (closingStart >= 0 && hanCount(text, closingStart, closingEnd) >= 2) {
				// seals, date and attachments: people ask who sealed a document and what is attached to it
				chunks.add(new Chunk(doc + " " + Chunk.CLOSING, doc, docTitle, issuers, annex, List.of(Chunk.CLOSING), Chunk.CLOSING,
						closingLines(closingStart, closingEnd), source, closingStart, closingEnd));
			}
			return new ParsedDocument(doc, docTitle, issuers, annex, source, docStart, Math.max(docStart, docEnd),
					List.copyOf(chunks));
		}

		/** The closing block line by line: seals stand side by side, and run together they would read as one name. */
		private String closingLines(int start, int end) {
			return lines.stream()
				.filter(l -> l.start() >= start && l.end() <= end && !l.isBlank())
				.map(l -> l.text().strip())
				.collect(java.util.stream.Collectors.joining("\n"));
		}

		private boolean endsSentence(String t) {
			char last = halfWidth(t).charAt(t.length() - 1);
			return last == '。' || last == ';' || last == ':' || last == '!' || last == '?';
		}

		/** Signature blocks, seals, dates and the list of attachments close a document's body and are not indexed. */
		private boolean isTail(String t) {
			String h = halfWidth(t).replaceAll("\\s+", "");
			return h.contains("印章") || DATE_LINE.matcher(h).matches() || h.startsWith("抄送") || h.startsWith("附件:")
					|| (h.startsWith("《") && h.endsWith("》") && h.length() < 60) || h.equals("(此页无正文)");
		}

		/** Splits a paragraph before inline markers like （1）（2） or 一是 … 二是, when they count up in sequence. */
		private List<int[]> segments(Line line) {
			String h = halfWidth(line.text());
			Marker leading = HeadingStyle.match(h);
			List<Integer> cuts = new ArrayList<>();
			List<HeadingStyle> styles = new ArrayList<>();
			List<Integer> expected = new ArrayList<>();
			Matcher m = INLINE_MARKER.matcher(h);
			while (m.find()) {
				int at = m.start(1);
				Marker inline = HeadingStyle.match(h.substring(at));
				if (inline == null || !inline.style().canBeInline()) {
					continue;
				}
				int idx = styles.indexOf(inline.style());
				int want;
				if (idx >= 0) {
					want = expected.get(idx);
				}
				else {
					want = (leading != null && leading.style() == inline.style()) ? leading.ordinal() + 1 : 1;
				}
				if (inline.ordinal() != want) {
					continue;
				}
				if (idx >= 0) {
					expected.set(idx, want + 1);
				}
				else {
					styles.add(inline.style());
					expected.add(want + 1);
				}
				cuts.add(at);
			}
			List<int[]> segs = new ArrayList<>();
			int from = 0;
			for (int cut : cuts) {
				segs.add(new int[] { line.start() + from, line.start() + cut });
				from = cut;
			}
			segs.add(new int[] { line.start() + from, line.end() });
			return segs;
		}

		private void accept(int start, int end) {
			String raw = text.substring(start, end);
			String h = halfWidth(raw);
			Marker marker = HeadingStyle.match(h);
			if (marker == null) {
				if (current == null) {
					current = new Unit(List.of(PREAMBLE), List.of(PREAMBLE), start, start, end);
				}
				else {
					current.end = end;
				}
				return;
			}
			closeUnit();
			int restStart = marker.end();
			while (restStart < raw.length() && (isSpace(raw.charAt(restStart)))) {
				restStart++;
			}
			String markerText = raw.substring(0, marker.end()).replaceAll("[\\s\\u3000]+", "");
			String rest = raw.substring(restStart);
			String title = switch (marker.style()) {
				case ARTICLE -> "";
				case CHAPTER -> rest;
				default -> titleOf(rest);
			};
			String label = (markerText + title).replaceAll("[:：。]$", "");
			push(new Heading(marker.style(), marker.ordinal(), label, key(marker.style(), markerText)));
			int bodyStart = start + restStart + Math.min(title.length(), rest.length());
			List<String> labels = new ArrayList<>();
			List<String> keys = new ArrayList<>();
			stack.descendingIterator().forEachRemaining(open -> {
				labels.add(open.label());
				keys.add(open.key());
			});
			current = new Unit(List.copyOf(labels), List.copyOf(keys), start, bodyStart, end);
		}

		private void push(Heading heading) {
			boolean sameStyleOpen = stack.stream().anyMatch(h -> h.style() == heading.style());
			if (sameStyleOpen) {
				while (stack.peek().style() != heading.style()) {
					stack.pop();
				}
				stack.pop();
			}
			else if (heading.ordinal() > 1 && heading.style().continuesNumbering()) {
				Heading predecessor = null;
				for (Heading h : stack) { // deepest first
					if (h.style().continuesNumbering() && h.ordinal() == heading.ordinal() - 1) {
						predecessor = h;
						break;
					}
				}
				if (predecessor != null) {
					while (stack.peek() != predecessor) {
						stack.pop();
					}
					stack.pop();
				}
			}
			stack.push(heading);
		}

		private void closeUnit() {
			if (current != null) {
				units.add(current);
				current = null;
			}
		}

		private List<Chunk> chunks(String doc, String docTitle, List<String> issuers, String annex) {
			List<Chunk> chunks = new ArrayList<>();
			int pendingHeading = -1;
			for (int u = 0; u < units.size(); u++) {
				Unit unit = units.get(u);
				boolean hasChildren = u + 1 < units.size() && isAncestor(unit, units.get(u + 1));
				if (hanCount(text, unit.bodyStart, unit.end) < 2 && (hasChildren || hanCount(text, unit.start, unit.end) < 2)) {
					// a bare heading (二、工作机制) opens the text of the next chunk, so that 「（二）自然资源局具体职责」
					// is read together with its first item; it also lives on in the children's section paths
					if (pendingHeading < 0) {
						pendingHeading = unit.start;
					}
					continue;
				}
				int unitStart = pendingHeading >= 0 ? pendingHeading : unit.start;
				pendingHeading = -1;
				List<int[]> pieces = pieces(unitStart, unit.end);
				String clause = String.join(".", unit.keys);
				for (int p = 0; p < pieces.size(); p++) {
					int[] piece = pieces.get(p);
					String id = doc + " " + clause + (pieces.size() > 1 ? "#" + (p + 1) : "");
					chunks.add(new Chunk(id, doc, docTitle, issuers, annex, unit.labels, clause,
							readable(text.substring(piece[0], piece[1])), source, piece[0], piece[1]));
				}
			}
			return chunks;
		}

		private static boolean isAncestor(Unit parent, Unit child) {
			return child.keys.size() > parent.keys.size()
					&& child.keys.subList(0, parent.keys.size()).equals(parent.keys);
		}

		/**
		 * Units up to 1.3 × {@code maxChars} stay whole; longer ones are cut at sentence ends into pieces of about
		 * equal length, never leaving a piece that is little more than the heading.
		 */
		private List<int[]> pieces(int start, int end) {
			int total = length(start, end);
			if (total <= maxChars * 13 / 10) {
				return List.of(trimmed(start, end));
			}
			List<int[]> sentences = new ArrayList<>();
			int s = start;
			for (int i = start; i < end; i++) {
				if (SENTENCE_END.indexOf(text.charAt(i)) >= 0) {
					int j = i + 1;
					while (j < end && CLOSING.indexOf(text.charAt(j)) >= 0) {
						j++;
					}
					sentences.add(new int[] { s, j });
					s = j;
					i = j - 1;
				}
			}
			if (hanCount(text, s, end) > 0 || sentences.isEmpty()) {
				sentences.add(new int[] { s, end });
			}
			else {
				sentences.get(sentences.size() - 1)[1] = end;
			}
			int count = (total + maxChars - 1) / maxChars;
			int target = total / count;
			List<int[]> pieces = new ArrayList<>();
			int[] open = null;
			for (int[] sentence : sentences) {
				if (open != null) {
					int now = length(open[0], open[1]);
					int with = length(open[0], sentence[1]);
					boolean closerWithout = Math.abs(with - target) > Math.abs(now - target);
					if (now >= target * 4 / 10 && (closerWithout || with > maxChars * 13 / 10)) {
						pieces.add(open);
						open = null;
					}
				}
				open = open == null ? new int[] { sentence[0], sentence[1] } : new int[] { open[0], sentence[1] };
			}
			if (open != null) {
				if (!pieces.isEmpty() && length(open[0], open[1]) < target * 4 / 10) {
					pieces.get(pieces.size() - 1)[1] = open[1];
				}
				else {
					pieces.add(open);
				}
			}
			return pieces.stream().map(p -> trimmed(p[0], p[1])).toList();
		}

		/** Whitespace trimmed off the edges so that offsets point at text. */
		private int[] trimmed(int from, int to) {
			while (from < to && isSpace(text.charAt(from))) {
				from++;
			}
			while (to > from && isSpace(text.charAt(to - 1))) {
				to--;
			}
			return new int[] { from, to };
		}

		private int length(int from, int to) {
			return readable(text.substring(from, to)).length();
		}

	}

	private static int hanCount(String text, int from, int to) {
		int n = 0;
		for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
			if (isHan(text.charAt(i))) {
				n++;
			}
		}
		return n;
	}

	/**
	 * A heading's short title: up to a colon, or a first short sentence, or a short first clause; the whole rest when
	 * it is short.
	 */
	static String titleOf(String rest) {
		String h = halfWidth(rest);
		int colon = h.indexOf(':');
		if (colon > 0 && colon <= 20) {
			return rest.substring(0, colon);
		}
		int period = h.indexOf('。');
		if (period > 0 && period <= 25 && period < h.length() - 1) {
			return rest.substring(0, period);
		}
		int comma = h.indexOf(',');
		if (comma > 0 && comma <= 14 && comma < h.length() - 1) {
			return rest.substring(0, comma);
		}
		if (h.length() <= 25) {
			return rest.replaceAll("[。：:；;]+$", "");
		}
		return rest.substring(0, 12) + "…";
	}

	private static String key(HeadingStyle style, String markerText) {
		String m = halfWidth(markerText);
		return switch (style) {
			case CN_COMMA, ARABIC -> m.replaceAll("[、.\\s]", "");
			case PAREN_CN, PAREN_ARABIC -> m.replaceAll("\\s", "");
			default -> m;
		};
	}

	private static String baseName(String source) {
		String name = source.substring(source.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

}
