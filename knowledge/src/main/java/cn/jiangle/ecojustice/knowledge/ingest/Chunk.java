package cn.jiangle.ecojustice.knowledge.ingest;

import java.util.List;
import java.util.Objects;

/**
 * The smallest numbered unit of an official document (or one piece of a long unit, split at 。；), with enough context
 * to cite it.
 *
 * @param id unique id: 文号, clause id and piece number
 * @param doc 文号 such as 将法〔2021〕17号, or the title when a document has none
 * @param title document title
 * @param issuers issuing bodies listed above the 文号 (may be empty)
 * @param annex 附件 label such as 附件1 when the document was circulated as an annex, else empty
 * @param sectionPath heading labels from the top, e.g. [二、工作机制, 5.规范碳汇认购程序]
 * @param clauseId compact clause id, e.g. 二.5 or 四.(三).1.(4)
 * @param text the unit's text, lines joined
 * @param source file name the text came from
 * @param start character offset of the unit in the extracted text of {@code source} (inclusive)
 * @param end character offset (exclusive)
 */
public record Chunk(String id, String doc, String title, List<String> issuers, String annex, List<String> sectionPath,
		String clauseId, String text, String source, int start, int end) {

	/** Section and clause id of a document's closing block (落款): its seals, date and attachments. */
	public static final String CLOSING = "落款";

	public Chunk {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(doc, "doc");
		Objects.requireNonNull(text, "text");
		title = title == null ? "" : title;
		annex = annex == null ? "" : annex;
		issuers = List.copyOf(issuers);
		sectionPath = List.copyOf(sectionPath);
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad offsets " + start + ".." + end);
		}
	}

	/** Section path as shown to people: {@code 二、工作机制 > 5.规范碳汇认购程序}. */
	/** Whether this is a document's closing block rather than a clause. */
	public boolean closing() {
		return CLOSING.equals(clauseId);
	}

	public String section() {
		return String.join(" > ", sectionPath);
	}

	/** Citation label: {@code 【将法〔2021〕17号 二、工作机制 5.规范碳汇认购程序】}. */
	public String citationLabel() {
		return "【" + doc + (sectionPath.isEmpty() ? "" : " " + String.join(" ", sectionPath)) + "】";
	}

}
