package cn.jiangle.ecojustice.knowledge;

/**
 * A search hit.
 *
 * @param doc 文号
 * @param title document title
 * @param section section path, e.g. 二、工作机制 > 5.规范碳汇认购程序
 * @param clauseId compact clause id
 * @param text the clause text
 * @param snippet the best passages with matching words in **bold**
 * @param score BM25 score (comparable within one search only)
 * @param source file the clause came from
 * @param start character offset in the source's extracted text
 * @param end character offset (exclusive)
 */
public record Hit(String doc, String title, String section, String clauseId, String text, String snippet, double score,
		String source, int start, int end) {
}
